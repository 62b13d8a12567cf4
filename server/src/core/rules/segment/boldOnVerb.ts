import type { EmphasisSpan } from '../../inline/tokens';
import type { Report, SegmentCheck } from '../rule';
import { quote } from './compare';
import { isEnglishVerbLabel, onlySelectVerb } from './selectVerbs';

/**
 * A bold that holds only the sentence's verb of selecting, clicking, typing or going, with the
 * words that go with it ("**Selectați** Următorul" for "Select **Next**", "**fare clic su** \\>
 * **supporto contatti**", "設定を**選択**します"): machine translation moved the bold off the label
 * onto the verb. Only where every English bold is a capitalized label and none is itself such a
 * verb ("**Open**" is "**Avaa**", "**Move to**" is "**移至**", a switch's "**On**" is "**開啟**").
 */
export function boldOnVerb(s: SegmentCheck, trBold: readonly EmphasisSpan[], enTexts: readonly string[]): Report | undefined {
  if (enTexts.some((t) => !/^[\s"“[(]*\p{Lu}/u.test(t) || isEnglishVerbLabel(t))) return undefined;
  for (const [i, span] of trBold.entries()) {
    const text = s.tr.slice({ start: span.contentStart, end: span.contentEnd });
    if (!onlySelectVerb(s.locale, text)) continue;
    const { l10n } = s;
    // The English bold in its place, where both sides have as many.
    const label = enTexts[trBold.length === enTexts.length ? i : 0].trim();
    return {
      message: l10n.t('The bold {bold} holds only the verb of the sentence, not the label the English makes bold ("{label}").', { bold: `"**${quote(text.trim(), 40)}**"`, label: quote(label, 40) }),
      start: span.start,
      end: span.end,
    };
  }
  return undefined;
}
