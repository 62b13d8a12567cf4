import type { MemoryPair } from '../core/memory/translationMemory';
import type { TransferredDocument, TransferredGroup } from '../core/index/transfer';

/*
 * The locale index's entries of each document as the cache file holds them (JSON): typed
 * arrays as base64, the segment pairs the index learns terms from as numbers into one table of
 * strings (many recur in thousands of documents). What the index learns from a document (its
 * segment table and how its translations treat names and words) depends on the document's
 * bytes and place only, so a run whose cache holds it reads and parses the document only when
 * it checks it.
 */

/** A pair as three numbers into the table of strings: its English, its translation, its segment id. */
type StoredPairs = readonly number[];
type StoredDocument = Omit<TransferredDocument, 'segments' | 'pairs'> & { readonly segments: string; readonly pairs?: StoredPairs };

interface StoredGroup {
  readonly translations: readonly StoredDocument[];
  readonly english?: StoredDocument;
  readonly reference?: string;
}

/** The index entries as the cache file holds them. */
export interface StoredIndexData {
  readonly strings: readonly string[];
  readonly groups: Readonly<Record<string, StoredGroup>>;
}

/** The index entries of the cache: those read from its file, and those this run used or made. */
export class StoredIndex {
  private readonly stored: ReadonlyMap<string, StoredGroup>;
  private readonly used = new Map<string, TransferredGroup>();

  constructor(private readonly data: StoredIndexData = { strings: [], groups: {} }) {
    this.stored = new Map(Object.entries(data.groups));
  }

  /** True when the data has the shape written (the entries themselves are checked as they are read). */
  static isData(data: unknown): data is StoredIndexData {
    return typeof data === 'object' && data !== null && Array.isArray((data as StoredIndexData).strings) && typeof (data as StoredIndexData).groups === 'object';
  }

  /** The entries stored under the key, or undefined (also when they are not of the shape written). */
  get(key: string): TransferredGroup | undefined {
    const stored = this.stored.get(key);
    const group = stored && restoreGroup(stored, this.data.strings);
    if (group) this.used.set(key, group);
    return group;
  }

  set(key: string, group: TransferredGroup): void {
    this.used.set(key, group);
  }

  /** What the cache file keeps: the entries this run used, or, when it built no index, those it read. */
  toData(): StoredIndexData {
    if (this.used.size === 0) return this.data;
    const ids = new Map<string, number>();
    const strings: string[] = [];
    const id = (s: string) => {
      let n = ids.get(s);
      if (n === undefined) {
        n = strings.push(s) - 1;
        ids.set(s, n);
      }
      return n;
    };
    const groups: Record<string, StoredGroup> = {};
    for (const [key, group] of this.used) groups[key] = storeGroup(group, id);
    return { strings, groups };
  }
}

function storeGroup(group: TransferredGroup, id: (s: string) => number): StoredGroup {
  const store = (d: TransferredDocument) => storeDocument(d, id);
  return { translations: group.translations.map(store), english: group.english && store(group.english), reference: group.reference };
}

function restoreGroup(stored: StoredGroup, strings: readonly string[]): TransferredGroup | undefined {
  try {
    if (!Array.isArray(stored.translations)) return undefined;
    const restore = (d: StoredDocument) => restoreDocument(d, strings);
    return { translations: stored.translations.map(restore), english: stored.english && restore(stored.english), reference: stored.reference };
  } catch {
    return undefined;
  }
}

function storeDocument(d: TransferredDocument, id: (s: string) => number): StoredDocument {
  const { segments, pairs, ...rest } = d;
  return {
    ...rest,
    segments: base64(segments),
    ...(pairs ? { pairs: pairs.flatMap((p) => [id(p.english), id(p.translation), id(p.segment)]) } : {}),
  };
}

function restoreDocument(d: StoredDocument, strings: readonly string[]): TransferredDocument {
  const { segments, pairs, ...rest } = d;
  if (typeof segments !== 'string' || typeof d.uri !== 'string' || typeof d.key !== 'string') throw new Error('not an entry');
  const bytes = Buffer.from(segments, 'base64');
  if (bytes.length % 4) throw new Error('not a segment table');
  const table = new Int32Array(bytes.length / 4);
  new Uint8Array(table.buffer).set(bytes);
  const text = (n: number) => {
    const s = strings[n];
    if (typeof s !== 'string') throw new Error('not a string of the table');
    return s;
  };
  return {
    ...rest,
    segments: table,
    ...(pairs ? { pairs: restorePairs(pairs, text) } : {}),
  };
}

function restorePairs(stored: StoredPairs, text: (n: number) => string): MemoryPair[] {
  if (!Array.isArray(stored) || stored.length % 3) throw new Error('not a list of pairs');
  const pairs: MemoryPair[] = [];
  for (let i = 0; i < stored.length; i += 3) pairs.push({ english: text(stored[i]), translation: text(stored[i + 1]), segment: text(stored[i + 2]) });
  return pairs;
}

function base64(array: Int32Array | Uint8Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}
