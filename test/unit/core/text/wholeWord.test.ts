import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { searchText, wholeWordPlaces } from '../../../../server/src/core/text/wholeWord';

/** What the search stands for: the regular expression it replaced. */
function byRegExp(text: string, word: string): number[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');
  const places: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) places.push(m.index);
  return places;
}

describe('whole-word search', () => {
  it('finds a word in any case, not inside a longer word or next to a digit', () => {
    assert.deepEqual(wholeWordPlaces(searchText('Open Settings, then settings2 and SETTINGS.'), 'settings'), [5, 34]);
    assert.deepEqual(wholeWordPlaces(searchText("Don't use don or dont"), "don't"), [0]);
  });

  it('takes letters outside the Basic Multilingual Plane as letters on either side', () => {
    assert.deepEqual(wholeWordPlaces(searchText('𝐀open open𝐀 open'), 'open'), [14]);
  });

  it('finds what the regular expression finds, in texts with the letters that fold or grow in small letters', () => {
    const pieces = fc.constantFrom('open', 'Open', 'OPEN', 'ope', 'n', 's', 'ſ', 'K', '\u212a', 'k', 'İ', 'i', '𝐀', '9', ' ', '-', ':', "'", '’', 'é', '中');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), fc.constantFrom('open', 'ok', 'is', "it's", 'k'), (parts, word) => {
        const text = parts.join('');
        assert.deepEqual(wholeWordPlaces(searchText(text), word), byRegExp(text, word), JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
  });
});
