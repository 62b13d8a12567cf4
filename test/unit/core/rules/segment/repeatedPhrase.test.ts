import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { findWords } from '../../../../../server/src/core/inline/words';
import { wordAgainSoon } from '../../../../../server/src/core/rules/segment/repeatedPhrase';

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
    const pieces = ['grup', 'Grup', 'GRUP', 'gru', 'groß', 'GROSS', 'İlk', 'i̇lk', 'e-mail', 'E-Mail', "l'app", '365', ' ', ' ', ', ', '*', '\u00a0', 'a', 'é', 'Straße'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const prose = parts.join('');
        assert.equal(wordAgainSoon(prose), reference(prose), JSON.stringify(prose));
      }),
      { numRuns: 2000 },
    );
  });
});
