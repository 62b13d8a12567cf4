import type { Rule } from '../rule';

export const machineTranslated: Rule = {
  code: 'machine-translated',
  description: 'A note that the file is machine-translated (ms.translationtype: MT), with its number of segments.',
  defaultSeverity: 'information',
  scope: 'document',
  fixable: false,
  check({ doc, report }) {
    if (doc.keys.translationType?.trim().toUpperCase() !== 'MT') return;
    const span = doc.keys.valueSpans['ms.translationtype'];
    if (!span) return;
    const n = doc.segments.length;
    report({
      message: `This file is machine-translated (ms.translationtype: MT), with ${n} ${n === 1 ? 'segment' : 'segments'}.`,
      start: span.start,
      end: span.end,
    });
  },
};
