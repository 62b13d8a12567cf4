/**
 * Where a name or word stands in a plain text: kept as written (an inflection may follow it:
 * "Outlookissa", "Teams-Besprechung"), or written with other capitals ("intune", "AZURE").
 */

const ASCII_ALNUM = /[A-Za-z0-9]/;

function boundaryBefore(text: string, i: number): boolean {
  return i === 0 || !ASCII_ALNUM.test(text[i - 1]);
}

/** Where the spaces of a name may be spaces or hyphens in the translation ("Microsoft-Defender-Plan"). */
function spacesLoose(text: string): string {
  return text.indexOf('-') === -1 ? text : text.replace(/-/g, ' ');
}

function collapse(text: string): string {
  return /\s\s/.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** The last text with its spaces loosened, with what it was made from: a segment's text is asked about a name after another. */
let lastLoosenedFrom = '';
let lastLoosened = '';

/** The text with hyphens as spaces and each run of spaces as one. */
function loose(text: string): string {
  if (text !== lastLoosenedFrom) {
    lastLoosenedFrom = text;
    lastLoosened = collapse(spacesLoose(text));
  }
  return lastLoosened;
}

/**
 * True when `name` stands in `text` as written, starting a word (the end may run on into an
 * inflection). A name of several words matches across runs of spaces or hyphens.
 */
export function keeps(text: string, name: string): boolean {
  const haystack = name.indexOf(' ') === -1 ? text : loose(text);
  for (let i = haystack.indexOf(name); i !== -1; i = haystack.indexOf(name, i + 1)) {
    if (boundaryBefore(haystack, i)) return true;
  }
  return false;
}

export interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const cache = new Map<string, RegExp>();

/** A name of ASCII characters (and the typographic apostrophe, which has no capital). */
const ASCII_NAME = /^[\x20-\x7e’]*$/;

/** The last text lowered, with what it was lowered from: the rules ask about one segment's text many times over. */
let lastText = '';
let lastLowered = '';

/**
 * False when `name` cannot stand in `text` in any capitals: a word of it is not in the text
 * lowered. A name of ASCII characters, which only ASCII matches ignoring case, and lowering keeps ASCII
 * letters where they are, so this never rules out a match; it saves the search in most texts.
 */
function mayHoldIgnoringCase(text: string, name: string): boolean {
  if (!ASCII_NAME.test(name)) return true;
  if (text !== lastText) {
    lastText = text;
    lastLowered = text.toLowerCase();
  }
  const lowered = name.toLowerCase();
  if (lowered.indexOf(' ') === -1) return lastLowered.indexOf(lowered) !== -1;
  return lowered.split(' ').every((word) => lastLowered.indexOf(word) !== -1);
}

function pattern(name: string): RegExp {
  let re = cache.get(name);
  if (!re) {
    const body = name
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[\\s-]+');
    re = new RegExp(`(?<![A-Za-z0-9])${body}(?![A-Za-z0-9])`, 'gi');
    if (cache.size > 5000) cache.clear();
    cache.set(name, re);
  }
  re.lastIndex = 0;
  return re;
}

/**
 * The places where `name` stands as a whole word with other capitals ("intune" for
 * "Intune"); a whole word, so that an inflected common word ("accesso") is not taken for
 * the name "Access" in lower case.
 */
export function caseChanged(text: string, name: string): Occurrence[] {
  const found: Occurrence[] = [];
  if (!mayHoldIgnoringCase(text, name)) return found;
  if (name.indexOf(' ') === -1 && lastText === text && lastLowered.length === text.length) return wordCaseChanged(text, name, found);
  const re = pattern(name);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].replace(/[\s-]+/g, ' ') !== name) found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return found;
}

/**
 * {@link caseChanged} for a name of one word, found in the text lowered (which
 * {@link mayHoldIgnoringCase} has just made, of the same length, so that its offsets are the
 * text's) in place of the regular expression: the same places, in the same order.
 */
function wordCaseChanged(text: string, name: string, found: Occurrence[]): Occurrence[] {
  const lowered = name.toLowerCase();
  const n = lowered.length;
  for (let i = lastLowered.indexOf(lowered); i !== -1; ) {
    if (boundaryBefore(text, i) && !ASCII_ALNUM.test(text[i + n] ?? ' ') && sameIgnoringAsciiCase(text, i, lowered)) {
      const written = text.slice(i, i + n);
      // As the regular expression's answer has it: a hyphen reads as a space, so a name with one always counts as rewritten.
      if (written !== name || name.indexOf('-') !== -1) found.push({ start: i, end: i + n, text: written });
      i = lastLowered.indexOf(lowered, i + n);
    } else i = lastLowered.indexOf(lowered, i + 1);
  }
  return found;
}

/** The text at `at` is `lowered` in ASCII letters of any case (not a character that only lowers to one, as the Kelvin sign does to `k`). */
function sameIgnoringAsciiCase(text: string, at: number, lowered: string): boolean {
  for (let k = 0; k < lowered.length; k++) {
    const c = text.charCodeAt(at + k);
    const l = lowered.charCodeAt(k);
    if (c !== l && !(c >= 65 && c <= 90 && c + 32 === l)) return false;
  }
  return true;
}

/** True when `name` stands in `text` in any capitals, as a whole word. */
export function keepsIgnoringCase(text: string, name: string): boolean {
  if (!mayHoldIgnoringCase(text, name)) return false;
  const re = pattern(name);
  return re.test(text);
}
