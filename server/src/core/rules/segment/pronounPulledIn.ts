import type { EmphasisSpan } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { languageOf } from './compare';

/** A German bold that opens with the polite "Sie" and goes on. */
const OPENS_WITH_SIE = /^Sie\s+\S/u;
/** A word, then white space, right before the bold's opening marker: the verb whose subject "Sie" is ("Wählen **Sie …**"). */
const WORD_BEFORE = /[\p{L}\p{M}]\s+$/u;
/** An English label that opens with "you" ("**You don't have access**"): its translation rightly opens with "Sie". */
const ENGLISH_YOU = /^\W*you\b/i;

/**
 * German: a bold that opens with "Sie", the subject of the verb right before it ("Wählen **Sie
 * Bearbeiten** aus", "Klicken **Sie auf Weiter**" for "Select **Edit**", "Click **Next**"),
 * where no English bold opens with "you": machine translation put the bold's opening marker
 * after the verb, as the English has it after "Select", and the pronoun came inside. Returns
 * the pronoun.
 */
export function pronounPulledIn(s: SegmentCheck, span: EmphasisSpan, text: string, enTexts: readonly string[]): string | undefined {
  if (languageOf(s.locale) !== 'de' || !OPENS_WITH_SIE.test(text.trimStart())) return undefined;
  if (!WORD_BEFORE.test(s.tr.text.slice(Math.max(0, span.start - s.tr.base - 40), span.start - s.tr.base))) return undefined;
  if (enTexts.some((t) => ENGLISH_YOU.test(t))) return undefined;
  return 'Sie';
}
