import type { SegmentChanges } from '../changes/segmentChanges';

/**
 * The segments (by index in the document) whose English changed since the translation was
 * made: those the alignment of `core/changes/` reads as changed or removed in the current
 * English (the English source, or when the document is stale the newer version's lookups).
 * The one source of "what changed" for review, shared with the hover, the preview and the
 * stale finding. Without an alignment (no English source, and no version newer than this
 * one), no English is newer than the translation's: nothing changed.
 */
export function changedSegments(alignment: SegmentChanges | undefined): ReadonlySet<number> {
  return new Set(alignment?.segments.filter((s) => s.state !== 'unchanged').map((s) => s.index) ?? []);
}
