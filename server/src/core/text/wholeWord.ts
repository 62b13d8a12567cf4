import { escapeRegExp } from './escapeRegExp';

/** A text with what the word search needs, made once per text. */
export interface SearchText {
  readonly text: string;
  /** `text` in small letters, when that lines up with it character for character and no letter folds otherwise (else the search takes the slow way). */
  readonly lower: string | undefined;
}

export function searchText(text: string): SearchText {
  const lower = text.toLowerCase();
  // ſ matches "s" case-insensitively but stays ſ in small letters; İ grows into two characters.
  return { text, lower: lower.length === text.length && !text.includes('ſ') ? lower : undefined };
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Where the word (letters and apostrophes) stands in the text in any case, with no letter or
 * digit on either side: the places `/(?<![\p{L}\p{N}])word(?![\p{L}\p{N}])/giu` finds, by indexOf.
 */
export function wholeWordPlaces(en: SearchText, word: string): number[] {
  const places: number[] = [];
  if (en.lower === undefined) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'giu');
    for (let m = re.exec(en.text); m; m = re.exec(en.text)) places.push(m.index);
    return places;
  }
  const needle = word.toLowerCase();
  for (let at = en.lower.indexOf(needle); at !== -1; ) {
    if (!LETTER_OR_DIGIT.test(codePointBefore(en.text, at)) && !LETTER_OR_DIGIT.test(codePointAt(en.text, at + needle.length))) {
      places.push(at);
      at = en.lower.indexOf(needle, at + needle.length);
    } else {
      at = en.lower.indexOf(needle, at + 1);
    }
  }
  return places;
}

function codePointBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text[at - 1];
}

function codePointAt(text: string, at: number): string {
  const code = text.codePointAt(at);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** A place in a text: where a match starts and ends. */
export interface Place {
  readonly start: number;
  readonly end: number;
}

/** What may not stand right before or after a phrase found as whole words. */
const WORD_EDGE = /^[\p{L}\p{N}-]$/u;
const SPACE = /^\s$/;

/**
 * Where `phrase` stands in `text`, case and all, each of its spaces matching a run of white
 * space; with `wholeWords`, with no letter, digit or hyphen right before or after it: the
 * places `/(?<![\p{L}\p{N}-])word\s+word…(?![\p{L}\p{N}-])/gu` finds (without lookarounds
 * when not `wholeWords`), by indexOf. Checks search every segment for the labels of a locale,
 * each a different pattern: compiling and running one costs far more than this.
 */
export function spacedPhrasePlaces(text: string, phrase: string, wholeWords: boolean): Place[] {
  const words = phrase.split(' ');
  // A phrase with a space at an end or two in a row (no label has one) asks for runs of white space of their own: read by the expression.
  if (words.some((w) => w === '' || /\s/.test(w))) return placesByRegExp(text, words, wholeWords);
  const places: Place[] = [];
  const first = words[0];
  for (let at = text.indexOf(first); at !== -1; ) {
    const end = wholeWords && edgeBefore(text, at) ? -1 : phraseEnd(text, at, words);
    if (end !== -1 && !(wholeWords && edgeAt(text, end))) {
      places.push({ start: at, end });
      at = text.indexOf(first, end);
    } else {
      at = text.indexOf(first, at + 1);
    }
  }
  return places;
}

/** Where the phrase's words, from the first at `at`, end; -1 when they do not all follow. */
function phraseEnd(text: string, at: number, words: readonly string[]): number {
  let i = at + words[0].length;
  for (let k = 1; k < words.length; k++) {
    const from = i;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    // The word starts with no white space, so that it follows the whole run or nothing.
    if (i === from || !text.startsWith(words[k], i)) return -1;
    i += words[k].length;
  }
  return i;
}

function isSpace(c: number): boolean {
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(String.fromCharCode(c));
}

function isEdge(c: string): boolean {
  if (c === '') return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45;
  return WORD_EDGE.test(c);
}

function edgeBefore(text: string, at: number): boolean {
  return isEdge(codePointBefore(text, at));
}

function edgeAt(text: string, at: number): boolean {
  return isEdge(codePointAt(text, at));
}

function placesByRegExp(text: string, words: readonly string[], wholeWords: boolean): Place[] {
  const body = words.map(escapeRegExp).join('\\s+');
  const re = new RegExp(wholeWords ? `(?<![\\p{L}\\p{N}-])${body}(?![\\p{L}\\p{N}-])` : body, 'gu');
  const places: Place[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) places.push({ start: m.index, end: m.index + m[0].length });
  return places;
}
