import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule double-space', () => {
  it('removes spaces in a row that show as a wider gap (a no-break space; it-IT sample)', () => {
    const [f, ...more] = checkSegment('double-space', 'disconnettersi \u00a0e accedere di nuovo.', 'sign out and sign in again.', { locale: 'it-IT' });
    assert.equal(f.at, ' \u00a0');
    assert.equal(f.fixed, 'disconnettersi e accedere di nuovo.');
    assert.deepEqual(more, []);
  });

  it('reports the places of one segment once, with their count, and mends them all', () => {
    const found = checkSegment('double-space', 'Eins\u00a0\u00a0zwei drei \u00a0vier  fünf\u00a0 sechs.', 'One two three four five six.');
    assert.equal(found.length, 1);
    assert.equal(found[0].message, 'The translation has 3 places with spaces in a row that show as a wider gap (no-break spaces are not collapsed); the English has single spaces.');
    assert.equal(found[0].finding.fix?.title, 'Remove the extra spaces in 3 places');
    assert.equal(found[0].fixed, 'Eins zwei drei vier  fünf sechs.');
  });

  it('accepts ordinary spaces in a row, which Markdown collapses, and runs the English has too, at line starts, and inside code (traps)', () => {
    assert.deepEqual(checkSegment('double-space', 'disconnettersi  e accedere di nuovo.', 'sign out and sign in again.', { locale: 'it-IT' }), []);
    assert.deepEqual(checkSegment('double-space', 'Wählen Sie **Einstellungen**  >  **Konto**.', 'Select **Settings** > **Account**.'), []);
    assert.deepEqual(checkSegment('double-space', 'Satz eins.\u00a0 Satz zwei.', 'Sentence one.\u00a0 Sentence two.'), []);
    assert.deepEqual(checkSegment('double-space', '<p>\n\u00a0 <strong>Text</strong>\n</p>', '<p>\n<strong>Text</strong>\n</p>'), []);
    assert.deepEqual(checkSegment('double-space', 'Geben Sie `a \u00a0b` ein.', 'Type `a b`.'), []);
  });
});
