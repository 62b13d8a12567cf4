import { segmentLabel } from '../index/coverage';
import type { Segment, SxsDocument } from '../model';
import { englishHash, translationHash } from './reviewHashes';
import { recordKey, type ReviewRecord, type ReviewState } from './reviewFile';

/**
 * A segment's review state as the editor shows it: a state stored in the review file for
 * this very English and translation, else `needs-review` when its English changed or the
 * file is machine-translated, else `unreviewed`.
 */
export type SegmentReviewState = ReviewState | 'unreviewed';

export interface SegmentReview {
  /** The segment's index in the document. */
  readonly index: number;
  /** `104`, `p103`: its key in the review file. */
  readonly label: string;
  readonly state: SegmentReviewState;
  /** Its English changed since it was translated. */
  readonly changed: boolean;
  /** A state was stored for it, on another English or translation: the state no longer holds. */
  readonly lapsed: boolean;
  /** The stored record (also when lapsed: its comments stay). */
  readonly record: ReviewRecord | undefined;
}

export interface ReviewCounts {
  readonly segments: number;
  readonly approved: number;
  readonly changed: number;
  /** Needing review or with changes requested. */
  readonly toReview: number;
}

/** The review state of every segment of a document from the records of its review file. */
export function segmentReviews(doc: SxsDocument, path: string, records: readonly ReviewRecord[], changed: ReadonlySet<number>): SegmentReview[] {
  const byKey = new Map(records.filter((r) => r.path === path).map((r) => [recordKey(r), r]));
  const machine = doc.keys.translationType?.trim().toUpperCase() === 'MT';
  return doc.segments.map((segment, index) => {
    const label = segmentLabel(segment);
    const record = segment.number >= 0 ? byKey.get(recordKey({ path, segment: label })) : undefined;
    const holds = !!record && holdsFor(record, segment);
    const isChanged = changed.has(index);
    const state: SegmentReviewState = holds ? record.state : isChanged || machine ? 'needs-review' : 'unreviewed';
    return { index, label, state, changed: isChanged, lapsed: !!record && !holds, record };
  });
}

/** True when a record was made on the segment's present English and translation. */
export function holdsFor(record: ReviewRecord, segment: Segment): boolean {
  return record.english === englishHash(segment) && record.translation === translationHash(segment);
}

export function reviewCounts(reviews: readonly SegmentReview[]): ReviewCounts {
  let approved = 0;
  let changed = 0;
  let toReview = 0;
  for (const r of reviews) {
    if (r.state === 'approved') approved++;
    if (r.state === 'needs-review' || r.state === 'changes-requested') toReview++;
    if (r.changed) changed++;
  }
  return { segments: reviews.length, approved, changed, toReview };
}
