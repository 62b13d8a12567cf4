import type { Segment, SegmentPart } from '../../model';
import type { L10n } from '../../l10n';
import type { Rule } from '../rule';
import { isBlank } from '../segmentRule';
import { quote } from '../segment/compare';

/** What tells the two empty-side rules apart: which side is empty, and what they say. */
interface EmptySide {
  readonly code: string;
  readonly description: string;
  /** The side that is empty (reported on), and the one with text. */
  readonly empty: (segment: Segment, source: SegmentPart) => SegmentPart;
  readonly other: (segment: Segment, source: SegmentPart) => SegmentPart;
  readonly message: (l10n: L10n, id: string, otherText: string) => string;
}

/**
 * A rule that reports a segment one side of which is empty while the other has text (both
 * empty is not this rule's business): the empty side is where it points.
 */
export function emptySideRule(side: EmptySide): Rule {
  return {
    code: side.code,
    description: side.description,
    defaultSeverity: 'warning',
    scope: 'structure',
    fixable: false,
    check({ doc, report, l10n }) {
      for (const segment of doc.segments) {
        const source = segment.source;
        if (!source) continue;
        const empty = side.empty(segment, source);
        const other = side.other(segment, source);
        if (!isBlank(empty.text) || isBlank(other.text)) continue;
        report({ message: side.message(l10n, segment.id, quote(other.text)), start: empty.full.start, end: empty.full.end, segment });
      }
    },
  };
}
