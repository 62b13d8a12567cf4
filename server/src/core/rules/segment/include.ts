import { segmentRule } from '../segmentRule';
import { translationRange } from './compare';

export const include = segmentRule({
  code: 'include',
  description: 'An [!INCLUDE] of the English missing from the translation, or pointing elsewhere.',
  defaultSeverity: 'warning',
  fixable: true,
  checkSegment(s) {
    const { l10n } = s;
    const en = s.en.includes;
    const tr = s.tr.includes;
    if (en.length === 0 && tr.length === 0) return;
    const enPaths = new Set(en.map((i) => i.path));
    const trPaths = new Set(tr.map((i) => i.path));
    const lost = en.filter((i) => !trPaths.has(i.path));
    const foreign = tr.filter((i) => !enPaths.has(i.path));
    foreign.forEach((inc, k) => {
      const english = lost.length === foreign.length ? lost[k] : undefined;
      s.report({
        message: english
          ? l10n.t('This include points to {path}; the English includes {english}.', { path: inc.path, english: english.path })
          : l10n.t('This include points to {path}; the English includes no such file.', { path: inc.path }),
        start: inc.pathStart,
        end: inc.pathEnd,
        fix: english ? { title: l10n.t('Restore the include path from the English: {path}', { path: english.path }), edits: [{ start: inc.pathStart, end: inc.pathEnd, newText: english.path }] } : undefined,
      });
    });
    if (lost.length > foreign.length) {
      for (const inc of lost.slice(foreign.length)) {
        s.report({ message: l10n.t('The English includes {path}; the translation does not.', { path: inc.path }), ...translationRange(s) });
      }
    }
  },
});
