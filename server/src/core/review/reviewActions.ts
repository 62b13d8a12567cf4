import type { SxsDocument } from '../model';
import { englishHash, translationHash } from './reviewHashes';
import { recordKey, type ReviewRecord, type ReviewState } from './reviewFile';
import type { SegmentReview } from './reviewStates';

/** What a reviewer does to segments of a document. */
export type ReviewAction =
  | { readonly kind: 'set-state'; readonly state: ReviewState; readonly segments: readonly string[] }
  /** Approve every segment whose English did not change, is translated, and has no changes requested. */
  | { readonly kind: 'approve-unchanged' }
  | { readonly kind: 'comment'; readonly segment: string; readonly body: string }
  | { readonly kind: 'resolve'; readonly segment: string; readonly resolved: boolean };

export interface ActionContext {
  readonly doc: SxsDocument;
  /** The document's path in the review file. */
  readonly path: string;
  readonly reviews: readonly SegmentReview[];
  /** Segments that read as not translated, by index. */
  readonly untranslated: ReadonlySet<number>;
  readonly by: string;
  /** ISO 8601. */
  readonly at: string;
}

/** The records after the action, and how many segments it changed. Records of other documents pass through. */
export function applyReviewAction(records: readonly ReviewRecord[], action: ReviewAction, ctx: ActionContext): { records: ReviewRecord[]; changed: number } {
  const byKey = new Map(records.map((r) => [recordKey(r), r]));
  const byLabel = new Map(ctx.reviews.map((r) => [r.label, r]));
  let changed = 0;
  const put = (label: string, update: (current: ReviewRecord | undefined, base: ReviewRecord) => ReviewRecord) => {
    const review = byLabel.get(label);
    if (!review) return;
    const segment = ctx.doc.segments[review.index];
    const key = recordKey({ path: ctx.path, segment: label });
    const current = byKey.get(key);
    const stateNow: ReviewState = review.state === 'unreviewed' ? 'needs-review' : review.state;
    const base: ReviewRecord = { path: ctx.path, segment: label, english: englishHash(segment), translation: translationHash(segment), state: stateNow, comments: current?.comments, resolved: current?.resolved };
    byKey.set(key, update(current, base));
    changed++;
  };
  switch (action.kind) {
    case 'set-state':
      for (const label of new Set(action.segments)) put(label, (_c, base) => ({ ...base, state: action.state, by: ctx.by, at: ctx.at }));
      break;
    case 'approve-unchanged':
      for (const r of ctx.reviews) {
        if (r.changed || r.state === 'approved' || r.state === 'changes-requested' || ctx.untranslated.has(r.index) || ctx.doc.segments[r.index].number < 0) continue;
        put(r.label, (_c, base) => ({ ...base, state: 'approved', by: ctx.by, at: ctx.at }));
      }
      break;
    case 'comment': {
      const body = action.body.trim();
      if (!body) break;
      // A comment keeps the state that holds (and its author and date); on a segment with none, it asks for review.
      put(action.segment, (current, base) => ({ ...base, ...(current && !byLabel.get(action.segment)?.lapsed ? { by: current.by, at: current.at } : { by: ctx.by, at: ctx.at }), resolved: false, comments: [...(current?.comments ?? []), { by: ctx.by, at: ctx.at, body }] }));
      break;
    }
    case 'resolve':
      put(action.segment, (current, base) => ({ ...base, by: current?.by ?? ctx.by, at: current?.at ?? ctx.at, resolved: action.resolved }));
      break;
  }
  return { records: [...byKey.values()], changed };
}
