import type { InlineLink } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { languageOf } from './compare';
import { isEnglishFunctionWord, wordsOf } from './spanBounds';

/**
 * The word that joins a noun to the noun after it, per language: Italian "di" and its forms
 * with the article ("dashboard di integrità del servizio"), Romanian "de" ("tablou de bord",
 * "servicii de facturare"). A link text that ends with one leaves the noun it joins outside
 * the link: the phrase is cut in two. Read from the corpus's it-IT and ro-RO links.
 */
const CONNECTOR_END: Readonly<Record<string, RegExp>> = {
  it: /[\p{L}\p{N})]\s+(di|del|dello|della|dei|degli|delle)$/u,
  ro: /[\p{L}\p{N})]\s+(de)$/u,
};

/**
 * Words after the connector that do not make it a noun's: Romanian "de la" (from) goes with a
 * verb before it ("[deconectați-vă de] la …"); an Italian infinitive after "di" is the verb's
 * ("[… consente di] comprendere"), the function word excused at a link's edge.
 */
const NOT_A_NOUN_AFTER: Readonly<Record<string, RegExp>> = {
  it: /(?:are|ere|ire)$/u,
  ro: /^la$/u,
};

/**
 * The link text ends with the connecting word that joins it to a noun right after the link,
 * outside it ("[dashboard di integrità del](url) servizio" for "[Service Health
 * Dashboard](url)", "[servicii de](url) facturare" for "[Purchase services](url)"), where the
 * English link ends with a word that means something. Returns the connector and the word after.
 */
export function connectorAtLinkEnd(s: SegmentCheck, link: InlineLink, english: string): { word: string; next: string } | undefined {
  const lang = languageOf(s.locale);
  const end = CONNECTOR_END[lang]?.exec(link.text.trimEnd());
  if (!end) return undefined;
  const englishWords = wordsOf(english);
  const last = englishWords[englishWords.length - 1];
  if (!last || isEnglishFunctionWord(last)) return undefined;
  const at = link.end - s.tr.base;
  const next = /^\s*(\p{Ll}[\p{L}\p{M}]*)/u.exec(s.tr.text.slice(at, at + 40))?.[1];
  if (!next || NOT_A_NOUN_AFTER[lang].test(next)) return undefined;
  return { word: end[1], next };
}
