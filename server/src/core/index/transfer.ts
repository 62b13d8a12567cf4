import type { GroupEntries } from './groupIndexing';
import type { IndexedDocument } from './indexedDocument';
import { SegmentTable } from './segmentTable';

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

/** The array buffers of a transferred group, to move rather than copy them. */
export function transferables(group: TransferredGroup): ArrayBuffer[] {
  return [...group.translations, ...(group.english ? [group.english] : [])].map((d) => d.segments.buffer as ArrayBuffer).filter((b) => b.byteLength > 0);
}
