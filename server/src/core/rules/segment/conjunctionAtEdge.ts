import type { InlineLink } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { languageOf } from './compare';

/**
 * "And" and "or" of each language (the locale's first part), as a whole word. Machine translation
 * cuts a linked title that joins two things at its conjunction: the link ends on it and the
 * second half follows outside ("[Tilauskäyttöoikeuksien ostaminen tai](url) poistaminen" for
 * "[Buy or remove licenses](url)"), or the link starts on it and the first half stands before
 * ("Todennus- [ja valtuutusvirhekoodit](url)" for "[Authentication and authorization error
 * codes](url)"). Read from the corpus's links (de, fi, it, ro, zh-TW); other languages (Korean's 및 and 또는 among them) from their grammars. Only "and" and "or": a
 * preposition at a link's edge is often the sentence's own. An "&" of the English title, which
 * every language keeps as it is ("Tietoturva- [& yhteensopivuuskeskukseen](url)"), counts too.
 */
const CONJUNCTIONS: Readonly<Record<string, RegExp>> = {
  de: /^(?:und|oder|sowie)$/iu,
  fi: /^(?:ja|tai|sekä)$/iu,
  it: /^(?:e|ed|o|oppure)$/iu,
  ro: /^(?:și|şi|sau)$/iu,
  // Languages the corpus does not have, from their grammars.
  fr: /^(?:et|ou)$/iu,
  es: /^(?:y|e|o|u)$/iu,
  pt: /^(?:e|ou)$/iu,
  nl: /^(?:en|of)$/iu,
  sv: /^(?:och|eller)$/iu,
  da: /^(?:og|eller)$/iu,
  nb: /^(?:og|eller)$/iu,
  pl: /^(?:i|oraz|lub|albo)$/iu,
  ru: /^(?:и|или)$/iu,
  ko: /^(?:및|또는)$/u,
};

/** How a language written without spaces joins two things: its "and" and "or" at a link text's end, at its start, right before the link, and anywhere in it. */
interface JoinedWithoutSpaces {
  readonly atEnd: RegExp;
  readonly atStart: RegExp;
  readonly halfBefore: RegExp;
  readonly inside: RegExp;
}

/**
 * Languages written without spaces, whose conjunction joins the words next to it directly.
 * Chinese "and" and "or" (or an "&" kept from the English), Traditional and Simplified; not
 * "與"/"与" at the start: it is also "with" ("與 Outlook 同步"), which a title may start with.
 * Japanese "および", "または" and, at a link's end only, "と" (written from the grammar: the
 * corpus has no Japanese).
 */
const NO_SPACES: Readonly<Record<string, JoinedWithoutSpaces>> = {
  zh: { atEnd: /(?:以及|和|或|及|與|与|&)$/u, atStart: /^(?:以及|和|或|及|&)/u, halfBefore: /[\p{L}\p{N}](以及|和|或|及|&)[ \u00a0]*$/u, inside: /以及|和|或|及|&/u },
  ja: { atEnd: /(?:および|または|と|&)$/u, atStart: /^(?:および|または|&)/u, halfBefore: /[\p{L}\p{N}](および|または|&)[ \u00a0]*$/u, inside: /および|または|&/u },
};

/** An English link text that joins two things with "and", "or" or "&" between its words: the title holds both. */
const ENGLISH_INNER_CONJUNCTION = /\S\s+(?:and|or|&|and\/or)\s+\S/iu;

/** The English's own "and", "or" or "&" right after its link, or right before it ("[A](url) and [B](url)", ", and then go to"): a conjunction the translation's link takes in there joins the sentence, not the title. */
const ENGLISH_AND_AFTER = /^[\s,]*(?:(?:and|or)\b|&)/iu;
const ENGLISH_AND_BEFORE = /(?:\b(?:and|or)|&)[\s,]*$/iu;

/** A word of the sentence right after the link (after spaces only): the second half of what the conjunction joins. */
const WORD_AFTER = /^[ \u00a0]*[\p{L}\p{N}]/u;
/** A word of the sentence right before the link (spaces only between): the first half. */
const WORD_BEFORE = /[\p{L}\p{N}-][ \u00a0]*$/u;

/**
 * The English links a title that joins two things ("Buy or remove licenses"); the translation's
 * link text ends with "and" or "or" of its language and a word of the sentence follows right
 * after the link, or starts with one after a word of the sentence: half of the title is outside
 * the link. Not where the English has its own "and" or "or" right outside its link on that side.
 * Returns the conjunction and the edge it stands at.
 */
export function conjunctionAtEdge(s: SegmentCheck, link: InlineLink, english: InlineLink): { word: string; atEnd: boolean } | undefined {
  if (!ENGLISH_INNER_CONJUNCTION.test(english.text)) return undefined;
  const found = conjunctionOf(s, link);
  if (!found) return undefined;
  const outside = found.atEnd ? s.en.text.slice(english.end - s.en.base, english.end - s.en.base + 8) : s.en.text.slice(Math.max(0, english.start - s.en.base - 8), english.start - s.en.base);
  // A translation writes the sentence's own "and" in its language: only an "&" of the English stands for an "&" there.
  const own = found.word === '&' ? (found.atEnd ? ENGLISH_AMPERSAND_AFTER : ENGLISH_AMPERSAND_BEFORE) : found.atEnd ? ENGLISH_AND_AFTER : ENGLISH_AND_BEFORE;
  return own.test(outside) ? undefined : found;
}

/** The English's own "&" right after or right before its link. */
const ENGLISH_AMPERSAND_AFTER = /^[\s,]*&/u;
const ENGLISH_AMPERSAND_BEFORE = /&[\s,]*$/u;

/** The translation's link text ends with "and" or "or" before a word of the sentence, or starts with one after a word. */
function conjunctionOf(s: SegmentCheck, link: InlineLink): { word: string; atEnd: boolean } | undefined {
  const language = languageOf(s.locale);
  const text = link.text.trim();
  const after = s.tr.text.slice(link.end - s.tr.base, link.end - s.tr.base + 4);
  const before = s.tr.text.slice(Math.max(0, link.start - s.tr.base - 4), link.start - s.tr.base);
  const joined = NO_SPACES[language];
  if (joined) {
    const end = joined.atEnd.exec(text)?.[0];
    if (end && text.length > end.length && WORD_AFTER.test(after)) return { word: end, atEnd: true };
    const start = joined.atStart.exec(text)?.[0];
    if (start && text.length > start.length && WORD_BEFORE.test(before)) return { word: start, atEnd: false };
    return undefined;
  }
  const conjunction = CONJUNCTIONS[language];
  if (!conjunction) return undefined;
  const words = text.split(/\s+/);
  // One word alone is another test's case (a link on connecting words only).
  if (words.length < 2) return undefined;
  const last = words[words.length - 1];
  if (isConjunction(conjunction, last) && WORD_AFTER.test(after)) return { word: last, atEnd: true };
  if (isConjunction(conjunction, words[0]) && WORD_BEFORE.test(before)) return { word: words[0], atEnd: false };
  return undefined;
}

/** "And" or "or" of the language, or "&", which every language keeps from an English title ("Security & Compliance"). */
function isConjunction(conjunction: RegExp, word: string): boolean {
  return word === '&' || conjunction.test(word);
}

/** A word, then "and", "or" or "&" right before the link, spaces between: the title's first half and the conjunction left outside ("Produkte & [Dienste](url)"). */
const HALF_BEFORE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*[ \u00a0]+(\S+)[ \u00a0]*$/u;

/**
 * The English links a title that joins two things ("[Products & services](url)"); the
 * translation's link holds one half, without a conjunction, and right before it stand the
 * title's first half and its "and", "or" or "&" ("Produkte & [Dienste](url)",
 * "Benutzer und [Gruppen](url)"): the link starts at the conjunction's far side. Not where the
 * English has its own conjunction right before its link ("Add users and [manage groups]").
 * Returns the conjunction.
 */
export function conjunctionBeforeLink(s: SegmentCheck, link: InlineLink, english: InlineLink): string | undefined {
  if (!ENGLISH_INNER_CONJUNCTION.test(english.text)) return undefined;
  const language = languageOf(s.locale);
  const before = s.tr.text.slice(Math.max(0, link.start - s.tr.base - 60), link.start - s.tr.base);
  const text = link.text.trim();
  let word: string | undefined;
  const joined = NO_SPACES[language];
  if (joined) {
    word = joined.halfBefore.exec(before)?.[1];
    if (!word || joined.inside.test(text)) return undefined;
  } else {
    const conjunction = CONJUNCTIONS[language];
    if (!conjunction) return undefined;
    word = HALF_BEFORE.exec(before)?.[1];
    if (!word || !isConjunction(conjunction, word)) return undefined;
    if (text.split(/\s+/).some((w) => isConjunction(conjunction, w))) return undefined;
  }
  const englishBefore = s.en.text.slice(Math.max(0, english.start - s.en.base - 8), english.start - s.en.base);
  return ENGLISH_AND_BEFORE.test(englishBefore) ? undefined : word;
}
