import * as assert from 'node:assert/strict';
import { KEY_PREFIXES, observePairs, Outcome, smallWords } from '../../../../server/src/core/terms/observe';
import { TermStats } from '../../../../server/src/core/terms/termStats';

describe('terms: observing what translations do with their English', () => {
  it('reads small words as whole tokens, without closing dots and apostrophes', () => {
    const words = smallWords("Don't. Select it’s’ a.b c-d e_f _abc 9abc ABc aB path/to \\dir\\x Ok.. o'clock'");
    assert.deepEqual([...words].sort(), ['abc', "don't", 'it’s', "o'clock", 'ok', 'select']);
    assert.deepEqual([...smallWords('')], []);
    assert.deepEqual([...smallWords('… — 42')], []);
  });

  it('counts each distinct key once per document, with how many segments kept, lost or recased it', () => {
    const seen = observePairs([
      { english: 'Open Contoso Portal.', translation: 'Öffne Contoso Portal.' },
      { english: 'Contoso is fast.', translation: 'CONTOSO ist schnell.' },
      { english: 'Contoso', translation: 'Firma' },
      { english: 'Blank translations count for nothing.', translation: ' ' },
    ]);
    assert.equal(seen.segments, 3);
    const count = (key: string) => {
      const i = seen.keys.findIndex((k, j) => k === key.slice(2) && KEY_PREFIXES[seen.kinds[j]] === key[0]);
      assert.ok(i >= 0, key);
      return [seen.counts[3 * i + Outcome.Lost], seen.counts[3 * i + Outcome.Kept], seen.counts[3 * i + Outcome.CaseChanged]];
    };
    const spelled = seen.keys.map((k, j) => `${KEY_PREFIXES[seen.kinds[j]]}:${k}`);
    assert.equal(new Set(spelled).size, spelled.length, 'no key twice');
    assert.deepEqual(count('s:Contoso'), [1, 0, 1]);
    assert.deepEqual(count('r:Contoso'), [0, 1, 0]);
    assert.deepEqual(count('p:Open Contoso Portal'), [1, 0, 0]);
    assert.deepEqual(count('w:contoso'), [2, 1, 0]);
    assert.deepEqual(count('w:fast'), [1, 0, 0]);
  });

  it('adds a document into the statistics and takes it back out exactly', () => {
    const stats = new TermStats();
    const doc = observePairs([
      { english: 'Contoso is fast.', translation: 'Contoso ist schnell.' },
      { english: 'Contoso is fast.', translation: 'CONTOSO ist schnell.' },
    ]);
    stats.set('file:///a.md', 'de-DE', doc);
    stats.set('file:///b.md', 'de-DE', doc);
    assert.deepEqual(stats.count('s:Contoso', 'de-DE'), { seen: 4, kept: 2, caseChanged: 2 });
    assert.equal(stats.native('schnell', 'de-DE'), 2);
    stats.delete('file:///a.md');
    assert.deepEqual(stats.count('s:Contoso', 'de-DE'), { seen: 2, kept: 1, caseChanged: 1 });
    assert.equal(stats.native('schnell', 'de-DE'), 1);
    assert.equal(stats.segments('de-DE'), 2);
  });

  it('does not take an acronym of the English lowered in the translation for a word of the locale', () => {
    const seen = observePairs([
      { english: 'Update the PO number.', translation: 'Aggiornare il numero di po.' },
      { english: 'Wait a little.', translation: 'Attendere un po.' },
    ]);
    // "po" is the locale's own word where the English has no "PO", and only there.
    const withAcronym = observePairs([{ english: 'Update the PO number.', translation: 'Aggiornare il numero di po.' }]);
    assert.ok(seen.native.includes('po'));
    assert.ok(!withAcronym.native.includes('po'));
    assert.ok(withAcronym.native.includes('numero'));
  });
});
