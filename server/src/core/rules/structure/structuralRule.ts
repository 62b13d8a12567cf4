import type { StructuralCode } from '../../model';
import type { Rule } from '../rule';

/** A rule that reports the parser's structural problems of one code. */
export function structuralRule(code: StructuralCode, description: string, defaultSeverity: Rule['defaultSeverity'], scope: Rule['scope'] = 'structure'): Rule {
  return {
    code,
    description,
    defaultSeverity,
    scope,
    fixable: false,
    check({ doc, report }) {
      for (const p of doc.problems) {
        if (p.code === code) report({ message: p.message, start: p.span.start, end: p.span.end, segment: p.segment });
      }
    },
  };
}
