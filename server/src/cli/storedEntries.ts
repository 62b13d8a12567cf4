import type { MemoryPair } from '../core/memory/translationMemory';
import type { TransferredDocument, TransferredGroup } from '../core/index/transfer';
import type { TermObservations } from '../core/terms/observe';

/*
 * The locale index's entries of each document as the cache file holds them (JSON): typed
 * arrays as base64, and what the index learns terms from (a translation's observations, or its
 * segment pairs) with their texts as numbers into one table of strings (many recur in
 * thousands of documents). What the index learns from a document (its segment table and how
 * its translations treat names and words) depends on the document's bytes and place only, so a
 * run whose cache holds it reads, parses and observes the document only when it checks it.
 */

/** A pair as three numbers into the table of strings: its English, its translation, its segment id. */
type StoredPairs = readonly number[];
/** Observations with their keys and words as numbers into the table of strings, their kinds and counts as base64. */
interface StoredObservations {
  readonly keys: readonly number[];
  readonly kinds: string;
  readonly counts: string;
  readonly native: readonly number[];
  readonly segments: number;
}
type StoredDocument = Omit<TransferredDocument, 'segments' | 'pairs' | 'observed'> & { readonly segments: string; readonly pairs?: StoredPairs; readonly observed?: StoredObservations };

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

  /**
   * What the cache file keeps: the entries this run used, or, when it built no index, those it
   * read. Entries read from the file are written back as they were read, and new ones number
   * their strings after the table's (which only grows: a cache file that outgrows what it holds
   * starts afresh).
   */
  toData(): StoredIndexData {
    if (this.used.size === 0) return this.data;
    const fresh = [...this.used].filter(([key]) => !this.stored.has(key));
    const reused = this.data.strings.length <= 4 * 1024 * 1024;
    const strings = reused ? [...this.data.strings] : [];
    const ids = new Map<string, number>();
    if (reused) strings.forEach((s, i) => ids.set(s, i));
    const id = (s: string) => {
      let n = ids.get(s);
      if (n === undefined) {
        n = strings.push(s) - 1;
        ids.set(s, n);
      }
      return n;
    };
    const groups: Record<string, StoredGroup> = {};
    for (const [key, group] of reused ? fresh : this.used) groups[key] = storeGroup(group, id);
    if (reused) for (const key of this.used.keys()) if (this.stored.has(key)) groups[key] = this.stored.get(key)!;
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
  const { segments, pairs, observed, ...rest } = d;
  return {
    ...rest,
    segments: base64(segments),
    ...(pairs ? { pairs: pairs.flatMap((p) => [id(p.english), id(p.translation), id(p.segment)]) } : {}),
    ...(observed ? { observed: storeObservations(observed, id) } : {}),
  };
}

function restoreDocument(d: StoredDocument, strings: readonly string[]): TransferredDocument {
  const { segments, pairs, observed, ...rest } = d;
  if (typeof segments !== 'string' || typeof d.uri !== 'string' || typeof d.key !== 'string') throw new Error('not an entry');
  const text = (n: number) => {
    const s = strings[n];
    if (typeof s !== 'string') throw new Error('not a string of the table');
    return s;
  };
  return {
    ...rest,
    segments: fromBase64(segments, Int32Array),
    ...(pairs ? { pairs: restorePairs(pairs, text) } : {}),
    ...(observed ? { observed: restoreObservations(observed, text) } : {}),
  };
}

function storeObservations(o: TermObservations, id: (s: string) => number): StoredObservations {
  return { keys: o.keys.map(id), kinds: base64(o.kinds), counts: base64(o.counts), native: o.native.map(id), segments: o.segments };
}

function restoreObservations(stored: StoredObservations, text: (n: number) => string): TermObservations {
  if (!Array.isArray(stored.keys) || !Array.isArray(stored.native) || typeof stored.kinds !== 'string' || typeof stored.counts !== 'string' || typeof stored.segments !== 'number') throw new Error('not observations');
  const kinds = fromBase64(stored.kinds, Uint8Array);
  const counts = fromBase64(stored.counts, Int32Array);
  if (kinds.length !== stored.keys.length || counts.length !== 3 * stored.keys.length) throw new Error('not observations');
  return { keys: stored.keys.map(text), kinds, counts, native: stored.native.map(text), segments: stored.segments };
}

/** A typed array from its bytes in base64 (copied, so that it is aligned and owns its buffer). */
function fromBase64<T extends Int32Array | Uint8Array>(text: string, type: { new (length: number): T; readonly BYTES_PER_ELEMENT: number }): T {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length % type.BYTES_PER_ELEMENT) throw new Error('not an array of that type');
  const array = new type(bytes.length / type.BYTES_PER_ELEMENT);
  new Uint8Array(array.buffer).set(bytes);
  return array;
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
