import type { EmphasisSpan } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { segmentRule } from '../segmentRule';
import { hasEmphasisMarker } from './emphasisLost';
import { quote } from './compare';
import { hasNoText, nameCutBy, onlyFunctionWords, startsWithEnglishFunctionWord, wordsOf } from './spanBounds';

/** Scripts written without spaces between words, where words cannot be told apart by spaces. */
const NO_SPACES = /[\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff]/;

export const emphasisMisplaced = segmentRule({
  code: 'emphasis-misplaced',
  description:
    'Bold on the wrong words: bold that holds no words (only a bracket or a full stop), only connecting words of the language ("**zu**", "**de**"), or that cuts a name in two ("Office **365").',
  defaultSeverity: 'warning',
  fixable: false,
  learnsFromWorkspace: true,
  checkSegment(s) {
    if (!hasEmphasisMarker(s.tr) || !hasEmphasisMarker(s.en)) return;
    const en = s.en.emphasis.spans.filter((x) => x.strong);
    if (en.length === 0) return;
    const enTexts = en.map((x) => content(s, x, 'en'));
    if (enTexts.some(hasNoText)) return;
    const spaced = !NO_SPACES.test(s.tr.text);
    // A one-word English value ("NO", "On") may well be a small word of the language too ("EI").
    const englishIsFunctionWords = enTexts.some((t) => (wordsOf(t).length <= 2 && startsWithEnglishFunctionWord(t)) || (wordsOf(t).length === 1 && wordsOf(t)[0].length <= 3));
    const { l10n } = s;
    for (const span of s.tr.emphasis.spans) {
      if (!span.strong) continue;
      const text = content(s, span, 'tr');
      const shown = `"**${quote(text, 40)}**"`;
      let message: string | undefined;
      if (hasNoText(text)) message = l10n.t('The bold {bold} holds no words; in the English, bold marks a label.', { bold: shown });
      else if (spaced && !englishIsFunctionWords && onlyFunctionWords(s, text)) message = l10n.t('The bold {bold} covers only connecting words, not the label the English makes bold.', { bold: shown });
      else {
        const name = nameCutBy(s, { start: span.contentStart - s.tr.base, end: span.contentEnd - s.tr.base });
        if (name) message = l10n.t('The bold {bold} cuts the name "{name}" in two.', { bold: shown, name });
      }
      if (!message) continue;
      s.report({ message, start: span.start, end: span.end });
      return;
    }
  },
});

function content(s: SegmentCheck, span: EmphasisSpan, side: 'en' | 'tr'): string {
  return (side === 'en' ? s.en : s.tr).slice({ start: span.contentStart, end: span.contentEnd });
}
