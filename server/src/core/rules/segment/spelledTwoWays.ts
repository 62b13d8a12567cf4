import { isAsciiAlnum } from '../../inline/chars';

/**
 * The text writes one ASCII word with two spellings of its capitals ("Platform" and "platform"):
 * what protected-term needs of a translation before it looks for a phrase of the English written
 * there both as the English does and with other capitals, and what most translations have not.
 * A word is what {@link ASCII_WORD} matches, from left to right: a run of ASCII letters and digits,
 * from its first letter on. Of two spellings one has a capital, so only the words with one are
 * read (skipped to by a search for the next capital), each looked for in the text lowered, where
 * its other places, in any capitals, stand at the same offsets.
 */
export function spelledTwoWays(text: string): boolean {
  let lowered: string | undefined;
  for (let i = 0; ; ) {
    CAPITAL.lastIndex = i;
    if (!CAPITAL.test(text)) return false;
    const at = CAPITAL.lastIndex - 1;
    // The run of letters and digits the capital stands in (none of it before `i`: `i` is the start or a run's end).
    let start = at;
    while (start > 0 && isAsciiAlnum(text.charCodeAt(start - 1))) start--;
    while (!isAsciiLetter(text.charCodeAt(start))) start++;
    let end = at + 1;
    while (end < text.length && isAsciiAlnum(text.charCodeAt(end))) end++;
    if (lowered === undefined) {
      lowered = text.toLowerCase();
      // Lowering makes `İ` two characters: the offsets differ after it.
      if (lowered.length !== text.length) return spelledTwoWaysByWords(text);
    }
    if (otherSpelling(text, lowered, start, end)) return true;
    i = end;
  }
}

/** The word at `start` to `end` stands elsewhere in the text as a whole word but for ASCII capitals, and not as written. */
function otherSpelling(text: string, lowered: string, start: number, end: number): boolean {
  const word = lowered.slice(start, end);
  const length = end - start;
  for (let at = lowered.indexOf(word); at !== -1; at = lowered.indexOf(word, at + 1)) {
    if (at === start || isAsciiAlnum(text.charCodeAt(at + length))) continue;
    // Digits before it start no word: the word starts at its first letter, unless a letter comes before those digits.
    let before = at - 1;
    while (before >= 0 && isAsciiDigit(text.charCodeAt(before))) before--;
    if (before >= 0 && isAsciiLetter(text.charCodeAt(before))) continue;
    if (differsInCapitals(text, at, start, length)) return true;
  }
  return false;
}

/**
 * The text at `at` is the ASCII word at `start` in other capitals: the same letters but for case,
 * one at least written otherwise (not a character that only lowers to an ASCII letter, as the Kelvin sign does to `k`).
 */
function differsInCapitals(text: string, at: number, start: number, length: number): boolean {
  let differs = false;
  for (let k = 0; k < length; k++) {
    const a = text.charCodeAt(at + k);
    const b = text.charCodeAt(start + k);
    if (a === b) continue;
    // `b` is an ASCII letter or digit: the bit of small letters makes either letter its small one and leaves a digit as it is.
    if ((a | 32) !== (b | 32) || !isAsciiLetter(a)) return false;
    differs = true;
  }
  return differs;
}

/** An ASCII word, as {@link spelledTwoWays} reads them. */
const ASCII_WORD = /[A-Za-z][A-Za-z0-9]*/g;
const CAPITAL = /[A-Z]/g;

/** {@link spelledTwoWays}, word by word: for a text that lowering makes longer. */
function spelledTwoWaysByWords(text: string): boolean {
  const seen = new Map<string, string>();
  for (const m of text.matchAll(ASCII_WORD)) {
    const small = m[0].toLowerCase();
    const first = seen.get(small);
    if (first === undefined) seen.set(small, m[0]);
    else if (first !== m[0]) return true;
  }
  return false;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
