import type { Segment, SxsDocument } from '../model';

export type Direction = 'next' | 'previous';

/** A segment found by a navigation command. */
export interface SegmentMatch {
  readonly segment: Segment;
  /** The search went past the end (or the start) of the document and came round. */
  readonly wrapped: boolean;
  /** Its place among the matching segments, from 1. */
  readonly ordinal: number;
  /** How many segments match. */
  readonly total: number;
}

/**
 * The next (or previous) segment after (or before) the offset that satisfies `test`, coming
 * round at the end of the document. A segment that holds the offset is neither next nor previous.
 */
export function findSegment(doc: SxsDocument, offset: number, direction: Direction, test: (s: Segment) => boolean): SegmentMatch | undefined {
  const matches = doc.segments.filter(test);
  if (!matches.length) return undefined;
  const contains = (s: Segment) => s.full.start <= offset && offset < s.full.end && s.translation.content.start !== offset;
  let index: number;
  if (direction === 'next') {
    index = matches.findIndex((s) => s.translation.content.start > offset && !contains(s));
  } else {
    index = findLastIndex(matches, (s) => s.translation.content.start < offset && !contains(s));
  }
  const wrapped = index === -1;
  if (wrapped) index = direction === 'next' ? 0 : matches.length - 1;
  return { segment: matches[index], wrapped, ordinal: index + 1, total: matches.length };
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
