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
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');
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
