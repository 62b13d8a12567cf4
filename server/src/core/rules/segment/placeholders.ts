import type { Placeholder } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { segmentRule } from '../segmentRule';
import { listOf, missingIndexes, translationRange } from './compare';

export const placeholders = segmentRule({
  code: 'placeholder',
  description: 'A placeholder of the English ({Name}, %temp%, %s, <name>) changed or lost in the translation.',
  defaultSeverity: 'warning',
  fixable: true,
  checkSegment(s) {
    const { l10n } = s;
    if (!s.en.has('{') && !s.en.has('%') && !s.en.has('<')) return;
    const en = s.en.placeholders;
    if (en.length === 0) return;
    const tr = s.tr.placeholders;
    checkVerbatim(s, en.filter((p) => p.verbatim), tr.filter((p) => p.kind !== 'angle'));
    const enAngles = en.filter((p) => p.kind === 'angle');
    const trAngles = tr.filter((p) => p.kind === 'angle');
    if (trAngles.length < enAngles.length) {
      const args = { placeholders: listOf(enAngles.map((p) => p.text), l10n), count: enAngles.length, translated: trAngles.length };
      s.report({
        message:
          enAngles.length === 1
            ? l10n.t('The English has the placeholder {placeholders}; the translation has none.', args)
            : trAngles.length === 0
              ? l10n.t('The English has {count} placeholders: {placeholders}; the translation has none.', args)
              : l10n.t('The English has {count} placeholders: {placeholders}; the translation has {translated}.', args),
        ...translationRange(s),
      });
    }
  },
});

/** Placeholders written as code writes them must be in the translation as they are. */
function checkVerbatim(s: SegmentCheck, en: Placeholder[], tr: Placeholder[]): void {
  if (en.length === 0) return;
  const enTexts = en.map(comparable);
  const trTexts = tr.map(comparable);
  const lost = missingIndexes(enTexts, trTexts);
  if (lost.length === 0) return;
  const enAll = new Set(s.en.placeholders.map(comparable));
  const foreign = missingIndexes(trTexts, enTexts).filter((i) => !enAll.has(trTexts[i]));
  const { l10n } = s;
  lost.forEach((l, k) => {
    const english = en[l];
    const changed = foreign.length === lost.length ? tr[foreign[k]] : undefined;
    if (changed) {
      s.report({
        message: l10n.t('The English has the placeholder {placeholder}; the translation changed it to {changed}.', { placeholder: english.text, changed: changed.text }),
        start: changed.start,
        end: changed.end,
        fix: { title: l10n.t('Restore the placeholder from the English: {placeholder}', { placeholder: english.text }), edits: [{ start: changed.start, end: changed.end, newText: english.text }] },
      });
    } else {
      s.report({ message: l10n.t('The English has the placeholder {placeholder}; the translation does not.', { placeholder: english.text }), ...translationRange(s) });
    }
  });
}

/** Environment variables are not case-sensitive: `%APPDATA%` is `%appdata%`. */
function comparable(p: Placeholder): string {
  return p.kind === 'percent' ? p.text.toLowerCase() : p.text;
}
