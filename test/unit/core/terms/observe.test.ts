import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { InlineText } from '../../../../server/src/core/inline/inlineText';
import { boldPairs, KeyKind, KEY_PREFIXES, localWords, observePairs, observeSegment, Outcome, smallWords, type TermObservations } from '../../../../server/src/core/terms/observe';
import { addLeadIns, markdownLinks } from '../../../../server/src/core/terms/leadIns';
import { plainText } from '../../../../server/src/core/terms/plainText';
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
    // The same key given as its kind and name, in one locale and in all.
    assert.deepEqual(stats.countOf(KeyKind.Single, 'Contoso', 'de-DE'), { seen: 4, kept: 2, caseChanged: 2 });
    assert.deepEqual(stats.countOf(KeyKind.Single, 'Contoso'), stats.count('s:Contoso'));
    assert.deepEqual(stats.countOf(KeyKind.Word, 'Contoso'), { seen: 0, kept: 0, caseChanged: 0 });
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

  it('does not take a plural acronym lowered without its s for a word of the locale either', () => {
    const seen = observePairs([{ english: 'Add GIFs to messages.', translation: 'Aggiungere gif ai messaggi.' }]);
    assert.ok(!seen.native.includes('gif'));
    assert.ok(seen.native.includes('messaggi'));
  });

  it('reads a recurring English once, and observes as reading each segment afresh would', () => {
    // Each segment read on its own, both sides from scratch: the oracle.
    const afresh = (pairs: readonly { english: string; translation: string }[]) => {
      const counts = new Map<string, number[]>();
      const native = new Set<string>();
      let segments = 0;
      const key = (kind: KeyKind, k: string, o: Outcome) => {
        const spelled = `${KEY_PREFIXES[kind]}:${k}`;
        const c = counts.get(spelled) ?? [0, 0, 0];
        c[o]++;
        counts.set(spelled, c);
      };
      for (const { english, translation } of pairs) {
        if (!english.trim() || !translation.trim()) continue;
        const en = new InlineText(english, 0);
        const tr = new InlineText(translation, 0);
        observeSegment(plainText(en), plainText(tr), { key, native: (w) => native.add(w) });
        for (const [label, translated] of boldPairs(en, tr)) {
          key(KeyKind.Label, label, Outcome.Kept);
          key(KeyKind.LabelTranslation, `${label}\u0001${translated}`, Outcome.Kept);
        }
        addLeadIns(english, markdownLinks(en), translation, markdownLinks(tr), (k) => native.add(k));
        segments++;
      }
      return { keys: [...counts.keys()], counts: [...counts.values()], native: [...native], segments };
    };
    const spelled = (o: TermObservations) => ({
      keys: o.keys.map((k, i) => `${KEY_PREFIXES[o.kinds[i]]}:${k}`),
      counts: o.keys.map((_, i) => [...o.counts.subarray(3 * i, 3 * i + 3)]),
      native: o.native,
      segments: o.segments,
    });
    const english = ['Select **Save** in the **Contoso Portal**.', "You can't open Contoso Portal.", 'Open *Microsoft Intune* and Intune.', 'Run `az login` on [Windows](https://contoso.com).'];
    const translations = [
      ['Wählen Sie **Speichern** im **Contoso Portal**.', 'Wählen Sie Speichern im Contoso-Portal.', 'Select **Save** in the **Contoso Portal**.'],
      ['Sie können Contoso Portal nicht öffnen.', 'Sie cannot das CONTOSO PORTAL öffnen.', ' '],
      ['Öffnen Sie *Microsoft Intune* und Intune.', 'Öffnen Sie Microsoft-Intune.', 'Avaa intune.'],
      ['Führen Sie `az login` unter [Windows](https://contoso.com) aus.', 'Führen Sie az login aus.', 'Windows'],
    ];
    for (let document = 0; document < 3; document++) {
      const pairs = english.map((en, i) => ({ english: en, translation: translations[i][document], segment: `abcde-${100 + i}` }));
      // Read twice: the second time every English comes from what was read the first.
      for (let round = 0; round < 2; round++) assert.deepEqual(spelled(observePairs(pairs)), afresh(pairs), `document ${document}, round ${round}`);
    }
  });

  it('reads the words of a translation in small letters as when each word is lowered alone', () => {
    // The reading lowers the whole text at once where it can: the same words as lowering each word found.
    const reference = (text: string) => new Set([...text.matchAll(/\p{L}{1,3}['’](?!\p{L})|\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)?/gu)].map((m) => m[0].toLowerCase()));
    assert.deepEqual([...localWords("L'OPZIONE Po' ÖFFNEN")], ["l'opzione", "po'", 'öffnen']);
    assert.deepEqual([...localWords('ΟΔΟΣ İSTANBUL')], ['οδος', 'i̇stanbul']);
    const pieces = ['A', 'é', 'É', 'İ', 'I', 'ı', 'Σ', 'ΟΔΟ', 'ß', 'ẞ', 'Ⅻ', 'Ⓐ', '\u0301', '\u0345', "'", '’', ' ', '-', '1', '應用', 'Ǆ', '𐐀', 'K', '\u212a', '𝒜', '\ud835', '\udc9c', "l'", 'po’'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual([...localWords(text)], [...reference(text)], text);
      }),
      { numRuns: 2000 },
    );
  });
});
