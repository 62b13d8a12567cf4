import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule emphasis-moved', () => {
  it('fires when the bold moved off a name kept verbatim', () => {
    const [f] = checkSegment('emphasis-moved', 'Wählen Sie dann Word **aus.**', 'Then choose **Word**.');
    assert.equal(f.at, 'Word');
  });

  it('accepts it when the English also has the name without bold (trap)', () => {
    assert.deepEqual(checkSegment('emphasis-moved', '**HIPAA und HITECH**: siehe HIPAA and HITECH.', '**HIPAA and HITECH**: see HIPAA and HITECH.'), []);
  });
});
