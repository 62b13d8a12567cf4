import type { Rule } from '../rule';

export const machineTranslated: Rule = {
  code: 'machine-translated',
  description: 'A note that the file is machine-translated (ms.translationtype: MT), with its number of segments.',
  defaultSeverity: 'information',
  scope: 'document',
  fixable: false,
  check({ doc, report, l10n }) {
    if (doc.keys.translationType?.trim().toUpperCase() !== 'MT') return;
    const span = doc.keys.valueSpans['ms.translationtype'];
    if (!span) return;
    const n = doc.segments.length;
    report({
      message: n === 1 ? l10n.t('This file is machine-translated (ms.translationtype: MT), with 1 segment.') : l10n.t('This file is machine-translated (ms.translationtype: MT), with {count} segments.', { count: n }),
      start: span.start,
      end: span.end,
    });
  },
};
