import type { EmphasisSpan } from '../../inline/tokens';
import type { Report, SegmentCheck } from '../rule';
import { quote } from './compare';

/** A bold that opens with a hyphen and a small letter: an ending or a noun joined to the word before ("-painike", "-kohdassa"). */
const HYPHEN_SUFFIX = /^-\p{Ll}/u;
/**
 * The word right before the bold, outside it, only spaces between: the label the suffix is joined to.
 * Two characters at least: a letter alone is a Romanian pronoun a hyphen joins to its verb ("v-ați").
 */
const WORD_BEFORE = /([\p{L}\p{N}][\p{L}\p{M}\p{N}]+) +$/u;

/**
 * Bold moved off a label onto what is joined to it by a hyphen: Finnish writes a label and the
 * noun of the screen after it as "Lisää laajennus -painike" (for "the **Add extension** button"),
 * and a translation that makes only "**-painike.**" bold, the label's words plain before it, has
 * the bold on the wrong words. The hyphen at the bold's start shows that what it holds belongs to
 * the word right outside it. Not where the English makes bold something that itself starts with
 * a hyphen (a parameter, "**-SentTo**"), nor where the English's own bold starts right after that
 * word ("Microsoft 365 **admin center**": the translation's bold starts where the English's does).
 */
export function boldOnSuffix(s: SegmentCheck, en: readonly EmphasisSpan[], tr: readonly EmphasisSpan[]): Report | undefined {
  if (en.some((x) => s.en.slice({ start: x.contentStart, end: x.contentEnd }).trim().startsWith('-'))) return undefined;
  for (const bold of tr) {
    const text = s.tr.slice({ start: bold.contentStart, end: bold.contentEnd }).trim();
    if (!HYPHEN_SUFFIX.test(text)) continue;
    const from = bold.start - s.tr.base;
    const word = WORD_BEFORE.exec(s.tr.text.slice(Math.max(0, from - 60), from))?.[1];
    if (word === undefined || englishBoldAfter(s, en, word)) continue;
    const { l10n } = s;
    return {
      message: l10n.t('The bold {bold} starts with a hyphen: it holds what is joined to "{word}", which is outside it, and not the label the English makes bold.', { bold: `"**${quote(text, 40)}**"`, word }),
      start: bold.start,
      end: bold.end,
    };
  }
  return undefined;
}

/** One of the English's bolds starts right after `word`, only spaces between. */
function englishBoldAfter(s: SegmentCheck, en: readonly EmphasisSpan[], word: string): boolean {
  return en.some((x) => WORD_BEFORE.exec(s.en.text.slice(Math.max(0, x.start - s.en.base - 60), x.start - s.en.base))?.[1] === word);
}
