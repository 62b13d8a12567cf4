import type { InlineLink } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';

/** The last word of a link's text, in letters of a script written with spaces. */
const LAST_WORD = /(?<![\p{L}\p{M}\p{N}'’-])(\p{L}[\p{L}\p{M}]*)\s*$/u;
/**
 * Small letters right after the link, the rest of a word the link's text ends in: joined to it,
 * or after one space, which the pipeline sets beside a link in the middle of a word too
 * ("[… Outlookin verkko](url) versiossa").
 */
const AFTER = /^( ?)(\p{Ll}[\p{L}\p{M}]*)/u;
/** After a space, the rest of the word is this long at least: a short word of the sentence ("e", "ja", "für") joins many a word before it ("hierfür"). */
const MIN_SPACED_REST = 5;

/**
 * A link text that ends in the middle of a word, the rest of it right after the link, joined
 * or after one space ("[… Outlookin verkko](url)versiossa", "[vaihda sala](url)sanasi"): the two
 * parts make one word that the locale's translations write elsewhere, so the link cuts it.
 * The Latin-script match of the Chinese case (a word the locale writes whole); a word of the
 * sentence run on to the link ("[Konto Center](url)an") makes no word of the locale with the
 * link's last one. Returns the whole word and the part after the link.
 */
export function wordCutAtLinkEnd(s: SegmentCheck, link: InlineLink): { word: string; after: string } | undefined {
  const end = link.end - s.tr.base;
  const m = AFTER.exec(s.tr.text.slice(end, end + 40));
  if (!m || (m[1] && m[2].length < MIN_SPACED_REST)) return undefined;
  const after = m[2];
  const last = LAST_WORD.exec(link.text)?.[1];
  if (!last) return undefined;
  const word = `${last}${after}`.toLowerCase();
  return s.learned.nativeWord(word, s.locale) ? { word, after } : undefined;
}
