import { isEnglish } from '../../locale';
import type { Rule } from '../rule';

export const noSegments: Rule = {
  code: 'no-segments',
  description: 'A localized file with no side-by-side segments: a plain translation, with no English to compare.',
  defaultSeverity: 'information',
  scope: 'document',
  fixable: false,
  check({ doc, locale, report, l10n }) {
    if (doc.segments.length > 0 || doc.orphanLookups.length > 0 || !doc.keys.contentLocale || isEnglish(locale)) return;
    const span = doc.keys.valueSpans['ms.contentlocale'];
    const start = span?.start ?? 0;
    report({
      message: l10n.t('This {locale} file has no side-by-side segments, so its translation cannot be compared with the English.', { locale: String(doc.keys.contentLocale) }),
      start,
      end: span?.end ?? doc.lines.lineEnd(0),
    });
  },
};
