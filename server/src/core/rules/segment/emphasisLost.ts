import type { EmphasisSpan } from '../../inline/tokens';
import type { InlineText } from '../../inline/inlineText';
import { segmentRule } from '../segmentRule';
import { listOf, quote, translationRange } from './compare';

export const emphasisLost = segmentRule({
  code: 'emphasis-lost',
  description: 'Fewer bold or italic texts in the translation than in its English (bracketed UI labels count as bold in Chinese, Japanese and Korean).',
  defaultSeverity: 'warning',
  fixable: false,
  checkSegment(s) {
    const { l10n } = s;
    if (!hasEmphasisMarker(s.en)) return;
    const en = s.en.emphasis.spans;
    if (en.length === 0) return;
    const tr = s.tr.emphasis.spans;
    // Bold markers the translation escaped ("[儲存]\\*\\*\\*\\*") show as asterisks: the brackets beside them stand for no bold.
    const labels = CJK.test(s.locale ?? '') && !escapedBold(s.tr, s.en) ? bracketLabels(s.tr.prose) : 0;
    for (const strong of [true, false]) {
      const enKind = en.filter((x) => x.strong === strong);
      const trKind = tr.filter((x) => x.strong === strong);
      if (trKind.length + (strong ? labels : 0) >= enKind.length) continue;
      const args = { count: enKind.length, texts: listOf(enKind.map((x) => `"${quote(contentOf(s.en, x), 30)}"`), l10n), translated: trKind.length };
      const one = enKind.length === 1;
      s.report({
        message: strong
          ? one
            ? l10n.t('The English has 1 bold text ({texts}); the translation has {translated}.', args)
            : l10n.t('The English has {count} bold texts ({texts}); the translation has {translated}.', args)
          : one
            ? l10n.t('The English has 1 italic text ({texts}); the translation has {translated}.', args)
            : l10n.t('The English has {count} italic texts ({texts}); the translation has {translated}.', args),
        ...translationRange(s),
      });
    }
  },
});

/** Chinese, Japanese and Korean translations put UI labels in brackets where the English makes them bold. */
const CJK = /^(?:zh|ja|ko)(?:-|$)/i;
/**
 * `[label]` (not a link's text: no `(` or, as a reference link or machine translation's broken
 * link writes it, `[` after it), `「label」`, `【label】`.
 */
const BRACKET_LABEL = /\[[^\]\n]+\](?![([\u0001])|「[^」\n]+」|【[^】\n]+】/g;

/** The translation writes a bold marker escaped (`\*\*`), which its English does not: the marker shows as two asterisks. */
function escapedBold(tr: InlineText, en: InlineText): boolean {
  return tr.has('\\') && tr.text.includes('\\*\\*') && !en.text.includes('\\*');
}

function bracketLabels(prose: string): number {
  return prose.match(BRACKET_LABEL)?.length ?? 0;
}

/** True when the side has a `*` or `_` at all: without one it has no emphasis to compare. */
export function hasEmphasisMarker(side: InlineText): boolean {
  return side.has('*') || side.has('_');
}

export function contentOf(side: InlineText, span: EmphasisSpan): string {
  return side.slice({ start: span.contentStart, end: span.contentEnd });
}
