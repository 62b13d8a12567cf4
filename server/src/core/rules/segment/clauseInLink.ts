import type { InlineLink } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { languageOf } from './compare';

/**
 * German puts a separable verb's particle at the end of its clause ("melden Sie sich … an" for
 * "sign in"); where the English links only the verb ("[Sign out](url) of any existing user
 * accounts"), machine translation stretches the link from the verb to the particle, over the
 * words the English leaves outside it: "[melden Sie sich von allen Konten ab](url)". Read from
 * the corpus's de-DE links. Per language: only German so far.
 */
interface ClauseForms {
  /** The start of an imperative clause: its verb, then "Sie". */
  readonly imperative: RegExp;
  /** A separable verb's particle that ends the clause (a full stop may follow). */
  readonly particle: RegExp;
}

const CLAUSE_FORMS: Readonly<Record<string, ClauseForms>> = {
  de: {
    imperative: /^\p{L}+ Sie(?![\p{L}\p{N}])/u,
    particle: /\s(?:an|ab|aus|zu|zusammen|hinzu|ein|auf|vor|fest|um|mit|weiter|zurück|her|hin|nach|fort|dar|bei)[.!]?$/u,
  },
};

/** The English link text is a short title or verb: at most this many words. */
const ENGLISH_MAX_WORDS = 4;
/** The translation's link holds at least this many words more than the English's: words of the sentence went in. */
const MORE_WORDS = 5;
/** Two words right after the English link: what the English leaves outside it. */
const WORDS_AFTER = /^\s*([\p{L}][\p{L}'’-]*\s+[\p{L}][\p{L}'’-]*)/u;

/**
 * The English links a short verb or title and goes on after its link with words of the
 * sentence ("[Sign out](url) of any existing user accounts"); the translation's link is an
 * imperative clause from its verb to the separable particle that ends it, {@link MORE_WORDS}
 * words longer or more: the link takes in what the English leaves outside. Returns the first
 * two English words after the link.
 */
export function clauseInLink(s: SegmentCheck, link: InlineLink, english: InlineLink): string | undefined {
  const forms = CLAUSE_FORMS[languageOf(s.locale)];
  if (!forms) return undefined;
  const text = link.text.trim();
  if (!forms.imperative.test(text) || !forms.particle.test(text)) return undefined;
  const englishWords = english.text.trim().split(/\s+/).length;
  if (englishWords > ENGLISH_MAX_WORDS || text.split(/\s+/).length < englishWords + MORE_WORDS) return undefined;
  return WORDS_AFTER.exec(s.en.text.slice(english.end - s.en.base, english.end - s.en.base + 60))?.[1];
}
