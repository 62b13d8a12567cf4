import type { EmphasisSpan } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { languageOf } from './compare';

/** A German bold that opens with the polite "Sie" and goes on. */
const OPENS_WITH_SIE = /^Sie\s+\S/u;
/** Words of the sentence that follow "Sie" before a label: a preposition, an article, "dann" ("Klicken **Sie auf Weiter**"). */
const SECOND_FUNCTION_WORD = /^Sie\s+(?:auf|unter|im|in|für|bei|mit|von|zu|zum|zur|nach|über|die|der|das|den|dem|dann|diese|dieses|diesen|eine|einen|ein|ihre|ihren|ihr)\s/u;
/** The particle of a separable verb at the bold's end ("Wählen **Sie Gerät entfernen aus.**", from "auswählen"). */
const PARTICLE_AT_END = /\s(?:aus|ein|an)[.,;!]?$/u;
/** The further steps of a menu path right after a bold, each bold, `>` between them; the last one's content is captured. */
const PATH_STEPS_AFTER = /^(?:\s*\\?>\s*\*\*[^*]+\*\*)*\s*\\?>\s*\*\*([^*]+)\*\*/u;
/** A word, then white space, right before the bold's opening marker: the verb whose subject "Sie" is ("Wählen **Sie …**"). */
const WORD_BEFORE = /[\p{L}\p{M}]\s+$/u;
/** An English label that opens with "you" ("**You don't have access**"): its translation rightly opens with "Sie". */
const ENGLISH_YOU = /^\W*you\b/i;

/**
 * German: a bold that opens with "Sie", the subject of the verb right before it, and holds
 * another word of the sentence too, a preposition or article after it or the verb's particle at
 * its end ("Klicken **Sie auf Weiter**", "Wählen **Sie Gerät entfernen aus.**" for "Click
 * **Next**", "Select **Remove device**"), where no English bold opens with "you": machine
 * translation put the bold's opening marker after the verb, as the English has it after
 * "Select", and the pronoun came inside. "Sie" alone before the whole label ("Wählen **Sie
 * Bearbeiten** aus") is one word slipped in, which the labelling guide does not count, as it
 * does not count a particle alone. The particle may end the last step of a menu path the bold
 * opens ("Wählen **Sie Suche** > **Überwachungsprotokollsuche aus.**"): the two words slipped
 * in around the whole path, which the guide counts. Returns the pronoun.
 */
export function pronounPulledIn(s: SegmentCheck, span: EmphasisSpan, text: string, enTexts: readonly string[]): string | undefined {
  const bold = text.trim();
  if (languageOf(s.locale) !== 'de' || !OPENS_WITH_SIE.test(bold)) return undefined;
  // "Sie" alone beside the whole label is one word slipped in, as a particle alone is: a second word of the sentence makes it a defect.
  if (!SECOND_FUNCTION_WORD.test(bold) && !PARTICLE_AT_END.test(bold) && !particleEndsPath(s, span)) return undefined;
  if (!WORD_BEFORE.test(s.tr.text.slice(Math.max(0, span.start - s.tr.base - 40), span.start - s.tr.base))) return undefined;
  if (enTexts.some((t) => ENGLISH_YOU.test(t))) return undefined;
  return 'Sie';
}

/** The bold opens a menu path whose last step, a bold of its own, ends with a separable verb's particle. */
function particleEndsPath(s: SegmentCheck, span: EmphasisSpan): boolean {
  const last = PATH_STEPS_AFTER.exec(s.tr.text.slice(span.end - s.tr.base))?.[1];
  return last !== undefined && PARTICLE_AT_END.test(last.trim());
}

/**
 * The noun of clicking and the preposition after it, which languages that say "make a click
 * on" put between the verb and the label: Italian "fare clic su", Romanian "faceți clic pe",
 * Spanish "hacer clic en", Portuguese "clique em", French "cliquez sur" has no noun.
 */
const CLICK_THEN_PREPOSITION: Readonly<Record<string, RegExp>> = {
  it: /^clic\s+(?:su|sul|sullo|sulla|sui|sugli|sulle)\s+\S|^clic\s+sull['’]\S/u,
  ro: /^clic\s+pe\s+\S/u,
  es: /^clic\s+(?:en|sobre)\s+\S/u,
  pt: /^clique\s+(?:em|no|na|nos|nas)\s+\S/u,
};
/** An English label that opens with "click" itself. */
const ENGLISH_CLICK = /^\W*click/i;

/**
 * A bold that opens with the noun of clicking and its preposition, two words of the sentence
 * before the label ("Fai **clic su Fatture**", "Faceți **clic pe Partajare.**" for "Click
 * **Invoices**", "Click **Share**"), where no English bold opens with "click": the bold's opening
 * marker stands after the verb, where the English has it after "Click". The preposition alone
 * ("fare clic **su Verifica**") is one word slipped in, which the labelling guide does not count.
 * Returns the two words.
 */
export function clickPulledIn(s: SegmentCheck, text: string, enTexts: readonly string[]): string | undefined {
  const pattern = CLICK_THEN_PREPOSITION[languageOf(s.locale)];
  const bold = text.trim();
  if (!pattern?.test(bold) || enTexts.some((t) => ENGLISH_CLICK.test(t))) return undefined;
  return bold.split(/\s+/u).slice(0, 2).join(' ').replace(/^(\S+\s+\S+?['’]).*$/u, '$1');
}
