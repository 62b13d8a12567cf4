import type { Segment, SxsDocument } from '../model';
import { findSegment, type Direction, type SegmentMatch } from '../reading/findSegment';
import type { SegmentReview } from './reviewStates';

/** Why a segment needs a post-editor's attention. */
export type AttentionKind = 'changed' | 'finding' | 'unreviewed' | 'untranslated';

export const ATTENTION_KINDS: readonly AttentionKind[] = ['changed', 'finding', 'unreviewed', 'untranslated'];

/** What is known of each segment, by index. */
export interface AttentionInputs {
  readonly reviews: readonly SegmentReview[];
  /** Segments with a finding. */
  readonly withFindings: ReadonlySet<number>;
  /** Segments that read as not translated. */
  readonly untranslated: ReadonlySet<number>;
}

/**
 * The reasons a segment needs attention, among `kinds`: its English changed and it has no
 * approval since; a finding is on it; it needs review or has changes requested; it is not
 * translated. An approved segment needs attention only for a finding or for being untranslated.
 */
export function attentionReasons(index: number, inputs: AttentionInputs, kinds: readonly AttentionKind[] = ATTENTION_KINDS): AttentionKind[] {
  const review = inputs.reviews[index];
  const reasons: AttentionKind[] = [];
  const approved = review?.state === 'approved';
  if (kinds.includes('changed') && review?.changed && !approved) reasons.push('changed');
  if (kinds.includes('finding') && inputs.withFindings.has(index)) reasons.push('finding');
  if (kinds.includes('unreviewed') && (review?.state === 'needs-review' || review?.state === 'changes-requested')) reasons.push('unreviewed');
  if (kinds.includes('untranslated') && inputs.untranslated.has(index)) reasons.push('untranslated');
  return reasons;
}

/** The next or previous segment needing attention from an offset, coming round at the ends. */
export function findAttention(doc: SxsDocument, offset: number, direction: Direction, inputs: AttentionInputs, kinds?: readonly AttentionKind[]): (SegmentMatch & { reasons: AttentionKind[] }) | undefined {
  const test = (s: Segment) => attentionReasons(s.index, inputs, kinds).length > 0;
  const match = findSegment(doc, offset, direction, test);
  return match && { ...match, reasons: attentionReasons(match.segment.index, inputs, kinds) };
}
