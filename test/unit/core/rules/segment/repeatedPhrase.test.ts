import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { findWords } from '../../../../../server/src/core/inline/words';
import { sameLowered, wordAgainSoon } from '../../../../../server/src/core/rules/segment/repeatedPhrase';

describe('repeated-phrase: the first look before the words are collected', () => {
  // What both ways of saying a thing twice need, read from the collected words: a word of four letters or more, again two to five words on.
  const reference = (prose: string) => {
    const words = findWords(prose, 0).map((w) => w.text);
    return words.some((w, i) => w.length >= 4 && [2, 3, 4, 5].some((d) => i + d < words.length && words[i + d].toLowerCase() === w.toLowerCase()));
  };

  it('finds a word said again two to five words on, but for case, and not one further or shorter', () => {
    assert.ok(wordAgainSoon('la risoluzione dei problemi e la Risoluzione dei problemi'));
    assert.ok(wordAgainSoon('un grup Microsoft 365 grup'));
    assert.ok(!wordAgainSoon('grup a b c d e grup'), 'six words on');
    assert.ok(!wordAgainSoon('die a die b die'), 'three letters');
    assert.ok(!wordAgainSoon('grup grup'), 'right after itself: the repeat in a row, which the rule reads otherwise');
  });

  it('answers as the collected words do, whatever the letters, joiners and capitals', () => {
    const pieces = ['grup', 'Grup', 'GRUP', 'gru', 'groß', 'GROSS', 'İlk', 'i̇lk', 'e-mail', 'E-Mail', "l'app", '365', ' ', ' ', ', ', '*', '\u00a0', 'a', 'é', 'Straße', 'Ärger', 'ärger', 'ÄRGER', 'Þing', 'þing', '×', '÷', 'µ', 'ÿ', 'Ÿ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const prose = parts.join('');
        assert.equal(wordAgainSoon(prose), reference(prose), JSON.stringify(prose));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('repeated-phrase: words compared but for case', () => {
  it('compares as lowering both does, whatever the letters (generated)', () => {
    const letters = ['a', 'A', 'z', 'Z', 'ä', 'Ä', 'ß', 'ẞ', 'Þ', 'þ', '×', '÷', 'µ', 'ÿ', 'Ÿ', 'İ', 'i', 'I', 'ı', 'Σ', 'σ', 'ς', 'K', '\u212a', '-', "'"];
    const letter = fc.constantFrom(...letters);
    // Two words alike but for some letters, each put in place of the other's: most pairs then differ only where case could matter.
    const pair = fc.array(fc.tuple(letter, letter, fc.boolean()), { maxLength: 6 }).map((l) => [l.map(([x]) => x).join(''), l.map(([x, y, other]) => (other ? y : x)).join('')] as const);
    fc.assert(
      fc.property(pair, ([a, b]) => {
        assert.equal(sameLowered(a, b), a.toLowerCase() === b.toLowerCase(), JSON.stringify([a, b]));
      }),
      { numRuns: 3000 },
    );
  });
});
