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

/** A bold that ends with the first half of a compound, its hyphen standing for the end it shares with the compound after "and" or "or" ("**Spam-**", "**suojaus-**"). */
const COMPOUND_HALF = /\p{L}-$/u;
/** Right after the bold, outside it: a word (the "and" or "or"), then the word that ends the compounds ("… ja käyttäjätietopalvelujen"). */
const CONJUNCTION_AFTER = /^\s+(\p{L}+)\s+\[?\p{L}/u;
/** Two English bolds with one short word between ("**Default** or **Disabled**"): a hyphen may rightly stand for an end the two labels share. */
const JOINED_ENGLISH_BOLDS = /\*\*\s+\p{L}{1,3}\s+\*\*/u;

/**
 * A bold that ends with the first half of a compound whose other half follows "and" or "or"
 * outside it: "**Abonnement-** und Zahlungseinstellungen", "**suojaus-** ja
 * käyttäjätietopalvelujen" (for "**Subscription and payment settings**", "**Security +
 * Identity** services"). The hyphen stands for the end the two compounds share, so the label runs
 * on to the second compound, outside the bold: the bold cut the label. The word between must be a
 * connecting word of the locale (learned); not where the English itself makes a bold end in a
 * hyphen, nor where it joins two bolds with a short word, which the translation may write as two
 * compound halves.
 */
export function boldOnCompoundHalf(s: SegmentCheck, tr: readonly EmphasisSpan[]): Report | undefined {
  if (/\p{L}-\*\*/u.test(s.en.text) || JOINED_ENGLISH_BOLDS.test(s.en.text)) return undefined;
  for (const bold of tr) {
    const text = s.tr.slice({ start: bold.contentStart, end: bold.contentEnd }).trim();
    if (!COMPOUND_HALF.test(text)) continue;
    const word = CONJUNCTION_AFTER.exec(s.tr.text.slice(bold.end - s.tr.base, bold.end - s.tr.base + 60))?.[1];
    if (word === undefined || !s.learned.functionWord(word, s.locale)) continue;
    const { l10n } = s;
    return {
      message: l10n.t('The bold {bold} ends with the first half of a compound whose end follows "{word}" outside it: the label goes on past the bold.', { bold: `"**${quote(text, 40)}**"`, word }),
      start: bold.start,
      end: bold.end,
    };
  }
  return undefined;
}
