import type { Rule } from '../rule';
import { isBlank } from '../segmentRule';
import { quote } from '../segment/compare';

export const emptyTranslation: Rule = {
  code: 'empty-translation',
  description: 'A translation span with no text, where its English has some.',
  defaultSeverity: 'warning',
  scope: 'structure',
  fixable: false,
  check({ doc, report, l10n }) {
    for (const segment of doc.segments) {
      const source = segment.source;
      if (!source || !isBlank(segment.translation.text) || isBlank(source.text)) continue;
      report({
        message: l10n.t('The translation of segment {id} is empty; its English is "{english}".', { id: segment.id, english: quote(source.text) }),
        start: segment.translation.full.start,
        end: segment.translation.full.end,
        segment,
      });
    }
  },
};
