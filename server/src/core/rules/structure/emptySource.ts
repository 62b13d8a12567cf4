import type { Rule } from '../rule';
import { isBlank } from '../segmentRule';
import { quote } from '../segment/compare';

export const emptySource: Rule = {
  code: 'empty-source',
  description: 'An English lookup span with no text, so the translation has nothing to be compared with.',
  defaultSeverity: 'warning',
  scope: 'structure',
  fixable: false,
  check({ doc, report }) {
    for (const segment of doc.segments) {
      const source = segment.source;
      if (!source || isBlank(segment.translation.text) || !isBlank(source.text)) continue;
      report({
        message: `The English of segment ${segment.id} is empty; its translation is "${quote(segment.translation.text)}".`,
        start: source.full.start,
        end: source.full.end,
        segment,
      });
    }
  },
};
