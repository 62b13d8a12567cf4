import type { SxsDocument } from '../model';

/** Words nearly every English text of some length holds, and few other languages write (each of two to four letters). */
const ENGLISH_WORDS = 'the to of for and is are you your can if this that with on not be it by from or'.split(' ');

/** A word of up to four ASCII letters as a number, whatever its capitals: each letter a digit from 1 to 26 in base 27. */
function wordCode(text: string, start: number, end: number): number {
  let code = 0;
  for (let i = start; i < end; i++) code = code * 27 + ((text.charCodeAt(i) | 32) - 96);
  return code;
}

const ENGLISH_CODES = new Set(ENGLISH_WORDS.map((w) => wordCode(w, 0, w.length)));

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The end of a URL that starts at `at`: the next white space, or the `)` that closes a link's destination. */
function urlEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 41 /* ) */ || c <= 32) break;
    i++;
  }
  return i;
}

/** A link's destination starts at `at` (`](`), or a bare URL does (`http://`, `https://`). */
function startsUrl(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 40 /* ( */) return at > 0 && text.charCodeAt(at - 1) === 93; /* ] */
  return (c === 104 || c === 72) && /^https?:\/\//i.test(text.slice(at, at + 8));
}

/**
 * Calls `visit` with the start and end of each run of ASCII letters of the text outside its
 * URLs, read a character at a time, until it returns true; returns whether one did.
 */
function someAsciiWord(text: string, visit: (start: number, end: number) => boolean): boolean {
  for (let i = 0; i < text.length; ) {
    if (startsUrl(text, i)) {
      i = urlEnd(text, i + 1);
      continue;
    }
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isAsciiLetter(text.charCodeAt(i))) i++;
    if (visit(start, i)) return true;
  }
  return false;
}

/** The word from `start` to `end` is one of {@link ENGLISH_WORDS}. */
function isEnglishWord(text: string, start: number, end: number): boolean {
  return end - start >= 2 && end - start <= 4 && ENGLISH_CODES.has(wordCode(text, start, end));
}

/**
 * Whether a document's English lookups read as English: a few "English" sources are in
 * another language (a page meant to stay in Spanish), whose names and words the checks that
 * compare English words must not read. Short documents are taken as English. Words are runs
 * of ASCII letters (every document is asked); URLs are not read (their words, "docs microsoft
 * com azure active directory", would outnumber a short English's).
 */
export function readsAsEnglish(doc: SxsDocument): boolean {
  let words = 0;
  let english = 0;
  for (const s of doc.segments) {
    const text = s.source?.text;
    if (!text) continue;
    someAsciiWord(text, (start, end) => {
      words++;
      if (isEnglishWord(text, start, end)) english++;
      return false;
    });
    if (words > 400) break;
  }
  return words < 20 || english / words > 0.08;
}

/**
 * Whether a text holds one of the small words nearly every English sentence has ("the", "for",
 * "you"), outside its URLs: a sentence without one is not English, whatever its document reads as.
 */
export function holdsEnglishWords(text: string): boolean {
  return someAsciiWord(text, (start, end) => isEnglishWord(text, start, end));
}
