import type { Placeholder } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { segmentRule } from '../segmentRule';
import { listOf, missingIndexes, translationRange } from './compare';
import { timesAsToken } from './spanBounds';

export const placeholders = segmentRule({
  code: 'placeholder',
  description: 'A placeholder of the English ({Name}, %temp%, %s, <name>) changed or lost in the translation, or a format mask of one repeated letter (ddd-dd-dddd, XXXX.XXXX) not written as the English writes it.',
  defaultSeverity: 'warning',
  fixable: true,
  checkSegment(s) {
    const { l10n } = s;
    checkMasks(s);
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

/**
 * A format mask: one letter that stands for a digit or character (d, x, n, or #), three times
 * or more, in groups joined by one "-", ".", "/" or space ("ddddddddd", "ddd-dd-dddd",
 * "XXX.XXX.XXX.XXX"). Not a word: nothing but the mask's letter and its joints.
 */
const MASK = /(?<![\p{L}\p{N}])(([dDxXnN#])\2{2,}(?:[-./ ]\2+)*)(?![\p{L}\p{N}])/gu;

/**
 * The English's format masks that the translation does not write as many times, in any case
 * ("DDD-DD-dddd" is the mask still): translated ("(gales)" for "(ddddddddd)"), lost, broken by
 * other words ("20.052. xxxx sein. XXXX") or turned into another letter ("TDD DD dddd").
 */
function checkMasks(s: SegmentCheck): void {
  const prose = s.en.prose;
  if (!/([dDxXnN#])\1\1/.test(prose)) return;
  const seen = new Set<string>();
  // A space after a joint ("20.052. XXXX. XXXX" for "20.052.XXXX.XXXX") is read away, as a space
  // added inside a version is: the mask is all there.
  const tr = s.tr.prose.toLowerCase().replace(/([-./])\s+(?=[dxn#])/g, '$1');
  const { l10n } = s;
  MASK.lastIndex = 0;
  for (let m = MASK.exec(prose); m; m = MASK.exec(prose)) {
    const mask = m[1].toLowerCase();
    if (seen.has(mask)) continue;
    seen.add(mask);
    if (timesAsToken(tr, mask) >= timesAsToken(prose.toLowerCase(), mask)) continue;
    s.report({ message: l10n.t('The English has the format mask {mask}; the translation does not write it so.', { mask: m[1] }), ...translationRange(s) });
  }
}


