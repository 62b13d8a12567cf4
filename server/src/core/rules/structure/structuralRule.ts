import type { StructuralCode } from '../../model';
import { problemMessage } from '../../parse/problemMessages';
import type { Rule } from '../rule';

/** A rule that reports the parser's structural problems of one code. */
export function structuralRule(code: StructuralCode, description: string, defaultSeverity: Rule['defaultSeverity'], scope: Rule['scope'] = 'structure'): Rule {
  return {
    code,
    description,
    defaultSeverity,
    scope,
    fixable: false,
    check({ doc, report, l10n }) {
      for (const p of doc.problems) {
        if (p.code === code) report({ message: problemMessage(p.detail, l10n), start: p.span.start, end: p.span.end, segment: p.segment });
      }
    },
  };
}
