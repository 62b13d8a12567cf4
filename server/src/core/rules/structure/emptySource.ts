import type { Rule } from '../rule';
import { isBlank } from '../segmentRule';
import { quote } from '../segment/compare';

export const emptySource: Rule = {
  code: 'empty-source',
  description: 'An English lookup span with no text, so the translation has nothing to be compared with.',
  defaultSeverity: 'warning',
  scope: 'structure',
  fixable: false,
  check({ doc, report, l10n }) {
    for (const segment of doc.segments) {
      const source = segment.source;
      if (!source || isBlank(segment.translation.text) || !isBlank(source.text)) continue;
      report({
        message: l10n.t('The English of segment {id} is empty; its translation is "{translation}".', { id: segment.id, translation: quote(segment.translation.text) }),
        start: source.full.start,
        end: source.full.end,
        segment,
      });
    }
  },
};
