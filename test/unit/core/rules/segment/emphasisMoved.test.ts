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

  it('leaves an italic the translation lost with no other italic to emphasis-lost, even beside bold (trap)', () => {
    const en = 'This error occurs when the *.pst* file in **Outlook** is damaged.';
    assert.deepEqual(checkSegment('emphasis-moved', 'Dieser Fehler tritt auf, wenn die .pst Datei in **Outlook** beschädigt ist.', en), []);
    assert.deepEqual(checkSegment('emphasis-lost', 'Dieser Fehler tritt auf, wenn die .pst Datei in **Outlook** beschädigt ist.', en).length, 1);
    // With another word in italic, the italic did move.
    assert.equal(checkSegment('emphasis-moved', 'Dieser Fehler tritt auf, wenn die .pst Datei in **Outlook** *beschädigt* ist.', en)[0]?.at, '.pst');
  });
});
