import { findWords } from '../../inline/words';
import type { InlineText } from '../../inline/inlineText';
import type { Word } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { languageOf } from './compare';
import { isEnglishFunctionWord } from './spanBounds';

/** A phrase said twice in the translation where the English says it once. */
export interface RepeatedPhrase {
  readonly start: number;
  readonly end: number;
  /** The phrase as written, for the message. */
  readonly phrase: string;
}

/**
 * Machine translation's two ways of saying a thing twice that a word-by-word look misses:
 * a phrase of two to four words on both sides of a connecting word ("la risoluzione dei
 * problemi e la risoluzione dei problemi", for "troubleshoot and resolve"), and a noun on
 * both sides of a name kept from the English ("un grup Microsoft 365 grup", for "a
 * Microsoft 365 Group", where the English has a noun right after the name). Not where the
 * repeated words are the locale's common ones ("pentru Inbox pentru", "ja valitse se ja
 * valitse"), nor where the English itself uses a content word twice
 * ("the public folder or public folder mailbox"): the translation's two are then likely its
 * own. Connecting words are learned from the workspace.
 */
export function repeatedPhrase(s: SegmentCheck, englishTwice: () => boolean): RepeatedPhrase | undefined {
  if (!s.tr.derived(wordAgainSoonIn)) return undefined;
  const words = s.tr.words;
  const text = s.tr.text;
  const base = s.tr.base;
  const spaceOnly = (a: Word, b: Word) => /^ +$/.test(text.slice(a.end - base, b.start - base));
  // A content word: not a connecting word, nor a word the locale writes everywhere ("pentru", "valitse"), which it says twice by itself.
  const content = (w: Word) => w.text.length >= 4 && /^\p{L}/u.test(w.text) && !s.learned.functionWord(w.text, s.locale) && !s.learned.commonWord(w.text, s.locale);
  // The English's words, read when a noun is said again close to itself.
  let english: ReadonlySet<string> | undefined;
  let enWords: readonly string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    // A phrase, a connecting word, the same phrase.
    for (let n = 2; n <= 4 && i + 2 * n < words.length; n++) {
      // The phrase's first word said again after the connecting word: what is looked at first, as it rarely is.
      if (!sameLowered(words[i].text, words[i + n + 1].text)) continue;
      const first = words.slice(i, i + n);
      const link = words[i + n];
      const second = words.slice(i + n + 1, i + 2 * n + 1);
      // A name said twice ("Azure Active Directory e Active Directory locale") follows the English's own two names.
      if (!first.some((w) => content(w) && /^\p{Ll}/u.test(w.text)) || !s.learned.functionWord(link.text, s.locale)) continue;
      if (!first.every((w, k) => w.text.toLowerCase() === second[k].text.toLowerCase())) continue;
      const all = [...first, link, ...second];
      if (!all.every((w, k) => k === 0 || spaceOnly(all[k - 1], w)) || englishTwice()) continue;
      return { start: second[0].start, end: second[n - 1].end, phrase: text.slice(first[0].start - base, first[n - 1].end - base).replace(/ +/g, ' ') };
    }
    // A noun, a name of the English, the same noun.
    const noun = words[i];
    if (!saidAgainSoon(words, i)) continue;
    if (!content(noun) || !/^\p{Ll}/u.test(noun.text)) continue;
    enWords ??= s.en.words.map((w) => w.text);
    english ??= new Set(enWords);
    for (let k = 1; k <= 4 && i + k + 1 < words.length; k++) {
      const name = words.slice(i + 1, i + k + 1);
      if (!name.every((w) => /^[\p{Lu}\p{N}]/u.test(w.text) && english!.has(w.text))) break;
      const again = words[i + k + 1];
      if (again.text !== noun.text) continue;
      const all = [noun, ...name, again];
      if (!all.every((w, j) => j === 0 || spaceOnly(all[j - 1], w)) || englishTwice()) break;
      // The English has a noun right after the name ("Microsoft 365 Group", "Wi-Fi password"), which the translation put on both sides;
      // not a word the language says on both sides as the English does ("for Office 365 for business", "via JavaScript by").
      if (!nounAfterName(enWords, name.map((w) => w.text))) break;
      return { start: again.start, end: again.end, phrase: noun.text };
    }
  }
  return undefined;
}

/** The English has the name followed by a word that is no function word. */
function nounAfterName(english: readonly string[], name: readonly string[]): boolean {
  for (let p = english.indexOf(name[0]); p !== -1; p = english.indexOf(name[0], p + 1)) {
    if (!name.every((w, k) => english[p + k] === w)) continue;
    const after = english[p + name.length];
    if (after && /^\p{L}/u.test(after) && !isEnglishFunctionWord(after)) return true;
  }
  return false;
}

/** The word at `i` again, as written, two to five words after it: where the noun of a name said twice would be. */
function saidAgainSoon(words: readonly Word[], i: number): boolean {
  const text = words[i].text;
  for (let k = 2; k <= 5 && i + k < words.length; k++) if (words[i + k].text === text) return true;
  return false;
}

/**
 * `a.toLowerCase() === b.toLowerCase()`, read in place while both are Latin-1: lowering maps a
 * Latin-1 character to one Latin-1 character whatever is around it ({@link lowerLatin1}), and
 * only a character past it can lower to another length (`İ`) or depend on its neighbours (`Σ`).
 */
export function sameLowered(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) {
    const x = a.charCodeAt(k);
    const y = b.charCodeAt(k);
    if (x >= 256 || y >= 256) return a.toLowerCase() === b.toLowerCase();
    if (x !== y && lowerLatin1(x) !== lowerLatin1(y)) return false;
  }
  return a.length === b.length || a.toLowerCase() === b.toLowerCase();
}

/** What `toLowerCase` makes of a Latin-1 character (below U+0100): A–Z and À–Þ but × are lowered by 32, the rest stay. */
function lowerLatin1(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}

/**
 * {@link wordAgainSoon} of a side's prose, worked out once per segment whichever look asks first:
 * read on the side's words, which the rule reads anyway (a pair said on both sides of "and"),
 * rather than on the prose again.
 */
const wordAgainSoonIn = (side: InlineText): boolean => wordAgainSoonAmong(side.prose, side.words, side.base);

/**
 * A cheap first look, before the words are collected: some word of four letters or more
 * stands again, but for case, two to five words after itself. Both of {@link repeatedPhrase}'s
 * ways need one (the phrase's content word, at three to five words; the noun, at two to
 * five). Words are read as {@link InlineText.words} reads them, from the prose.
 */
export function wordAgainSoon(prose: string): boolean {
  return wordAgainSoonAmong(prose, findWords(prose, 0), 0);
}

/** {@link wordAgainSoon} on the words of `prose` (offsets plus `base`). */
function wordAgainSoonAmong(prose: string, words: readonly Word[], base: number): boolean {
  for (let j = 2; j < words.length; j++) {
    const b = words[j].start - base;
    const bEnd = words[j].end - base;
    for (let k = 2; k <= 5 && k <= j; k++) {
      const w = words[j - k];
      if (w.end - w.start >= 4 && sameLoweredAt(prose, w.start - base, w.end - base, b, bEnd)) return true;
    }
  }
  return false;
}

/** `prose.slice(a, aEnd).toLowerCase() === prose.slice(b, bEnd).toLowerCase()`, read in place while both are Latin-1 (as {@link sameLowered}). */
export function sameLoweredAt(prose: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  const n = aEnd - a;
  const m = bEnd - b;
  for (let k = 0; k < n && k < m; k++) {
    const x = prose.charCodeAt(a + k);
    const y = prose.charCodeAt(b + k);
    if (x >= 256 || y >= 256) return prose.slice(a, aEnd).toLowerCase() === prose.slice(b, bEnd).toLowerCase();
    if (x !== y && lowerLatin1(x) !== lowerLatin1(y)) return false;
  }
  // All Latin-1 so far: a longer word has more characters past the shorter one's end, unless those lower to nothing (none does).
  if (n === m) return true;
  return prose.slice(a, aEnd).toLowerCase() === prose.slice(b, bEnd).toLowerCase();
}

/**
 * Phrases a language rightly says twice in a row, by language: Italian "a mano a mano" (little by
 * little).
 */
const PHRASE_TWICE_IN: Readonly<Record<string, ReadonlySet<string>>> = {
  it: new Set(['a mano']),
};

/**
 * A phrase of two or three words said twice in a row, with only a space between ("browserul de
 * sistem de sistem", "combinano le migliori combinano le migliori"), or as two items of a list
 * that goes on after the second ("se blochează, se blochează sau", for "hangs, freezes or"):
 * machine translation writing a phrase twice, or two English words rendered by one phrase. Not
 * where the English says a phrase twice itself ("Microsoft Defender for Microsoft Defender for"),
 * nor one of function words or names alone ("mit SharePoint mit SharePoint Designer"), nor Romanian's "de la X la X" (from X to X), nor a phrase the language doubles.
 * `listContinues` says whether a list goes on after the second copy.
 */
export function phraseTwice(s: SegmentCheck, listContinues: (end: number, next: Word | undefined) => boolean): RepeatedPhrase | undefined {
  const language = languageOf(s.locale);
  if (language === 'zh' || language === 'ja') return undefined;
  // Its content word of four letters or more stands again two or three words on: the cheap first look says whether any does.
  if (!s.tr.derived(wordAgainSoonIn)) return undefined;
  const words = s.tr.words;
  const text = s.tr.text;
  const base = s.tr.base;
  const gap = (a: Word, b: Word) => text.slice(a.end - base, b.start - base);
  for (let i = 0; i + 4 <= words.length; i++) {
    for (let n = 3; n >= 2; n--) {
      if (i + 2 * n > words.length || !sameLowered(words[i].text, words[i + n].text)) continue;
      const first = words.slice(i, i + n);
      const second = words.slice(i + n, i + 2 * n);
      // Written alike: a capital on the second is a name or label after the words it names ("palvelun kunto Palvelun kunto -näkymä").
      if (!first.every((w, k) => w.text === second[k].text && !/\p{N}/u.test(w.text))) continue;
      // A phrase of short or function words alone is grammar ("die für die für … erstellten Rechnungen"), and one of names follows the English's names.
      if (!first.some((w) => w.text.length >= 4 && /^\p{Ll}/u.test(w.text) && !s.learned.functionWord(w.text, s.locale))) continue;
      if (!first.every((w, k) => k === 0 || (/^ +$/.test(gap(first[k - 1], w)) && /^ +$/.test(gap(second[k - 1], second[k]))))) continue;
      const between = gap(first[n - 1], second[0]);
      const listed = /^, +$/.test(between) && s.en.text.indexOf(',') !== -1 && listContinues(second[n - 1].end, words[i + 2 * n]);
      if (!listed && !/^ +$/.test(between)) continue;
      const phrase = first.map((w) => w.text.toLowerCase()).join(' ');
      if (PHRASE_TWICE_IN[language]?.has(phrase)) continue;
      if (language === 'ro' && first[0].text.toLowerCase() === 'la' && i > 0 && words[i - 1].text.toLowerCase() === 'de') continue;
      if (englishSaysTwice(s.en.words, n)) return undefined;
      return { start: second[0].start, end: second[n - 1].end, phrase: text.slice(first[0].start - base, first[n - 1].end - base) };
    }
  }
  return undefined;
}

/** The English says some phrase of `n` words twice in a row, but for case. */
function englishSaysTwice(words: readonly Word[], n: number): boolean {
  for (let j = 0; j + 2 * n <= words.length; j++) {
    let same = true;
    for (let k = 0; k < n && same; k++) same = sameLowered(words[j + k].text, words[j + n + k].text);
    if (same) return true;
  }
  return false;
}
