import type { L10n } from '../l10n';
import type { Segment, SxsDocument } from '../model';
import type { DocumentReview } from './reviewFeatures';

/** The code of a changed segment without an approval, as `sxs-docs check --require-reviewed` reports it. */
export const REVIEW_REQUIRED = {
  code: 'review-required',
  description: 'A segment whose English changed since it was translated, with no approval in the review file since (sxs-docs check --require-reviewed).',
  /** How a reviewer clears it, for the SARIF help. */
  help: 'Review the segment in the editor (Approve Segment, or Approve and Next), or record its approval in the review file .sxs-review.jsonl of the locale repository, and commit that file.',
} as const;

/** Each changed segment of the document that has no approval for its present English and translation. */
export function unapprovedChanges(doc: SxsDocument, review: DocumentReview, l10n: L10n): { segment: Segment; message: string }[] {
  return review.segments
    .filter((r) => r.changed && r.state !== 'approved')
    .map((r) => {
      const segment = doc.segments[r.index];
      const message =
        r.state === 'changes-requested'
          ? l10n.t('Segment {segment} changed in the English, and a reviewer requested changes to its translation.', { segment: r.label })
          : r.lapsed
            ? l10n.t('Segment {segment} changed since it was approved: its approval no longer holds.', { segment: r.label })
            : l10n.t('Segment {segment} changed in the English and has no approval since.', { segment: r.label });
      return { segment, message };
    });
}
