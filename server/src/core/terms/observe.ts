import { InlineText } from '../inline/inlineText';
import type { SxsDocument } from '../model';
import { keeps, keepsIgnoringCase } from './matching';
import { forPhrases, isAcronym, nameRuns, type NameRun } from './names';
import { addHanJoins } from './hanJoins';
import { addLeadIns, markdownLinks, type LinkAt } from './leadIns';
import { plainText } from './plainText';
import { RecentMemo } from '../util/recentMemo';

/**
 * What one document tells of how its locale treats English names and words: for each name
 * and word of each segment's English, whether the translation kept it. Worked out where the
 * document is indexed (on any thread), then counted into the workspace's {@link TermStats}.
 */
export interface TermObservations {
  /** The distinct keys, each without its kind: a name, a run of names, a small word, a bold label (`label\u0001translation` for a label's translation). */
  readonly keys: readonly string[];
  /** Per key: its {@link KeyKind}. */
  readonly kinds: Uint8Array;
  /** Per key, three counts indexed by {@link Outcome}: the segments that lost it, kept it, kept it with other capitals. */
  readonly counts: Int32Array;
  /** Words of the translations (in small letters) that their English does not hold: the locale's own words. */
  readonly native: readonly string[];
  /** The segments observed. */
  readonly segments: number;
}

/**
 * The kinds of keys. A key is spelled, where it is asked for ({@link TermStats.count}), with its
 * kind's letter of {@link KEY_PREFIXES} and a colon: `p:` a run of names, `r:` a name inside
 * such a run, `s:` a name alone, `w:` a small English word, `B:` a bold label, `b:` a bold
 * label with its translation, `n:` a run of names with the words in small letters the English
 * writes right after it ("Outlook mobile", "Exchange connector").
 */
export const KeyKind = { Phrase: 0, InRun: 1, Single: 2, Word: 3, Label: 4, LabelTranslation: 5, NameWords: 6 } as const;
export type KeyKind = (typeof KeyKind)[keyof typeof KeyKind];
export const KEY_PREFIXES = 'prswBbn';

/** What became of a name or word of the English in its translation: lost, kept as written, or kept with other capitals. */
export const Outcome = { Lost: 0, Kept: 1, CaseChanged: 2 } as const;
export type Outcome = (typeof Outcome)[keyof typeof Outcome];

/**
 * The lower-case small words of a plain text (whole tokens only), without repeats. Small words:
 * ASCII letters and apostrophes, as a whole token (not part of `a.b`, `a-b`, `a_b`, a path),
 * a token being what `/[A-Za-z0-9][\w.'’/\\-]*\/g` finds, without its closing `.`, `'` or `’`.
 * Read character by character: this runs on both sides of every segment of the workspace.
 */
export function smallWords(text: string): Set<string> {
  const out = new Set<string>();
  eachSmallWordAt(text, (start, end) => out.add(text.slice(start, end).toLowerCase()));
  return out;
}

/** Calls `each` with where each small word of a plain text ({@link smallWords}) starts and ends, in order, repeats included. */
function eachSmallWordAt(text: string, each: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isAsciiAlphanumeric(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isTokenPart(text.charCodeAt(j))) j++;
    let end = j;
    while (isClosing(text.charCodeAt(end - 1))) end--;
    if (isAsciiLetter(c) && isSmallTail(text, i + 1, end)) each(i, end);
    i = j;
  }
}

/**
 * The small words of an English ({@link smallWords}), to look for in its translations: in their
 * order, and grouped by their first letter, so that each small word of a translation is compared
 * with the few that start as it does.
 */
interface SmallWordIndex {
  readonly words: readonly string[];
  /** The indexes of {@link words}, those starting with "a" first, then "b", and so on to "z". */
  readonly byInitial: Int32Array;
  /** Where the indexes of each first letter start in {@link byInitial}: 27 places, for "a" to "z" and the end. */
  readonly starts: Int32Array;
}

/** The index of an English's small words. */
function smallWordIndex(words: ReadonlySet<string>): SmallWordIndex {
  const list = [...words];
  const starts = new Int32Array(27);
  // A small word starts with an ASCII letter, in small letters (0x61 "a" to 0x7a "z").
  for (const w of list) starts[w.charCodeAt(0) - 0x61 + 1]++;
  for (let k = 1; k < 27; k++) starts[k] += starts[k - 1];
  const byInitial = new Int32Array(list.length);
  const next = starts.slice(0, 26);
  list.forEach((w, i) => (byInitial[next[w.charCodeAt(0) - 0x61]++] = i));
  return { words: list, byInitial, starts };
}

/**
 * Marks in `held` (at the same place as in `index.words`) the small words of an English that a
 * plain text holds: whether `smallWords(text)` has each, without making the text's words. A small
 * word's letters after its first are small already: only the first is lowered to compare.
 */
function markSmallWordsHeld(text: string, index: SmallWordIndex, held: Uint8Array): void {
  held.fill(0, 0, index.words.length);
  const { words, byInitial, starts } = index;
  eachSmallWordAt(text, (start, end) => {
    const initial = (text.charCodeAt(start) | 0x20) - 0x61;
    for (let p = starts[initial]; p < starts[initial + 1]; p++) {
      const k = byInitial[p];
      if (held[k] === 0 && words[k].length === end - start && holdsRest(text, start, words[k])) held[k] = 1;
    }
  });
}

/** True when the text from `at` holds `word` after its first character (a word as long as the text's word there). */
function holdsRest(text: string, at: number, word: string): boolean {
  for (let k = 1; k < word.length; k++) if (text.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return true;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isAsciiAlphanumeric(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
}

/** `[\w.'’/\\-]` */
function isTokenPart(c: number): boolean {
  return isAsciiAlphanumeric(c) || c === 0x5f || c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x2f || c === 0x5c || c === 0x2d;
}

/** `[.'’]` */
function isClosing(c: number): boolean {
  return c === 0x2e || c === 0x27 || c === 0x2019;
}

/** `[a-z'’]*` from `start` to `end`. */
function isSmallTail(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (!((c >= 0x61 && c <= 0x7a) || c === 0x27 || c === 0x2019)) return false;
  }
  return true;
}

/** Contractions whose spelled-out form is one word that machine translation leaves behind ("can't" → "cannot"). */
const EXPANSIONS: readonly (readonly [short: string, long: string])[] = [
  ["can't", 'cannot'],
  ['can’t', 'cannot'],
];

/** Small words with what their contractions spell out: "cannot" left for "can't" is English left, not a word of the locale. */
export function withExpansions(words: Set<string>): Set<string> {
  for (const [short, long] of EXPANSIONS) if (words.has(short)) words.add(long);
  return words;
}

/** White space that is not one space between words: what `\s+` → `' '` changes. */
const OTHER_SPACING = /[^\S ]|\s\s/;
/** What a label's key leaves out at its start and at its end. */
const LABEL_EDGES = /^[\s"'“”„«»「『【\[(]+|[\s"'“”„«»」』】\])：:.,;!?。、]+$/g;
/** A first or last character that {@link LABEL_EDGES} takes off: without one, it takes off nothing. */
const LABEL_START = /^[\s"'“”„«»「『【\[(]/;
const LABEL_END = /[\s"'“”„«»」』】\])：:.,;!?。、]$/;

/** A bold label as compared: trimmed, without closing punctuation or quotes, one space between words, in small letters. */
export function labelKey(text: string): string {
  // Each step only where it changes something: most labels are words with one space between, and no quote or stop at
  // either end, and a look costs less than a replacement (the rules ask for the key of every English bold).
  const spaced = OTHER_SPACING.test(text) ? text.replace(/\s+/g, ' ') : text;
  const trimmed = LABEL_START.test(spaced) || LABEL_END.test(spaced) ? spaced.replace(LABEL_EDGES, '') : spaced;
  return trimmed.toLowerCase();
}

/**
 * The bold labels of a segment paired with the translation's, in order, when both sides have
 * as many (and at most a few): how this locale translates "**Settings**", learned over the
 * workspace where most segments pair them rightly.
 */
export function boldPairs(en: InlineText, tr: InlineText): [string, string][] {
  return pairLabels(boldLabels(en), tr);
}

/** The labels of a side's bold spans ({@link labelKey}, in order), or undefined when it has no emphasis marker at all. */
function boldLabels(side: InlineText): readonly string[] | undefined {
  if (!(side.has('*') || side.has('_'))) return undefined;
  return side.emphasis.spans.filter((x) => x.strong).map((x) => labelKey(side.slice({ start: x.contentStart, end: x.contentEnd })));
}

function pairLabels(enLabels: readonly string[] | undefined, tr: InlineText): [string, string][] {
  if (!enLabels || !(tr.has('*') || tr.has('_'))) return [];
  const trBold = tr.emphasis.spans.filter((x) => x.strong);
  if (enLabels.length === 0 || enLabels.length !== trBold.length || enLabels.length > 6) return [];
  const pairs: [string, string][] = [];
  enLabels.forEach((label, i) => {
    const translated = labelKey(tr.slice({ start: trBold[i].contentStart, end: trBold[i].contentEnd }));
    if (label && translated && label.length <= 80 && translated.length <= 80) pairs.push([label, translated]);
  });
  return pairs;
}

/** Observes one segment's two sides (their plain texts). */
export function observeSegment(en: string, tr: string, out: ObservationSink): void {
  const runs = nameRuns(en);
  const words = smallWords(en);
  observeRead({ plain: en, runs, wordIndex: smallWordIndex(words), names: namesNoted(runs, en), notNative: notNative(words, runs) }, tr, out);
}

/** Where observations go. */
interface ObservationSink {
  key(kind: KeyKind, text: string, o: Outcome): void;
  native(w: string): void;
}

/** What observing reads of a segment's English alone: its plain text, its runs of names and its small words. */
interface EnglishReading {
  readonly plain: string;
  readonly runs: readonly NameRun[];
  /** Its small words, to look for in a translation. */
  readonly wordIndex: SmallWordIndex;
  /** The names and runs of names to look for in a translation, in order ({@link namesNoted}). */
  readonly names: readonly NameNote[];
  /** The words of a translation that are the English's, not the locale's own ({@link notNative}). */
  readonly notNative: ReadonlySet<string>;
}

/** A name of an English to look for in its translation, with the kind of key it counts under. */
interface NameNote {
  readonly kind: KeyKind;
  readonly name: string;
}

/**
 * The names of an English's runs as each translation is observed for them, in order: a run of one
 * name as a name alone; a longer run as a phrase, then each of its names with an ASCII letter as
 * a name inside a run; two runs joined by "for" as a phrase too. Each once per kind (a name alone
 * and inside a run are two observations). The same for every translation of the English: worked out once, with its reading.
 */
function namesNoted(runs: readonly NameRun[], plain: string): NameNote[] {
  const notes: NameNote[] = [];
  const seen: (Set<string> | undefined)[] = [];
  const note = (kind: KeyKind, name: string) => {
    const set = (seen[kind] ??= new Set());
    if (set.has(name)) return;
    set.add(name);
    notes.push({ kind, name });
  };
  for (const run of runs) {
    if (run.words.length === 1) {
      note(KeyKind.Single, run.text);
      continue;
    }
    note(KeyKind.Phrase, run.text);
    for (const w of run.words) if (/[A-Za-z]/.test(w.text)) note(KeyKind.InRun, w.text);
  }
  // Names of two runs joined by "for" ("OneDrive for Business"), as phrases: read only where the text has the word.
  if (runs.length > 1 && plain.includes(' for ')) for (const phrase of forPhrases(runs, plain)) note(KeyKind.Phrase, phrase.text);
  for (const run of runs) for (const phrase of nameWithWords(plain, run)) note(KeyKind.NameWords, phrase);
  return notes;
}

/** One or two words in small letters right after a run of names, each a whole word. */
const WORDS_AFTER_NAME = /^ ([a-z]{2,})(?![\w'’-])(?: ([a-z]{2,})(?![\w'’-]))?/;
/** Words of sentences that join a name to what follows it, not words that name a thing with it ("Outlook and", "Teams for"). */
const NOT_NAME_WORDS = new Set('the a an to of for and or nor but in on at by with from as is are was were be been can will would should may might must not no your you our my this that these those it its if when than then so up out into about how what which who does do did has have had'.split(' '));

/**
 * A run of names with the one or two words in small letters that the English writes right after
 * it ("Outlook mobile", "Exchange connector", "Open license agreement"): what a locale that
 * keeps such a pair whole keeps as a name, where another translates the word as any other.
 * Not where the first word joins the name to the sentence ("Outlook and", "Teams is").
 */
export function nameWithWords(plain: string, run: NameRun): string[] {
  if (plain.charCodeAt(run.end) !== 32) return [];
  const m = WORDS_AFTER_NAME.exec(plain.slice(run.end, run.end + 40));
  if (!m || NOT_NAME_WORDS.has(m[1])) return [];
  const one = `${run.text} ${m[1]}`;
  return m[2] && !NOT_NAME_WORDS.has(m[2]) ? [one, `${one} ${m[2]}`] : [one];
}

/**
 * The words that, in a translation of an English, are not the locale's own: the English's small
 * words, what their contractions spell out ({@link withExpansions}), and its acronyms in small
 * letters ({@link acronymsOf}). One set, asked once for each word of each translation.
 */
function notNative(words: ReadonlySet<string>, runs: readonly NameRun[]): ReadonlySet<string> {
  const out = withExpansions(new Set(words));
  const acronyms = acronymsOf(runs);
  if (acronyms) for (const a of acronyms) out.add(a);
  return out;
}

/**
 * The acronyms of an English's runs of names in small letters: in its translation, such a word is
 * the acronym lowered ("po" for "PO"), not a word of the locale.
 */
function acronymsOf(runs: readonly NameRun[]): ReadonlySet<string> | undefined {
  let out: Set<string> | undefined;
  for (const run of runs) {
    for (const w of run.words) {
      if (!isAcronym(w.text)) continue;
      (out ??= new Set()).add(w.text.toLowerCase());
      // A plural's singular too ("gif" for "GIFs"): a locale without the English plural's s writes that.
      if (w.text.endsWith('s')) out.add(w.text.slice(0, -1).toLowerCase());
    }
  }
  return out;
}

/** {@link EnglishReading} with the bold labels of the English as written ({@link boldLabels}). */
interface EnglishSegmentReading extends EnglishReading {
  readonly bold: readonly string[] | undefined;
  /** Its Markdown links, for the lead-ins before them. */
  readonly links: readonly LinkAt[];
}

/** Observes a segment from its English as read already, and its translation's plain text. */
function observeRead(en: EnglishReading, tr: string, out: ObservationSink): void {
  for (const { kind, name } of en.names) out.key(kind, name, keeps(tr, name) ? Outcome.Kept : keepsIgnoringCase(tr, name) ? Outcome.CaseChanged : Outcome.Lost);
  const words = en.wordIndex.words;
  if (words.length > 0) {
    if (heldScratch.length < words.length) heldScratch = new Uint8Array(words.length * 2);
    markSmallWordsHeld(tr, en.wordIndex, heldScratch);
    for (let k = 0; k < words.length; k++) out.key(KeyKind.Word, words[k], heldScratch[k] ? Outcome.Kept : Outcome.Lost);
  }
  // Word by word, without a set of the segment's own: the sink keeps each word once per document.
  eachLocalWord(tr, (w) => {
    if (!en.notNative.has(w)) out.native(w);
  });
  // Where the words of a locale without spaces join: its Han trigrams and run ends.
  addHanJoins(tr, (key) => out.native(key));
}

/** Which of an English's small words its translation holds ({@link markSmallWordsHeld}): room for a segment's, used again by the next. */
let heldScratch = new Uint8Array(64);

/**
 * The readings of the English texts observed lately. The same English recurs in many documents
 * and in every locale (a sixth of the corpus's segment English is distinct): its plain text,
 * runs of names, small words, bold labels and links are read once, not once per translation.
 * The versions of a document are indexed together, so most recurrences come within a few
 * documents: a small memo catches them, and keeps the server's heap small (a few MB).
 */
const englishMemo = new RecentMemo(5_000, readEnglishAfresh);

function readEnglish(english: string): EnglishSegmentReading {
  return englishMemo.get(english);
}

function readEnglishAfresh(english: string): EnglishSegmentReading {
  const side = new InlineText(english, 0);
  const plain = plainText(side);
  const runs = nameRuns(plain);
  const words = smallWords(plain);
  return { plain, runs, wordIndex: smallWordIndex(words), names: namesNoted(runs, plain), notNative: notNative(words, runs), bold: boldLabels(side), links: markdownLinks(side) };
}

/** The words of a translation in any script, in small letters, without repeats ("l'opzione" is "l'opzione"). */
export function localWords(text: string): Set<string> {
  const out = new Set<string>();
  eachLocalWord(text, (w) => out.add(w));
  return out;
}

/** Each word of a translation ({@link localWords}), in order, repeats included. */
function eachLocalWord(text: string, each: (word: string) => void): void {
  // Lowered at once, not word by word: every character but two lowers alone, to one character
  // of the same class (a letter to a letter, a mark to a mark), so the words found and their
  // small letters are the same. "İ" lowers to two characters, and "Σ" to "ς" or "σ" after what
  // follows it: a text with either is lowered word by word.
  const byWord = CONTEXTUAL_LOWERING.test(text);
  const source = byWord ? text : text.toLowerCase();
  const n = source.length;
  // Read character by character rather than with an expression: this runs on every translation of the workspace.
  for (let i = 0; i < n; ) {
    const c = source.codePointAt(i)!;
    if (charClass(c) !== CharClass.Letter) {
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    const end = localWordEnd(source, i);
    const word = source.slice(i, end);
    each(byWord ? word.toLowerCase() : word);
    i = end;
  }
}

/**
 * Where the word that starts with the letter at `start` ends: a word, with what an apostrophe
 * joins to it ("l'opzione"), or a short word with the apostrophe that elides it ("po'", which is
 * not "po"). That is, where `/\p{L}{1,3}['’](?!\p{L})|\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)?/u` matching at
 * `start` ends: one to three letters and an apostrophe that no letter follows, else a letter and
 * the letters and marks after it, with an apostrophe and the letters after that when a letter
 * follows the apostrophe.
 */
function localWordEnd(text: string, start: number): number {
  const n = text.length;
  let letters = 0;
  let i = start;
  while (i < n && letters < 4) {
    const c = text.codePointAt(i)!;
    if (charClass(c) !== CharClass.Letter) break;
    letters++;
    i += c > 0xffff ? 2 : 1;
  }
  if (letters <= 3 && isApostrophe(text.charCodeAt(i)) && !letterAt(text, i + 1)) return i + 1;
  i = start;
  while (i < n) {
    const c = text.codePointAt(i)!;
    if (charClass(c) === CharClass.Other) break;
    i += c > 0xffff ? 2 : 1;
  }
  if (!isApostrophe(text.charCodeAt(i)) || !letterAt(text, i + 1)) return i;
  i++;
  while (i < n) {
    const c = text.codePointAt(i)!;
    if (charClass(c) !== CharClass.Letter) break;
    i += c > 0xffff ? 2 : 1;
  }
  return i;
}

/** `['’]` */
function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

/** True when a letter (`\p{L}`) starts at `i`. */
function letterAt(text: string, i: number): boolean {
  return i < text.length && charClass(text.codePointAt(i)!) === CharClass.Letter;
}

/** What a character is to {@link localWordEnd}: a letter (`\p{L}`), a mark (`\p{M}`) or neither. */
const CharClass = { Letter: 1, Mark: 2, Other: 3 } as const;
type CharClass = (typeof CharClass)[keyof typeof CharClass];

/** The {@link CharClass} of each character of the Basic Multilingual Plane met so far (0: not yet asked). */
const bmpClasses = new Uint8Array(0x10000);

/** The {@link CharClass} of a code point (a lone surrogate is neither letter nor mark). */
function charClass(c: number): CharClass {
  if (c > 0xffff) return classify(c);
  let known = bmpClasses[c];
  if (known === 0) known = bmpClasses[c] = classify(c);
  return known as CharClass;
}

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;

function classify(c: number): CharClass {
  const char = String.fromCodePoint(c);
  return LETTER.test(char) ? CharClass.Letter : MARK.test(char) ? CharClass.Mark : CharClass.Other;
}

/** The characters whose small letters are not those of the character alone: "İ" (two characters) and "Σ" (after its place in the word). */
const CONTEXTUAL_LOWERING = /[\u0130\u03a3]/;

/** Observes every segment of a translated document. */
export function observeDocument(model: SxsDocument): TermObservations {
  const pairs: { english: string; translation: string }[] = [];
  for (const s of model.segments) if (s.source) pairs.push({ english: s.source.text, translation: s.translation.text });
  return observePairs(pairs);
}

/**
 * Observes the segments of a translated document from their two sides' texts (the pairs the
 * index keeps for the translation memory, in the document's order): what
 * {@link observeDocument} gives, without the document.
 */
export function observePairs(pairs: readonly { readonly english: string; readonly translation: string }[]): TermObservations {
  // Counted per distinct key here, so that the workspace's statistics look each key up once per document.
  const slots = KEY_PREFIXES.split('').map(() => new Map<string, number>());
  const keys: string[] = [];
  const kinds: number[] = [];
  let counts = new Int32Array(3 * 64);
  const native = new Set<string>();
  let segments = 0;
  const sink = {
    key: (kind: KeyKind, k: string, o: Outcome) => {
      let slot = slots[kind].get(k);
      if (slot === undefined) {
        slot = keys.length;
        slots[kind].set(k, slot);
        keys.push(k);
        kinds.push(kind);
        if (3 * slot + 3 > counts.length) {
          const bigger = new Int32Array(counts.length * 2);
          bigger.set(counts);
          counts = bigger;
        }
      }
      counts[3 * slot + o]++;
    },
    native: (w: string) => native.add(w),
  };
  for (const { english, translation } of pairs) {
    if (!english.trim() || !translation.trim()) continue;
    const en = readEnglish(english);
    const trText = new InlineText(translation, 0);
    observeRead(en, plainText(trText), sink);
    for (const [label, translated] of pairLabels(en.bold, trText)) {
      sink.key(KeyKind.Label, label, Outcome.Kept);
      sink.key(KeyKind.LabelTranslation, `${label}\u0001${translated}`, Outcome.Kept);
    }
    // How the locale renders the English's "see" before a link.
    if (en.links.length > 0) addLeadIns(english, en.links, translation, markdownLinks(trText), sink.native);
    segments++;
  }
  return { keys, kinds: Uint8Array.from(kinds), counts: counts.slice(0, 3 * keys.length), native: [...native], segments };
}
