import type { EmphasisSpan } from '../../inline/tokens';
import type { Report, SegmentCheck } from '../rule';
import { quote } from './compare';
import { isEnglishFunctionWord } from './spanBounds';

/** One to three words right before the bold, only spaces between them and after them (no marker, bracket or punctuation). */
const WORDS_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}'’-])((?:[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*\s+){1,3})$/u;
/** How far before the bold its words are looked for. */
const NEAR = 60;

const tokensOf = (text: string) => text.split(/\s+/u).filter(Boolean);

/**
 * Two labels of the English open with the same word ("**Move up** or **Move down**", "**Save
 * As** … **Save as type**"); one of the translation's bolds opens with words that stand again
 * right before another of its bolds, outside it ("**Mutare în sus sau** Mutare în **jos**",
 * "**Siirrä ylös tai** Siirrä **alas.**"): the translation renders the labels' shared start the
 * same way both times, and the second bold left it out, so the label is cut. Not where the words
 * left out are a connecting word of the locale (one function word beside a bold is excused).
 */
export function boldLeavesSharedStart(s: SegmentCheck, en: readonly EmphasisSpan[], tr: readonly EmphasisSpan[]): Report | undefined {
  // Two labels of the English are needed to share a start: most segments have one, whose words need not be split.
  if (tr.length < 2 || en.length < 2 || !labelsShareStart(en.map((x) => s.en.slice({ start: x.contentStart, end: x.contentEnd })))) return undefined;
  const texts = tr.map((x) => tokensOf(s.tr.slice({ start: x.contentStart, end: x.contentEnd })));
  for (const [i, bold] of tr.entries()) {
    const from = bold.start - s.tr.base;
    const before = WORDS_BEFORE.exec(s.tr.text.slice(Math.max(0, from - NEAR), from))?.[1];
    if (!before) continue;
    const written = tokensOf(before);
    const outside = written.map((w) => w.toLowerCase());
    for (const [j, other] of texts.entries()) {
      if (j === i) continue;
      const k = sharedStart(other, outside);
      if (k === 0 || s.learned.functionWord(outside[outside.length - k], s.locale)) continue;
      // The bold itself opens with those words: nothing was left out.
      if (texts[i].slice(0, k).join(' ').toLowerCase() === outside.slice(-k).join(' ')) continue;
      const { l10n } = s;
      const text = texts[i].join(' ');
      return {
        message: l10n.t('The bold {bold} leaves "{words}" outside it, which the bold {other} opens with: the two labels start alike in the English, and this one was cut.', {
          bold: `"**${quote(text, 40)}**"`,
          words: written.slice(-k).join(' '),
          other: `"**${quote(other.join(' '), 40)}**"`,
        }),
        start: bold.start,
        end: bold.end,
      };
    }
  }
  return undefined;
}

/** Two different English labels of two words or more that open with the same word, not a function word ("**Move up**", "**Move down**"). */
function labelsShareStart(labels: readonly string[]): boolean {
  const words = labels.map((t) => tokensOf(t).map((w) => w.toLowerCase()));
  return words.some((a, i) => a.length >= 2 && !isEnglishFunctionWord(a[0]) && words.some((b, j) => j !== i && b.length >= 2 && b[0] === a[0] && b.join(' ') !== a.join(' ')));
}

/**
 * How many words (one to three) `bold` opens with that are the last words of `outside`, in any
 * case, fewer than the bold holds (the bold goes on past them), or 0.
 */
function sharedStart(bold: readonly string[], outside: readonly string[]): number {
  for (let k = Math.min(3, bold.length - 1, outside.length); k >= 1; k--) {
    if (bold.slice(0, k).join(' ').toLowerCase() === outside.slice(-k).join(' ')) return k;
  }
  return 0;
}
