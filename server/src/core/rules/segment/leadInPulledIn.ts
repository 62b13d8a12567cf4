import type { InlineLink } from '../../inline/tokens';
import { englishLeadsIn, firstRun, joinTokens, LEAD_IN_MAX, leadingWords, leadInTokens, longEnough } from '../../terms/leadIns';
import type { SegmentCheck } from '../rule';
import { englishNamesPlace } from './seeWords';

/**
 * The words that send the reader to a link, pulled inside it where the English leaves them
 * outside ("[consultați Titlu](url)", "Weitere [Informationen finden Sie unter Titel](url)" for
 * "see [Title](url)"), the rendering learned from the locale's own translations
 * ({@link LearnedTerms.leadInRendering}), so that it holds for any language. The English must
 * have "see", "refer to", "visit" or the like right before its link, and its link text must not
 * start with such a verb itself ("[Visit the Admin center](url)"), nor name the place it points
 * to ("[this article](url)"). Returns the link's words that
 * belong to the lead-in, as written, or undefined.
 */
export function leadInPulledIn(s: SegmentCheck, link: InlineLink, english: InlineLink): string | undefined {
  // "Read [this article]": "artikkelissa" (in the article) translates the English link's own word.
  if (!s.learned.available || englishNamesPlace(english.text)) return undefined;
  if (!englishLeadsIn(s.en.text.slice(Math.max(0, english.start - s.en.base - 40), english.start - s.en.base), english.text)) return undefined;
  const inside = firstRun(leadInTokens(link.text));
  // Longest first: "finden sie unter" rather than "finden". The words inside the link must be a
  // rendering by themselves: a title's first word after the lead-in ("consultați Configurarea")
  // stands before links now and then (machine translation leaves it outside), but starts their text far more often.
  for (let k = Math.min(LEAD_IN_MAX, inside.length - 1); k >= 1; k--) {
    const pulled = inside.slice(0, k);
    if (pulled.every((w) => s.learned.functionWord(w, s.locale))) continue;
    if (!longEnough(pulled) || !s.learned.leadInRendering(joinTokens(pulled), s.locale)) continue;
    // Words the English link holds itself ("How" of a title left in English) are the title's.
    const words = leadingWords(link.text, k);
    return english.text.toLowerCase().includes(words.toLowerCase()) ? undefined : words;
  }
  return undefined;
}
