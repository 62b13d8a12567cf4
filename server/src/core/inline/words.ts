import type { Word } from './tokens';
import { isAsciiAlnum } from './chars';

/**
 * Words: a letter or digit, then letters, marks, digits and the joiners `'` `’` `_` `-`
 * (`[\p{L}\p{N}][\p{L}\p{M}\p{N}'’_-]*`). Read a character at a time with ASCII and the
 * Latin letters ({@link isLatinLetter}) handled directly and a regular expression only where
 * another character is met, since the checks read the words of many sentences.
 */
const WORD_FROM = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’_-]*/uy;
const WORD_REST = /[\p{L}\p{M}\p{N}'’_-]*/uy;

/** The words of `text` from `from` to `to` (a word that starts there may run past `to`); offsets plus `base`. */
export function findWords(text: string, base: number, from = 0, to = text.length): Word[] {
  const found: Word[] = [];
  for (let i = from; i < to; ) {
    const end = wordEnd(text, i);
    if (end === i) {
      i++;
      continue;
    }
    found.push({ start: base + i, end: base + end, text: text.slice(i, end) });
    i = end;
  }
  return found;
}

/**
 * The characters of the words of `text` together. One pass that only counts: ASCII is
 * classified in place (a word goes on while its characters can continue one), and the
 * expressions read on from the first character outside ASCII to the end of its word.
 */
export function wordLength(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const kind = ASCII_WORD_KIND[c];
      if (kind === ALNUM) {
        n++;
        inWord = true;
      } else if (inWord && kind === JOINER) {
        n++;
      } else {
        inWord = false;
      }
      continue;
    }
    if (isLatinLetter(c)) {
      n++;
      inWord = true;
      continue;
    }
    const re = inWord ? WORD_REST : WORD_FROM;
    re.lastIndex = i;
    if (re.test(text) && re.lastIndex > i) {
      n += re.lastIndex - i;
      i = re.lastIndex - 1;
    }
    // The expression read to the end of the word (or found none here).
    inWord = false;
  }
  return n;
}

/** What an ASCII character is to a word: {@link ALNUM}, {@link JOINER} or neither (0). */
const ALNUM = 1;
const JOINER = 2;
/**
 * {@link isAsciiAlnum} and {@link isAsciiJoiner} of each ASCII character, looked up: {@link wordLength}
 * and {@link wordEnd} read every character of the prose of each side, most of them ASCII.
 */
const ASCII_WORD_KIND = Uint8Array.from({ length: 128 }, (_, c) => (isAsciiAlnum(c) ? ALNUM : isAsciiJoiner(c) ? JOINER : 0));

/** How many words a stretch of text holds wholly, and their characters together. */
export interface WordCount {
  readonly words: number;
  readonly letters: number;
}

/**
 * The words that lie wholly between `start` and `end` of `text`, counted without being
 * collected: read from the start of the word that `start` cuts, as {@link findWords} reads them.
 */
export function countWordsIn(text: string, start: number, end: number): WordCount {
  let words = 0;
  let letters = 0;
  for (let i = wordRunStart(text, start); i < end; ) {
    const e = wordEnd(text, i);
    if (e === i) {
      i++;
      continue;
    }
    if (i >= start && e <= end) {
      words++;
      letters += e - i;
    }
    i = e;
  }
  return { words, letters };
}

/**
 * Where a word starts at or before `i` and runs through it: back over the characters a word
 * can hold. Reading words from there finds the same words as reading from the text's start.
 */
function wordRunStart(text: string, i: number): number {
  let from = i;
  for (;;) {
    const c = from > 0 ? text.charCodeAt(from - 1) : -1;
    if (c === -1 || (c < 128 && !isAsciiWordChar(c))) return from;
    const width = from >= 2 && (c & 0xfc00) === 0xdc00 && (text.charCodeAt(from - 2) & 0xfc00) === 0xd800 ? 2 : 1;
    if (c >= 128) {
      WORD_REST.lastIndex = from - width;
      if (!WORD_REST.test(text) || WORD_REST.lastIndex === from - width) return from;
    }
    from -= width;
  }
}

/**
 * The end of the word that starts at `i`, or `i` when none starts there. ASCII is told by one
 * look in {@link ASCII_WORD_KIND}: every word of every side is read here, a character at a time.
 */
export function wordEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128 ? ASCII_WORD_KIND[c] === ALNUM : isLatinLetter(c)) {
    let j = i + 1;
    for (; j < text.length; j++) {
      const d = text.charCodeAt(j);
      if (d < 128) {
        if (ASCII_WORD_KIND[d] === 0) break;
      } else if (!isLatinLetter(d)) {
        WORD_REST.lastIndex = j;
        WORD_REST.test(text);
        return WORD_REST.lastIndex;
      }
    }
    return j;
  }
  if (c < 128) return i;
  WORD_FROM.lastIndex = i;
  return WORD_FROM.test(text) ? WORD_FROM.lastIndex : i;
}

/** An ASCII character a word can hold: a letter, a digit, `'`, `_` or `-`. */
function isAsciiWordChar(c: number): boolean {
  return isAsciiAlnum(c) || isAsciiJoiner(c);
}

/**
 * A letter of Latin-1 or Latin Extended-A and -B (U+00C0 to U+024F but × and ÷), all of them
 * `\p{L}`: the letters of most languages written in Latin script ("ä", "é", "ș"), told without the
 * expressions, which are then only asked about the other scripts.
 */
function isLatinLetter(c: number): boolean {
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}

/** `'`, `_` or `-`: ASCII characters that go on a word but do not start one. */
function isAsciiJoiner(c: number): boolean {
  return c === 39 || c === 95 || c === 45;
}
