import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { findWords } from '../../../../../server/src/core/inline/words';
import { wordAgainNear } from '../../../../../server/src/core/rules/segment/wordAgainNear';

describe('repeated-word: the first look before the words are collected', () => {
  // What every look at words needs, read from the collected words: a word again right after itself, two words on
  // (three letters or more), or three to five words on (four letters or more), but for case.
  const reference = (prose: string) => {
    const words = findWords(prose, 0).map((w) => w.text);
    const least = [0, 1, 3, 4, 4, 4];
    return words.some((w, i) => [1, 2, 3, 4, 5].some((d) => i + d < words.length && w.length >= least[d] && words[i + d].toLowerCase() === w.toLowerCase()));
  };

  it('finds a word said again within five words, but for case, and not one further or shorter', () => {
    assert.ok(wordAgainNear('Kaikki kaikki postilaatikot'));
    assert.ok(wordAgainNear('a a'), 'in a row, whatever its length');
    assert.ok(wordAgainNear('kuvia tai Kuvia'));
    assert.ok(wordAgainNear('un grup Microsoft 365 grup'));
    assert.ok(wordAgainNear('die a die'), 'two words on, three letters');
    assert.ok(!wordAgainNear('an a an'), 'two words on, two letters');
    assert.ok(!wordAgainNear('der a b der'), 'three words on, four letters or more');
    assert.ok(!wordAgainNear('grup a b c d e grup'), 'six words on');
  });

  it('answers as the collected words do, whatever the letters, joiners and capitals', () => {
    const pieces = ['grup', 'Grup', 'GRUP', 'gru', 'die', 'DIE', 'a', 'A', 'groß', 'GROSS', 'İlk', 'i̇lk', 'İ', 'i̇', 'e-mail', 'E-Mail', "l'app", '365', ' ', ' ', ', ', '*', '\u00a0', 'é', 'Straße', 'Ärger', 'ärger', 'ÄRGER', 'Þing', 'þing', 'Σ', 'σ', 'ς', '×', '÷', 'µ', 'ÿ', 'Ÿ', '設定'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const prose = parts.join('');
        assert.equal(wordAgainNear(prose), reference(prose), JSON.stringify(prose));
      }),
      { numRuns: 3000 },
    );
  });
});
