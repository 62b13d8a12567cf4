import type { EmphasisSpan } from '../../inline/tokens';
import type { Report, SegmentCheck } from '../rule';
import { quote } from './compare';
import { isEnglishFunctionWord, wordsOf } from './spanBounds';

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
    if (words.length < 2 || !words.every((w) => /^\p{L}/u.test(w)) || wordsOf(label).some(isEnglishFunctionWord)) continue;
    const bold = s.tr.slice({ start: tr[i].contentStart, end: tr[i].contentEnd }).trim();
    if (/\s/.test(bold) || !/\p{L}/u.test(bold) || letters(bold) >= SHORTER_THAN * letters(label)) continue;
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
