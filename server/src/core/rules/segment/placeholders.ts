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
    const t = s.en.text;
    if (t.indexOf('{') === -1 && t.indexOf('%') === -1 && t.indexOf('<') === -1) return;
    const en = s.en.placeholders;
    if (en.length === 0) return;
    const tr = s.tr.placeholders;
    checkVerbatim(s, en.filter((p) => p.verbatim), tr.filter((p) => p.kind !== 'angle'));
    const enAngles = en.filter((p) => p.kind === 'angle');
    const trAngles = tr.filter((p) => p.kind === 'angle');
    if (trAngles.length < enAngles.length) {
      s.report({
        message: `The English has ${enAngles.length === 1 ? 'the placeholder' : `${enAngles.length} placeholders:`} ${listOf(enAngles.map((p) => p.text))}; the translation has ${trAngles.length === 0 ? 'none' : trAngles.length}.`,
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
  lost.forEach((l, k) => {
    const english = en[l];
    const changed = foreign.length === lost.length ? tr[foreign[k]] : undefined;
    if (changed) {
      s.report({
        message: `The English has the placeholder ${english.text}; the translation changed it to ${changed.text}.`,
        start: changed.start,
        end: changed.end,
        fix: { title: `Restore the placeholder from the English: ${english.text}`, edits: [{ start: changed.start, end: changed.end, newText: english.text }] },
      });
    } else {
      s.report({ message: `The English has the placeholder ${english.text}; the translation does not.`, ...translationRange(s) });
    }
  });
}

/** Environment variables are not case-sensitive: `%APPDATA%` is `%appdata%`. */
function comparable(p: Placeholder): string {
  return p.kind === 'percent' ? p.text.toLowerCase() : p.text;
}
