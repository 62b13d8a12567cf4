import { problemMessage } from '../../parse/problemMessages';
import type { Rule } from '../rule';

export const idMismatch: Rule = {
  code: 'id-mismatch',
  description: "An English lookup whose data-stu-id differs from its translation's data-ttu-id.",
  defaultSeverity: 'error',
  scope: 'structure',
  fixable: true,
  check({ doc, report, l10n }) {
    for (const p of doc.problems) {
      if (p.code !== 'id-mismatch' || !p.segment?.source) continue;
      const { source, id, wellFormedId } = p.segment;
      // Only a well-formed id is copied: a damaged one (quotes, `<`) would break the lookup's tag.
      const fix = wellFormedId ? { title: l10n.t("Set the English lookup's id to {id}", { id }), edits: [{ start: source.idSpan.start, end: source.idSpan.end, newText: id }] } : undefined;
      report({ message: problemMessage(p.detail, l10n), start: p.span.start, end: p.span.end, segment: p.segment, ...(fix ? { fix } : {}) });
    }
  },
};
