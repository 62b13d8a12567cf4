import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule split-ending', () => {
  it('joins the ending to its word, whichever side of the colon the space is on', () => {
    const found = checkSegment('split-ending', 'Windows 10: n ja Microsoft 365 :ssä', 'Windows 10 and Microsoft 365', { locale: 'fi-FI' });
    assert.equal(found.length, 1);
    assert.match(found[0].message, /2 times/);
    assert.equal(found[0].fixed, 'Windows 10:n ja Microsoft 365:ssä');
  });

  it('names the word and the ending', () => {
    const [f] = checkSegment('split-ending', 'Lopeta ADAL: n tuki.', 'End support for ADAL.', { locale: 'fi-FI' });
    assert.equal(f.message, 'A space breaks the case ending ":n" off "ADAL": write "ADAL:n".');
  });

  it('reads no code span', () => {
    assert.deepEqual(checkSegment('split-ending', 'Suorita `Set-Value 10: n`.', 'Run `Set-Value 10: n`.', { locale: 'fi-FI' }), []);
  });
});
