import type { Segment, SxsDocument } from './model';

/** The segment whose markup contains the offset (end inclusive, so a cursor just after it counts). */
export function segmentAt(doc: SxsDocument, offset: number): Segment | undefined {
  const segments = doc.segments;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (offset < s.full.start) hi = mid - 1;
    else if (offset > s.full.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Which side of the segment the offset is on. */
export function sideAt(segment: Segment, offset: number): 'translation' | 'source' {
  return segment.source && offset >= segment.source.full.start ? 'source' : 'translation';
}
