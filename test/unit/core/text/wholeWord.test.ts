import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { searchText, spacedPhrasePlaces, wholeWordPlaces } from '../../../../server/src/core/text/wholeWord';

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

/** What the phrase search stands for: the regular expression it replaced. */
function phraseByRegExp(text: string, phrase: string, wholeWords: boolean): { start: number; end: number }[] {
  const body = phrase
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const re = new RegExp(wholeWords ? `(?<![\\p{L}\\p{N}-])${body}(?![\\p{L}\\p{N}-])` : body, 'gu');
  const places: { start: number; end: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) places.push({ start: m.index, end: m.index + m[0].length });
  return places;
}

describe('spaced phrase search', () => {
  it('matches a run of white space for each space of the phrase, as whole words when asked', () => {
    assert.deepEqual(spacedPhrasePlaces('valitse  lisää\u00a0kohde; valitse lisää', 'valitse lisää', true), [
      { start: 0, end: 14 },
      { start: 22, end: 35 },
    ]);
    assert.deepEqual(spacedPhrasePlaces('re-valitse lisää valitse lisääkö', 'valitse lisää', true), []);
    assert.deepEqual(spacedPhrasePlaces('選擇設定選擇 設定', '選擇 設定', false), [{ start: 4, end: 9 }]);
  });

  it('finds what the regular expression finds, for phrases with and without odd spaces', () => {
    const pieces = fc.constantFrom('ab', 'a', 'b', 'c', ' ', '  ', '\t', '\u00a0', '\u3000', '-', '9', '𝐀', 'é', '中', '.', '*', '(');
    const phrases = fc.constantFrom('ab', 'a b', 'ab c', 'b  c', ' a', 'a ', 'a.b', '(a', '中 a', 'é', 'a*');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }), phrases, fc.boolean(), (parts, phrase, wholeWords) => {
        const text = parts.join('');
        assert.deepEqual(spacedPhrasePlaces(text, phrase, wholeWords), phraseByRegExp(text, phrase, wholeWords), JSON.stringify([text, phrase, wholeWords]));
      }),
      { numRuns: 5000 },
    );
  });
});
