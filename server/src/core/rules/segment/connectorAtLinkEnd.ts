import type { InlineLink } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { languageOf } from './compare';
import { isEnglishFunctionWord, wordsOf } from './spanBounds';

/**
 * The word that joins a noun to the noun after it, per language: Italian "di" and its forms
 * with the article ("dashboard di integrità del servizio"), Romanian "de" ("tablou de bord",
 * "servicii de facturare"). A link text that ends with one leaves the noun it joins outside
 * the link: the phrase is cut in two. Read from the corpus's it-IT and ro-RO links; French "de",
 * Spanish "de" and Portuguese "de" and their forms with the article ("Centre de comptes",
 * "Centro de cuentas", "Central de Contas") as Microsoft's documentation in those languages writes them.
 */
const CONNECTOR_END: Readonly<Record<string, RegExp>> = {
  it: /[\p{L}\p{N})]\s+(di|del|dello|della|dei|degli|delle)$/u,
  ro: /[\p{L}\p{N})]\s+(de)$/u,
  fr: /[\p{L}\p{N})]\s+(de|du|des)$/u,
  es: /[\p{L}\p{N})]\s+(de|del)$/u,
  pt: /[\p{L}\p{N})]\s+(de|do|da|dos|das)$/u,
};

/**
 * The prepositions, alone or with the article, which govern the words after them: a link text
 * that ends with one ("[automat la](url) fiecare", "[Registrare i dispositivi nel](url)
 * portale") leaves what it governs outside the link, unless the preposition is the English's
 * own word right after its link ("[this document](url) for instructions": one function word
 * pulled into the link, the whole title inside it). Not German, whose verbs leave a particle at
 * the end ("[Melden Sie sich an]"), nor Finnish, which has postpositions.
 */
const PREPOSITION_END: Readonly<Record<string, RegExp>> = {
  it: /[\p{L}\p{N})]\s+(a|al|allo|alla|ai|agli|alle|da|dal|dallo|dalla|dai|dalle|in|nel|nello|nella|nei|nelle|su|sul|sulla|sui|sulle|per|con|tra|fra)$/u,
  ro: /[\p{L}\p{N})]\s+(la|în|pe|cu|pentru|din|prin|spre|despre)$/u,
  fr: /[\p{L}\p{N})]\s+(à|au|aux|dans|sur|pour|avec|par|sous|vers|entre)$/u,
  es: /[\p{L}\p{N})]\s+(a|al|en|con|por|para|sobre|desde|hacia|entre)$/u,
  pt: /[\p{L}\p{N})]\s+(ao|aos|em|no|na|nos|nas|com|por|para|pelo|pela|pelos|pelas|sobre|entre)$/u,
};

/**
 * Words after the connector that do not make it a noun's: Romanian "de la" (from) goes with a
 * verb before it ("[deconectați-vă de] la …"); an Italian, French, Spanish or Portuguese
 * infinitive after "di" or "de" is the verb's ("[… consente di] comprendere", "[… permet de]
 * configurer"), the function word excused at a link's edge.
 */
const NOT_A_NOUN_AFTER: Readonly<Record<string, RegExp>> = {
  it: /(?:are|ere|ire)$/u,
  ro: /^la$/u,
  fr: /(?:er|ir|re)$/u,
  es: /(?:ar|er|ir)$/u,
  pt: /(?:ar|er|ir)$/u,
};

/** A relative pronoun after a preposition ("pe care", "in cui": which): it opens a clause of its own, not the rest of a title. */
const RELATIVE_AFTER: Readonly<Record<string, RegExp>> = {
  it: /^(?:cui|quale|quali)$/u,
  ro: /^(?:care|cine|ce)$/u,
  fr: /^(?:qui|quoi|lequel|laquelle|lesquels|lesquelles)$/u,
  es: /^(?:que|quien|quienes|cual|cuales)$/u,
  pt: /^(?:que|quem|qual|quais)$/u,
};

/** An English preposition right after the English link: the translation's preposition at the end of its link may be that word, pulled in. */
const ENGLISH_PREPOSITION_AFTER = /^[\s*_]*(?:to|for|on|in|from|with|at|by|about|into|of|via|through|within|under|over|across|onto|per)\b/i;

/**
 * The link text ends with the connecting word that joins it to a noun right after the link,
 * outside it ("[dashboard di integrità del](url) servizio" for "[Service Health
 * Dashboard](url)", "[servicii de](url) facturare" for "[Purchase services](url)"), or with a
 * preposition ({@link PREPOSITION_END}) the English does not write right after its link
 * ("[automat la](url) fiecare" for "[automatically updated](url) approximately every"), where
 * the English link ends with a word that means something. Returns the word and the word after.
 */
export function connectorAtLinkEnd(s: SegmentCheck, link: InlineLink, english: InlineLink): { word: string; next: string } | undefined {
  const lang = languageOf(s.locale);
  const text = link.text.trimEnd();
  const connector = CONNECTOR_END[lang]?.exec(text);
  const end = connector ?? PREPOSITION_END[lang]?.exec(text);
  if (!end) return undefined;
  const englishWords = wordsOf(english.text);
  const last = englishWords[englishWords.length - 1];
  if (!last || isEnglishFunctionWord(last)) return undefined;
  const at = link.end - s.tr.base;
  const after = s.tr.text.slice(at, at + 40);
  if (connector) return connectorBeforeNext(s.locale, text, after);
  const next = wordAfter(after);
  if (!next) return undefined;
  if (RELATIVE_AFTER[lang].test(next) || ENGLISH_PREPOSITION_AFTER.test(s.en.text.slice(english.end - s.en.base, english.end - s.en.base + 20))) return undefined;
  return { word: end[1], next };
}

/** The word in small letters that opens `after`, past spaces, or undefined. */
function wordAfter(after: string): string | undefined {
  return /^\s*(\p{Ll}[\p{L}\p{M}]*)/u.exec(after)?.[1];
}

/** Whether the locale's language has a word that joins a noun to the next ({@link CONNECTOR_END}): for the others {@link connectorBeforeNext} finds nothing. */
export function hasConnectors(locale: string | undefined): boolean {
  return CONNECTOR_END[languageOf(locale)] !== undefined;
}

/**
 * `text` ends with the word that joins a noun to the noun after it ({@link CONNECTOR_END}: "di",
 * "de", "du"), and `after`, the text right after it, opens with a word in small letters that is
 * no infinitive ("servizio" after "[dashboard di integrità del", "message" after "**Texte d'aperçu
 * du"): the phrase is cut in two. Returns the connector and the word after.
 */
export function connectorBeforeNext(locale: string | undefined, text: string, after: string): { word: string; next: string } | undefined {
  const lang = languageOf(locale);
  const end = CONNECTOR_END[lang]?.exec(text.trimEnd());
  if (!end) return undefined;
  const next = wordAfter(after);
  return next && !NOT_A_NOUN_AFTER[lang].test(next) ? { word: end[1], next } : undefined;
}
