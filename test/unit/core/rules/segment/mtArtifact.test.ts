import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule mt-artifact', () => {
  it('fires on #A0 left by machine translation (fi-FI sample)', () => {
    const [f] = checkSegment('mt-artifact', 'Synkronointi #A0 pysähtyi.', 'Sync stopped.', { locale: 'fi-FI' });
    assert.equal(f.at, '#A0');
  });

  it('accepts #A0 that the English has, and entities or C# (traps)', () => {
    assert.deepEqual(checkSegment('mt-artifact', 'Farbe #A0', 'Color #A0'), []);
    assert.deepEqual(checkSegment('mt-artifact', 'In C#1 und &#160;', 'In C#1 and &#160;'), []);
  });
});
