import { findWords, wordEnd } from '../../inline/words';
import { sameLoweredAt } from './repeatedPhrase';

/**
 * A cheap first look that every look of repeated-word at words needs: some word of the prose
 * stands again, but for case, right after itself (in a row), two words on with three letters or
 * more (a pair around "and": "kuvia tai kuvia"), or three to five words on with four letters or
 * more (what `wordAgainSoon` asks of a phrase or a noun said twice). Words are read as
 * {@link InlineText.words} reads them, from the prose, but none is collected: most translations
 * say no word again so close, and their words are then never read.
 */
export function wordAgainNear(prose: string): boolean {
  // Lowering keeps a word's length but for `İ` (which it makes two characters): without one, words of other lengths differ,
  // and the lengths are compared before the words, in one test per word before (a place with no word yet spans none).
  if (prose.indexOf('\u0130') !== -1) return wordAgainNearAnyLength(prose);
  // The five words before the one read, nearest first, as start and end (-1: none yet); in variables, which are read faster than a list.
  let s1 = -1, e1 = -1, s2 = -1, e2 = -1, s3 = -1, e3 = -1, s4 = -1, e4 = -1, s5 = -1, e5 = -1;
  for (let i = 0; i < prose.length; ) {
    const end = wordEnd(prose, i);
    if (end === i) {
      i++;
      continue;
    }
    const n = end - i;
    if (
      (e1 - s1 === n && sameLoweredAt(prose, s1, e1, i, end)) ||
      (n >= 3 && e2 - s2 === n && sameLoweredAt(prose, s2, e2, i, end)) ||
      (n >= 4 && ((e3 - s3 === n && sameLoweredAt(prose, s3, e3, i, end)) || (e4 - s4 === n && sameLoweredAt(prose, s4, e4, i, end)) || (e5 - s5 === n && sameLoweredAt(prose, s5, e5, i, end))))
    )
      return true;
    s5 = s4;
    e5 = e4;
    s4 = s3;
    e4 = e3;
    s3 = s2;
    e3 = e2;
    s2 = s1;
    e2 = e1;
    s1 = i;
    e1 = end;
    i = end;
  }
  return false;
}

/** The fewest characters of a word said again that {@link wordAgainNear} counts, by how many words on it stands again (1 to 5). */
const LEAST = [0, 1, 3, 4, 4, 4];

/**
 * {@link wordAgainNear} of a prose that holds an `İ`, where words of other lengths may be alike
 * lowered: each word is compared with the five before it. Rare enough to collect the words.
 */
function wordAgainNearAnyLength(prose: string): boolean {
  const words = findWords(prose, 0);
  for (let j = 1; j < words.length; j++) {
    for (let k = 1; k <= 5 && k <= j; k++) {
      const w = words[j - k];
      if (w.end - w.start >= LEAST[k] && sameLoweredAt(prose, w.start, w.end, words[j].start, words[j].end)) return true;
    }
  }
  return false;
}
