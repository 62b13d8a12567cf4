import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule double-space', () => {
  it('removes a double space (it-IT sample)', () => {
    const [f] = checkSegment('double-space', 'disconnettersi  e accedere di nuovo.', 'sign out and sign in again.', { locale: 'it-IT' });
    assert.equal(f.at, '  ');
    assert.equal(f.fixed, 'disconnettersi e accedere di nuovo.');
  });

  it('accepts double spaces the English has too, at line starts, and inside code (traps)', () => {
    assert.deepEqual(checkSegment('double-space', 'Satz eins.  Satz zwei.', 'Sentence one.  Sentence two.'), []);
    assert.deepEqual(checkSegment('double-space', '<p>\n  <strong>Text</strong>\n</p>', '<p>\n<strong>Text</strong>\n</p>'), []);
    assert.deepEqual(checkSegment('double-space', 'Geben Sie `a  b` ein.', 'Type `a  b`.'), []);
  });
});
