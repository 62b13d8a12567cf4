import type { InlineText } from '../inline/inlineText';

/**
 * A side's prose as plain text of the same length (so offsets still hold), with markup and
 * invisible characters turned into spaces: "[**Microsoft 365**](url)" reads "  Microsoft 365   ...".
 */
export function plainText(side: InlineText): string {
  // Worked out once for each side: several rules of a segment read it, some once per link or bold.
  return side.derived(readPlainText);
}

/**
 * Runs of characters that are markup or invisible rather than text, for comparing names and
 * words: the blanked constructs of the prose (code, link destinations, tags), emphasis markers,
 * link brackets, escaping backslashes, no-break and zero-width spaces, direction marks.
 */
const NOT_TEXT = /[\u0001*[\]\\\u00a0\u2007\u202f\u200b-\u200f\u2060\ufeff]+/g;

function readPlainText(side: InlineText): string {
  const prose = side.prose;
  // Each run replaced at once by as many spaces (a link's blanked destination is one run), not each character by a space of its own.
  NOT_TEXT.lastIndex = 0;
  let m = NOT_TEXT.exec(prose);
  if (!m) return prose;
  let out = '';
  let last = 0;
  for (; m; m = NOT_TEXT.exec(prose)) {
    out += prose.slice(last, m.index) + ' '.repeat(m[0].length);
    last = m.index + m[0].length;
  }
  return out + prose.slice(last);
}
