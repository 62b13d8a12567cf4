import type { ConcordancePair, TranslationMemory } from './translationMemory';
import { comparedWords } from './words';
import { escapeRegExp } from '../text/escapeRegExp';

/** A pair found by a concordance search, with where the phrase is in the side searched. */
export interface ConcordanceHit extends ConcordancePair {
  /** Offsets in the English or the translation (the side searched) of each occurrence of the phrase. */
  readonly hits: readonly { readonly start: number; readonly end: number }[];
}

export interface ConcordanceResult {
  readonly pairs: readonly ConcordanceHit[];
  /** Pairs found in all (more than `pairs` when the list was cut). */
  readonly total: number;
}

/** The pairs whose English (or whose translation into `locale`) has the phrase's words in order, the phrase highlighted. */
export function concordance(memory: TranslationMemory, phrase: string, locale: string, side: 'english' | 'translation', limit = 200): ConcordanceResult {
  const found = memory.concordance(phrase, locale, side, limit);
  const pattern = phrasePattern(phrase, side === 'english');
  return {
    total: found.total,
    pairs: found.pairs.map((p) => ({ ...p, hits: pattern ? occurrences(side === 'english' ? p.english : p.translation, pattern) : [] })),
  };
}

/** The phrase's words with anything but letters and digits between them (markup, punctuation), in any case. */
function phrasePattern(phrase: string, wholeWords: boolean): RegExp | undefined {
  const words = comparedWords(phrase);
  if (!words.length) return undefined;
  const escaped = words.map(escapeRegExp);
  const body = escaped.join('[^\\p{L}\\p{N}]+');
  return new RegExp(wholeWords ? `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` : body, 'giu');
}

function occurrences(text: string, pattern: RegExp): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
