/** Character classes of CommonMark and helpers shared by the inline scanners. */

/** What blanked-out text is replaced with: no scanner matches it (not a letter, digit, space or punctuation). */
export const BLANK = '\u0001';

const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /[\s\p{Zs}]/u;

/** An ASCII letter or digit. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** ASCII punctuation: what a backslash can escape in CommonMark. */
export function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/** Unicode punctuation or symbol. Blanked text (code, a link's `](url)`, a tag) counts as punctuation: it starts and ends with `` ` ``, `]`, `<` or `>`. */
export function isPunctuation(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 1 /* BLANK */ || isAsciiPunctuation(c); // ASCII punctuation and symbols are all \p{P} or \p{S}
  return PUNCTUATION.test(ch);
}

/** Unicode whitespace; the start or end of the text counts as whitespace, as in CommonMark. */
export function isWhitespace(ch: string | undefined): boolean {
  if (ch === undefined) return true;
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WHITESPACE.test(ch);
}

/** True when the character at `i` is escaped by an odd number of backslashes before it. */
export function isEscaped(text: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && text.charCodeAt(j) === 92; j--) n++;
  return n % 2 === 1;
}

function isInOrder(ranges: readonly { start: number }[]): boolean {
  for (let i = 1; i < ranges.length; i++) if (ranges[i].start < ranges[i - 1].start) return false;
  return true;
}

/**
 * The text with the given stretches (document offsets; the text starts at `base`) replaced
 * by {@link BLANK}, so that every other character keeps its offset.
 */
export function blank(text: string, base: number, ranges: readonly { start: number; end: number }[]): string {
  if (ranges.length === 0) return text;
  const sorted = isInOrder(ranges) ? ranges : [...ranges].sort((a, b) => a.start - b.start);
  const out: string[] = [];
  let at = 0;
  for (const r of sorted) {
    const start = Math.max(r.start - base, at);
    const end = Math.min(r.end - base, text.length);
    if (end <= start) continue;
    out.push(text.slice(at, start), BLANK.repeat(end - start));
    at = end;
  }
  out.push(text.slice(at));
  return out.join('');
}
