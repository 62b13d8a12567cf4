import type { EmphasisSpan } from '../../inline/tokens';
import type { Report, SegmentCheck } from '../rule';
import { quote } from './compare';
import { capitalizesNouns, isEnglishFunctionWord, wordsOf } from './spanBounds';
import { connectorBeforeNext, hasConnectors } from './connectorAtLinkEnd';

/** The translation's one bold word is a shortened label when it has fewer letters than this share of the English label's. */
const SHORTER_THAN = 0.75;
/** The word right after the bold: a small letter, at least three, then no letter. */
const NEXT_WORD = /^ (\p{Ll}[\p{Ll}\p{M}]{2,})(?![\p{L}\p{M}\p{N}])/u;

const letters = (text: string) => text.match(/\p{L}/gu)?.length ?? 0;

/**
 * Bold cut down to the first word of a label, the rest of the label right after it in plain
 * text: the English makes a label of two words or more bold ("In the **Cancel subscription**
 * pane"), the translation's bold in the same place holds one word, much shorter than the
 * label, followed by a word of the language that is no function word ("În panoul
 * **Anulați** abonamentul"). A translation whose one word holds the whole label, as a
 * compound does ("**Abonnementstatus**" for "Subscription status"), is about as long as the
 * English. `en` and `tr` are the bold spans of each side, as many on each.
 */
export function boldCutShort(s: SegmentCheck, en: readonly EmphasisSpan[], tr: readonly EmphasisSpan[]): Report | undefined {
  if (en.length !== tr.length) return undefined;
  for (let i = 0; i < en.length; i++) {
    const label = s.en.slice({ start: en[i].contentStart, end: en[i].contentEnd }).trim();
    const words = label.split(/\s+/);
    if (words.length < 2) continue;
    // A bold of one word, first: most bolds in the place of a label of several words have several too.
    const bold = s.tr.slice({ start: tr[i].contentStart, end: tr[i].contentEnd }).trim();
    if (/\s/.test(bold) || !words.every((w) => /^\p{L}/u.test(w)) || wordsOf(label).some(isEnglishFunctionWord)) continue;
    if (!/\p{L}/u.test(bold) || letters(bold) >= SHORTER_THAN * letters(label)) continue;
    const next = NEXT_WORD.exec(s.tr.text.slice(tr[i].end - s.tr.base, tr[i].end - s.tr.base + 40))?.[1];
    if (!next || s.learned.functionWord(next, s.locale)) continue;
    // The label kept in English elsewhere in the translation: this bold may be another word.
    if (s.tr.text.includes(label)) continue;
    const { l10n } = s;
    return {
      message: l10n.t('The bold "**{bold}**" holds one word of the label "{label}" the English makes bold; "{next}" after it may belong inside.', { bold: quote(bold, 40), label: quote(label, 40), next }),
      start: tr[i].start,
      end: tr[i].end,
    };
  }
  return undefined;
}

/**
 * Bold that ends on the word that joins the label's nouns ("di", "de", "du"), the rest of the
 * label right after it in plain text: "**Texte d'aperçu du** message" for "**Message preview
 * text**", "**Impostazioni di** sicurezza" for "**Security settings**". Only where the English
 * bold in the same place ends with a word that is no function word: an English label that ends
 * in "of" may well be rendered so. `en` and `tr` are the bold spans of each side, as many on each.
 */
export function boldEndsOnConnector(s: SegmentCheck, en: readonly EmphasisSpan[], tr: readonly EmphasisSpan[]): Report | undefined {
  if (en.length !== tr.length || !hasConnectors(s.locale)) return undefined;
  for (let i = 0; i < en.length; i++) {
    const bold = s.tr.slice({ start: tr[i].contentStart, end: tr[i].contentEnd });
    const cut = connectorBeforeNext(s.locale, bold, s.tr.text.slice(tr[i].end - s.tr.base, tr[i].end - s.tr.base + 40));
    if (!cut) continue;
    const label = s.en.slice({ start: en[i].contentStart, end: en[i].contentEnd }).trim();
    const words = wordsOf(label);
    if (words.length === 0 || isEnglishFunctionWord(words[words.length - 1])) continue;
    const { l10n } = s;
    return {
      message: l10n.t('The bold "**{bold}**" ends with "{word}", which joins it to "{next}" right after the bold, outside it: the label "{label}" the English makes bold is cut in two.', { bold: quote(bold.trim(), 40), word: cut.word, next: cut.next, label: quote(label, 40) }),
      start: tr[i].start,
      end: tr[i].end,
    };
  }
  return undefined;
}

/** The word glued to the bold's closing marker: a small letter, at least three, then no letter. */
const GLUED_WORD = /^(\p{Ll}[\p{Ll}\p{M}]{2,})(?![\p{L}\p{M}\p{N}])/u;

/**
 * Bold that stops inside a label, the rest of the label glued to its closing marker with no
 * space ("**Valitse sitten**sarake" for "**Then choose column**"): the English makes bold a label
 * of more words than the translation's bold holds, and the word right after the marker, written
 * in small letters, is no function word. Not in a language that writes every noun with a capital,
 * where the verb at the end of the sentence follows a bold object ("**Kostenloses Konto**registrieren").
 * `en` and `tr` are the bold spans of each side, as many on each.
 */
export function boldGluedToRest(s: SegmentCheck, en: readonly EmphasisSpan[], tr: readonly EmphasisSpan[]): Report | undefined {
  if (en.length !== tr.length || capitalizesNouns(s.locale)) return undefined;
  for (let i = 0; i < en.length; i++) {
    const next = GLUED_WORD.exec(s.tr.text.slice(tr[i].end - s.tr.base, tr[i].end - s.tr.base + 40))?.[1];
    if (!next || s.learned.functionWord(next, s.locale)) continue;
    const bold = s.tr.slice({ start: tr[i].contentStart, end: tr[i].contentEnd });
    // The bold ends in a letter, as a word cut off from the next one does.
    if (!/\p{L}$/u.test(bold)) continue;
    const label = s.en.slice({ start: en[i].contentStart, end: en[i].contentEnd }).trim();
    if (wordsOf(label).length <= wordsOf(bold).length) continue;
    const { l10n } = s;
    return {
      message: l10n.t('The bold "**{bold}**" holds only part of the label "{label}" the English makes bold; "{next}", glued to it with no space, may belong inside.', { bold: quote(bold.trim(), 40), label: quote(label, 40), next }),
      start: tr[i].start,
      end: tr[i].end,
    };
  }
  return undefined;
}
