import { wordEnd } from '../../inline/words';
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
  // Lowering keeps a word's length but for `İ` (which it makes two characters): without one, words of other lengths differ.
  const anyLength = prose.indexOf('\u0130') !== -1;
  // The five words before the one read, nearest first, as start and end (-1: none yet); in variables, which are read faster than a list.
  let s1 = -1, e1 = -1, s2 = -1, e2 = -1, s3 = -1, e3 = -1, s4 = -1, e4 = -1, s5 = -1, e5 = -1;
  for (let i = 0; i < prose.length; ) {
    const end = wordEnd(prose, i);
    if (end === i) {
      i++;
      continue;
    }
    if (
      sameWordAt(prose, s1, e1, 1, i, end, anyLength) ||
      sameWordAt(prose, s2, e2, 3, i, end, anyLength) ||
      sameWordAt(prose, s3, e3, 4, i, end, anyLength) ||
      sameWordAt(prose, s4, e4, 4, i, end, anyLength) ||
      sameWordAt(prose, s5, e5, 4, i, end, anyLength)
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

/** The word from `start` to `end`, of `least` characters or more, is the word from `at` to `atEnd` but for case. */
function sameWordAt(prose: string, start: number, end: number, least: number, at: number, atEnd: number, anyLength: boolean): boolean {
  return start !== -1 && end - start >= least && (anyLength || end - start === atEnd - at) && sameLoweredAt(prose, start, end, at, atEnd);
}
