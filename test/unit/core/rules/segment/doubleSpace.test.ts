import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

/** The rule is off by default: these cases turn it on, as a team that wants tidy spacing does. */
const ON = { rules: { 'double-space': 'hint' } };

describe('rule double-space', () => {
  it('is off by default: a wider gap is no defect a reader sees, and on the corpus all its findings were the pipeline\'s', () => {
    assert.deepEqual(checkSegment('double-space', 'disconnettersi \u00a0e accedere di nuovo.', 'sign out and sign in again.', { locale: 'it-IT' }), []);
    const [f] = checkSegment('double-space', 'disconnettersi \u00a0e accedere di nuovo.', 'sign out and sign in again.', { locale: 'it-IT', settings: ON });
    assert.equal(f.finding.severity, 'hint');
  });

  it('removes spaces in a row that show as a wider gap (a no-break space; it-IT sample)', () => {
    const [f, ...more] = checkSegment('double-space', 'disconnettersi \u00a0e accedere di nuovo.', 'sign out and sign in again.', { locale: 'it-IT', settings: ON });
    assert.equal(f.at, ' \u00a0');
    assert.equal(f.fixed, 'disconnettersi e accedere di nuovo.');
    assert.deepEqual(more, []);
  });

  it('reports the places of one segment once, with their count, and mends them all', () => {
    const found = checkSegment('double-space', 'Eins\u00a0\u00a0zwei drei \u00a0vier  fünf\u00a0 sechs.', 'One two three four five six.', { settings: ON });
    assert.equal(found.length, 1);
    assert.equal(found[0].message, 'The translation has 3 places with spaces in a row that show as a wider gap (no-break spaces are not collapsed); the English has single spaces.');
    assert.equal(found[0].finding.fix?.title, 'Remove the extra spaces in 3 places');
    assert.equal(found[0].fixed, 'Eins zwei drei vier  fünf sechs.');
  });

  it('accepts ordinary spaces in a row, which Markdown collapses, and runs the English has too, at line starts, and inside code (traps)', () => {
    assert.deepEqual(checkSegment('double-space', 'disconnettersi  e accedere di nuovo.', 'sign out and sign in again.', { locale: 'it-IT', settings: ON }), []);
    assert.deepEqual(checkSegment('double-space', 'Wählen Sie **Einstellungen**  >  **Konto**.', 'Select **Settings** > **Account**.', { settings: ON }), []);
    assert.deepEqual(checkSegment('double-space', 'Satz eins.\u00a0 Satz zwei.', 'Sentence one.\u00a0 Sentence two.', { settings: ON }), []);
    assert.deepEqual(checkSegment('double-space', '<p>\n\u00a0 <strong>Text</strong>\n</p>', '<p>\n<strong>Text</strong>\n</p>', { settings: ON }), []);
    assert.deepEqual(checkSegment('double-space', 'Geben Sie `a \u00a0b` ein.', 'Type `a b`.', { settings: ON }), []);
  });
});
