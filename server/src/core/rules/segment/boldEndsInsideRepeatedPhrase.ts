import type { EmphasisSpan } from '../../inline/tokens';
import type { Report, SegmentCheck } from '../rule';
import { quote } from './compare';
import { boldsOf } from './bolds';
import { outsideSpans, wholeWordAt, wordsOf } from './spanBounds';

/**
 * Bold that ends inside a phrase the translation writes again elsewhere: the English makes a
 * label bold whose last words it also writes outside the bold ("Select **Change product key**,
 * then enter the … product key"), and the translation's bold ends after the first word of a
 * phrase that it writes whole, plain, elsewhere ("**Modificați cheia** de produs, … cheia de
 * produs"): the phrase is the label's end, and the bold cut it short. Where both sides have as
 * many bolds, the one in the same place (`en` and `tr` are the bold spans of each side); not a phrase that ends in a connecting word of the
 * locale or a word of every instruction ("pagamento per", "plată pentru"), nor a bold URL or path.
 */
export function boldEndsInsideRepeatedPhrase(s: SegmentCheck, en: readonly EmphasisSpan[], tr: readonly EmphasisSpan[]): Report | undefined {
  if (en.length !== tr.length) return undefined;
  // What lies outside the bolds, read when a label of two words or more first asks (most are of one).
  let englishPlain: string | undefined;
  let translationPlain: string | undefined;
  // The English bolds' words, read once for the segment: most labels are of one word, and need not be sliced and lowered
  // again (lowering changes no character's kind, a letter's into a letter and marks, so the words are as many).
  const enWords = boldsOf(s.en).words;
  for (let i = 0; i < tr.length; i++) {
    if (enWords[i].length < 2) continue;
    const label = wordsOf(s.en.slice({ start: en[i].contentStart, end: en[i].contentEnd }).toLowerCase());
    if (label.length < 2) continue;
    const labelEnd = label.slice(-2).join(' ');
    englishPlain ??= outsideSpans(s.en.text, s.en.base, s.en.emphasis.spans).toLowerCase();
    if (wholeWordAt(englishPlain, labelEnd) === -1) continue;
    const boldText = s.tr.slice({ start: tr[i].contentStart, end: tr[i].contentEnd });
    // A URL or a path is no label whose words a sentence says again.
    if (/[/\\]/.test(boldText)) continue;
    const bold = wordsOf(boldText.toLowerCase());
    if (bold.length === 0) continue;
    const after = s.tr.text.slice(tr[i].end - s.tr.base, tr[i].end - s.tr.base + 40);
    if (!/^ \p{L}/u.test(after)) continue;
    const next = wordsOf(after.toLowerCase()).slice(0, 2);
    for (let n = next.length; n >= 1; n--) {
      // The phrase ends in a word of its own, not in a connecting word that starts the rest of the sentence ("pagamento per").
      const last = next[n - 1];
      if (last.length < 3 || s.learned.functionWord(last, s.locale) || s.learned.commonWord(last, s.locale)) continue;
      const phrase = [bold[bold.length - 1], ...next.slice(0, n)].join(' ');
      if (phrase.length < 8) continue;
      translationPlain ??= outsideSpans(s.tr.text, s.tr.base, tr).toLowerCase();
      if (wholeWordAt(translationPlain, phrase) === -1) continue;
      const { l10n } = s;
      return {
        message: l10n.t('The bold "**{bold}**" ends inside "{phrase}", which the translation writes whole elsewhere: the rest of the label "{label}" may be outside the bold.', { bold: quote(s.tr.slice({ start: tr[i].contentStart, end: tr[i].contentEnd }).trim(), 40), phrase, label: quote(label.join(' '), 40) }),
        start: tr[i].start,
        end: tr[i].end,
      };
    }
  }
  return undefined;
}
