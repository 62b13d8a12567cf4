import { plainText } from '../markdown/plainText';
import type { Segment } from '../model';

/**
 * True when a segment reads as not translated: its translation is empty while its English
 * is not, or its translation shows the same text as its English (emphasis, link targets and
 * whitespace aside) and that English has words to translate: letters left after taking out
 * URLs and the do-not-translate terms. Numbers, dates, URLs and product names alone are
 * rightly the same in every locale and do not count.
 */
export function isUntranslated(segment: Segment, doNotTranslate: readonly string[]): boolean {
  return untranslatedReason(segment, doNotTranslate) !== undefined;
}

/** Why a segment reads as not translated (see {@link isUntranslated}), or undefined when it is translated. */
export type UntranslatedReason = 'empty' | 'same-as-english';

export function untranslatedReason(segment: Segment, doNotTranslate: readonly string[]): UntranslatedReason | undefined {
  if (!segment.source) return undefined;
  const english = normalize(plainText(segment.source.text));
  const translation = normalize(plainText(segment.translation.text));
  if (!english) return undefined;
  if (!translation) return 'empty';
  return translation === english && hasWordsToTranslate(english, doNotTranslate) ? 'same-as-english' : undefined;
}

function normalize(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

function hasWordsToTranslate(english: string, doNotTranslate: readonly string[]): boolean {
  let rest = english.replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ');
  for (const term of [...doNotTranslate].sort((a, b) => b.length - a.length)) {
    if (term.trim()) rest = rest.split(term).join(' ');
  }
  return /\p{L}{2,}/u.test(rest);
}
