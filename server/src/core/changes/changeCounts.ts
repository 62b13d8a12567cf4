import type { SxsDocument } from '../model';
import type { SegmentChanges } from './segmentChanges';
import { wordDiff } from './wordDiff';

/** How much of a document's English changed, for reports and progress. */
export interface ChangeCounts {
  /** Segments whose English changed. */
  readonly changed: number;
  /** Segments whose English is no longer there. */
  readonly removed: number;
  /** English sentences that no segment has. */
  readonly added: number;
  /** English words deleted or inserted: in the changed segments (word diff), the removed ones and the added sentences. */
  readonly changedWords: number;
}

/** Counts what changed in a document's English, from its alignment. */
export function changeCounts(doc: SxsDocument, changes: SegmentChanges): ChangeCounts {
  let changed = 0;
  let removed = 0;
  let words = 0;
  for (const s of changes.segments) {
    const before = doc.segments[s.index]?.source?.text ?? '';
    if (s.state === 'changed') {
      changed++;
      for (const part of wordDiff(before, s.english.map((e) => e.text).join(' '))) if (part.kind !== 'same') words += countWords(part.text);
    } else if (s.state === 'removed') {
      removed++;
      words += countWords(before);
    }
  }
  for (const a of changes.added) words += countWords(a.sentence.text);
  return { changed, removed, added: changes.added.length, changedWords: words };
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
