import { isAsciiAlnum } from '../inline/chars';
import { escapeRegExp } from '../text/escapeRegExp';

/**
 * Where a name or word stands in a plain text: kept as written (an inflection may follow it:
 * "Outlookissa", "Teams-Besprechung"), or written with other capitals ("intune", "AZURE").
 */

function boundaryBefore(text: string, i: number): boolean {
  return i === 0 || !isAsciiAlnum(text.charCodeAt(i - 1));
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
  if (name.indexOf(' ') === -1) return startsWordIn(text, name);
  // The text is loosened only where it may hold the name otherwise than as written: most names of several words that a
  // translation keeps, it keeps with single spaces, and most that it does not keep lack one of their words in it.
  if (looseAsWritten(name)) {
    if (startsWordIn(text, name)) return true;
    if (!holdsEachWord(text, name)) return false;
  }
  return startsWordIn(loose(text), name);
}

/**
 * Each word of the name (split at its spaces) stands somewhere in the text. Loosening changes
 * only hyphens and spaces, to spaces, so where the loosened text holds a name whose words have
 * neither ({@link looseAsWritten}), the text itself has each word: where one is missing, neither holds the name.
 */
function holdsEachWord(text: string, name: string): boolean {
  for (let from = 0; from <= name.length; ) {
    const space = name.indexOf(' ', from);
    const end = space === -1 ? name.length : space;
    if (text.indexOf(name.slice(from, end)) === -1) return false;
    from = end + 1;
  }
  return true;
}

/** `name` stands in `haystack` at the start of a word. */
function startsWordIn(haystack: string, name: string): boolean {
  for (let i = haystack.indexOf(name); i !== -1; i = haystack.indexOf(name, i + 1)) {
    if (boundaryBefore(haystack, i)) return true;
  }
  return false;
}

/**
 * The name reads the same in a loosened text ({@link loose}) as in the text itself: no hyphen,
 * and words split by single spaces with no space at either end. Where the text holds it at a
 * word's start, the loosened text then holds it unchanged at a word's start too (what is
 * loosened around it, a hyphen or spaces, stays no letter or digit), so the text itself answers.
 */
function looseAsWritten(name: string): boolean {
  const last = name.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = name.charCodeAt(i);
    if (c === 45) return false;
    if (c === 32 ? i === 0 || i === last || name.charCodeAt(i + 1) === 32 : c < 128 ? c >= 9 && c <= 13 : SPACE.test(name[i])) return false;
  }
  return true;
}

const SPACE = /\s/;

export interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const cache = new Map<string, RegExp>();

/** A name of ASCII characters (and the typographic apostrophe, which has no capital). */
const ASCII_NAME = /^[\x20-\x7e’]*$/;

/**
 * A name as the search ignoring case reads it: its words in small letters, and whether they can
 * be found without the regular expression ({@link searchable}).
 */
interface LoweredName {
  /** False for a name not of ASCII characters: only the expression finds it. */
  readonly ascii: boolean;
  readonly words: readonly string[];
  readonly searchable: boolean;
}

/** Spaces and hyphens: what may stand between the words of a name. */
const SPACE_OR_HYPHEN = /[\s-]/;

const loweredNames = new Map<string, LoweredName>();

function loweredName(name: string): LoweredName {
  let l = loweredNames.get(name);
  if (!l) {
    const ascii = ASCII_NAME.test(name);
    const words = name.toLowerCase().split(' ');
    // Each word there (no double space), and each after the first starting with no space or hyphen, which the spaces between would take.
    const searchable = ascii && words.every((w, k) => w !== '' && (k === 0 || !SPACE_OR_HYPHEN.test(w[0])));
    l = { ascii, words, searchable };
    if (loweredNames.size > 5000) loweredNames.clear();
    loweredNames.set(name, l);
  }
  return l;
}

/** The last text lowered, with what it was lowered from: the rules ask about one segment's text many times over. */
let lastText = '';
let lastLowered = '';

/**
 * False when `name` cannot stand in `text` in any capitals: a word of it is not in the text
 * lowered. A name of ASCII characters, which only ASCII matches ignoring case, and lowering keeps ASCII
 * letters where they are, so this never rules out a match; it saves the search in most texts.
 */
function mayHoldIgnoringCase(text: string, name: LoweredName): boolean {
  if (!name.ascii) return true;
  if (text !== lastText) {
    lastText = text;
    lastLowered = text.toLowerCase();
  }
  const words = name.words;
  for (let k = 0; k < words.length; k++) if (lastLowered.indexOf(words[k]) === -1) return false;
  return true;
}

/**
 * Whether the places of the name in the text can be read from the text lowered, which
 * {@link mayHoldIgnoringCase} has just made: of the same length, so that its offsets are the text's.
 */
function readsLowered(text: string, name: LoweredName): boolean {
  return name.searchable && lastText === text && lastLowered.length === text.length;
}

function pattern(name: string): RegExp {
  let re = cache.get(name);
  if (!re) {
    const body = name
      .split(' ')
      .map(escapeRegExp)
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
  const l = loweredName(name);
  if (!mayHoldIgnoringCase(text, l)) return found;
  if (readsLowered(text, l)) {
    // As the regular expression's answer has it: spaces and hyphens between words read as one space, so a name with a hyphen always counts as rewritten.
    const hyphen = name.indexOf('-') !== -1;
    const first = l.words[0];
    for (let at = lastLowered.indexOf(first); at !== -1; ) {
      const end = nameEndAt(text, l.words, at);
      if (end === -1) {
        at = lastLowered.indexOf(first, at + 1);
        continue;
      }
      // Most places are the name as written (a name the translation keeps): told without taking their text out.
      if (hyphen || end - at !== name.length || !text.startsWith(name, at)) {
        const written = text.slice(at, end);
        if (written === name ? hyphen : written.replace(/[\s-]+/g, ' ') !== name) found.push({ start: at, end, text: written });
      }
      at = lastLowered.indexOf(first, end);
    }
    return found;
  }
  const re = pattern(name);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].replace(/[\s-]+/g, ' ') !== name) found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return found;
}

/**
 * Where the name's words (`words`, lowered) that start at `at` end, standing in `text` as a whole
 * word in any ASCII capitals, with spaces or hyphens between them; -1 where they do not. Tried at
 * each place of the first word in the text lowered ({@link readsLowered}), from left to right, and
 * from the end of each one found, it finds the places {@link pattern}'s expression matches.
 */
function nameEndAt(text: string, words: readonly string[], at: number): number {
  const first = words[0];
  if (!boundaryBefore(text, at) || !sameIgnoringAsciiCase(text, at, first)) return -1;
  let end = at + first.length;
  for (let k = 1; k < words.length; k++) {
    const gap = end;
    while (end < text.length && SPACE_OR_HYPHEN.test(text[end])) end++;
    if (end === gap || !sameIgnoringAsciiCase(text, end, words[k])) return -1;
    end += words[k].length;
  }
  return isAsciiAlnum(text.charCodeAt(end)) ? -1 : end;
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
  const l = loweredName(name);
  if (!mayHoldIgnoringCase(text, l)) return false;
  if (readsLowered(text, l)) {
    for (let at = lastLowered.indexOf(l.words[0]); at !== -1; at = lastLowered.indexOf(l.words[0], at + 1)) if (nameEndAt(text, l.words, at) !== -1) return true;
    return false;
  }
  const re = pattern(name);
  return re.test(text);
}
