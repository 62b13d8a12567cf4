import { InlineText } from '../inline/inlineText';
import { plainText } from '../terms/plainText';

/** Letters (with their marks) and digits: a word as the memory compares sentences. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*/gu;
/** The same, hyphenated words whole ("E-Mail"). */
const HYPHENATED = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*)*/gu;

/** Characters that may start Markdown or HTML markup, or an escape or entity. */
const MARKUP = /[`<>[\]*_\\&{}%#|!~]/;
/** What the plain text blanks besides markup: no-break, zero-width and direction marks. */
const INVISIBLE = /[\u00a0\u2007\u202f\u200b-\u200f\u2060\ufeff\u0001]/g;

/** The most words of a sentence the memory compares; the rest of a longer one is left out of the match. */
export const MAX_WORDS = 200;

/** A word of a sentence, where it is in the sentence's plain text. */
export interface SentenceWord {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The words of a segment's text as written (Markdown and inline HTML left out), in order. */
export function sentenceWords(markdown: string, hyphenated = false): SentenceWord[] {
  const plain = wordsText(markdown);
  const out: SentenceWord[] = [];
  const word = hyphenated ? HYPHENATED : WORD;
  word.lastIndex = 0;
  for (let m = word.exec(plain); m && out.length < MAX_WORDS; m = word.exec(plain)) {
    const text = m[0].replace(/['’]+$/, '');
    out.push({ text, start: m.index, end: m.index + text.length });
  }
  return out;
}

/** The segment's text with markup blanked (same length, so offsets hold), but code spans kept: code is part of the sentence. */
function wordsText(markdown: string): string {
  // Most sentences have no markup at all: their text is their plain text.
  if (!MARKUP.test(markdown)) return INVISIBLE.test(markdown) ? markdown.replace(INVISIBLE, ' ') : markdown;
  const side = new InlineText(markdown, 0);
  let plain = plainText(side);
  for (const c of side.codeSpans) plain = plain.slice(0, c.codeStart) + markdown.slice(c.codeStart, c.codeEnd) + plain.slice(c.codeEnd);
  return plain;
}

/** The words as the memory compares them: in small letters. */
export function comparedWords(markdown: string): string[] {
  return sentenceWords(markdown).map((w) => w.text.toLowerCase());
}
