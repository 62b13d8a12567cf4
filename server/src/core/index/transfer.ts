import type { GroupEntries } from './groupIndexing';
import type { IndexedDocument } from './indexedDocument';
import { SegmentTable } from './segmentTable';
import { observePairs } from '../terms/observe';

/** An entry as it crosses to another thread: plain fields, the segment table as its array. */
export type TransferredDocument = Omit<IndexedDocument, 'segments'> & { readonly segments: Int32Array };

export interface TransferredGroup {
  readonly translations: readonly TransferredDocument[];
  readonly english?: TransferredDocument;
  readonly reference?: string;
}

export function toTransfer(group: GroupEntries): TransferredGroup {
  const plain = (d: IndexedDocument): TransferredDocument => ({ ...d, segments: d.segments.raw() });
  return { translations: group.translations.map(plain), english: group.english && plain(group.english), reference: group.reference };
}

export function fromTransfer(group: TransferredGroup): GroupEntries {
  const entry = (d: TransferredDocument): IndexedDocument => ({ ...d, segments: SegmentTable.fromRaw(d.segments) });
  return { translations: group.translations.map(entry), english: group.english && entry(group.english), reference: group.reference };
}

/**
 * The group with each translation's pairs observed (see `IndexedDocument.observed`) and
 * dropped: where no translation memory is kept (the command line), the thread that indexed a
 * document observes it, and what crosses to the others is its observations, smaller than its
 * texts and counted without observing them again.
 */
export function withObservations(group: TransferredGroup): TransferredGroup {
  const observed = (d: TransferredDocument): TransferredDocument => (d.pairs ? { ...d, pairs: undefined, observed: observePairs(d.pairs) } : d);
  return { ...group, translations: group.translations.map(observed) };
}

/** The group without what is learned from it (pairs, observations): the entries of an index whose learned counts come from elsewhere. */
export function withoutLearning(group: TransferredGroup): TransferredGroup {
  const bare = (d: TransferredDocument): TransferredDocument => (d.pairs || d.observed ? { ...d, pairs: undefined, observed: undefined } : d);
  return { ...group, translations: group.translations.map(bare), english: group.english && bare(group.english) };
}

/** The array buffers of a transferred group, to move rather than copy them. */
export function transferables(group: TransferredGroup): ArrayBuffer[] {
  const documents = [...group.translations, ...(group.english ? [group.english] : [])];
  const arrays = documents.flatMap((d) => [d.segments, ...(d.observed ? [d.observed.kinds, d.observed.counts] : [])]);
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))].filter((b) => b.byteLength > 0);
}
