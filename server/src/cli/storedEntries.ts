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

/** Strings per line of the table: lines of some tens of kilobytes. */
export const STRINGS_PER_LINE = 4096;

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

export interface StoredGroup {
  readonly translations: readonly StoredDocument[];
  readonly english?: StoredDocument;
  readonly reference?: string;
}

/** The index entries as the cache file holds them. */
export interface StoredIndexData {
  readonly strings: readonly string[];
  readonly groups: Readonly<Record<string, StoredGroup>>;
  /** Entries left in the file read, read one at a time when asked for (see `readCacheFile`). */
  readonly lines?: GroupLines;
}

/** Documents' index entries left in the cache file read, by key. */
export interface GroupLines {
  keys(): Iterable<string>;
  has(key: string): boolean;
  /** The entries' line as the file has it, to copy it; undefined when it cannot be read. */
  line(key: string): string | undefined;
  /** The entries, or undefined when their line cannot be read or is not of the shape written. */
  get(key: string): StoredGroup | undefined;
  /** Closes the file: nothing more is read from it. */
  close(): void;
}

/** A record of the index's part of the cache file: a chunk of the table of strings, a document's entries, or a line of the file read, copied as it is. */
export type StoredIndexRecord = readonly ['strings', readonly string[]] | readonly ['group', string, StoredGroup] | { readonly copy: string };

/** A table of strings larger than this is not carried over: a cache file that outgrows what it holds starts afresh. */
const REUSED_STRINGS = 4 * 1024 * 1024;

/**
 * The index entries of the cache: those read from its file, and those this run used or made,
 * each written to the new cache file (`write`) as soon as it is used or made rather than kept
 * to the end of the run: what stays in memory is the table of strings (each name and word
 * once for the whole tree, as the learned counts keep them) and the keys written.
 */
export class StoredIndex {
  private readonly stored: Map<string, StoredGroup>;
  private readonly written = new Set<string>();
  /** The table of the file being written: each string's number, and those not written yet. */
  private ids: Map<string, number> | undefined;
  private unwritten: string[] = [];
  private reused = false;
  private next = 0;

  constructor(
    private readonly data: StoredIndexData = { strings: [], groups: {} },
    private readonly write: (record: StoredIndexRecord) => void = () => undefined,
  ) {
    this.stored = new Map(Object.entries(data.groups));
  }

  /** The entries stored under the key, or undefined (also when they are not of the shape written). */
  get(key: string): TransferredGroup | undefined {
    const stored = this.stored.get(key) ?? this.data.lines?.get(key);
    const group = stored && restoreGroup(stored, this.data.strings);
    if (group && !this.written.has(key)) {
      this.start();
      this.written.add(key);
      // Entries read from the file keep their numbers when the table is carried over.
      this.writeGroup(key, this.reused ? stored : storeGroup(group, this.id));
    }
    return group;
  }

  set(key: string, group: TransferredGroup): void {
    if (this.written.has(key)) return;
    this.start();
    this.written.add(key);
    this.writeGroup(key, storeGroup(group, this.id));
  }

  /**
   * Writes what is left: the strings not written yet, or, when this run built no index (used
   * and made no entries), the entries read, as they were read; then closes the file read.
   */
  finish(): void {
    if (this.written.size === 0) {
      const { strings, groups } = this.data;
      for (let i = 0; i < strings.length; i += STRINGS_PER_LINE) this.write(['strings', strings.slice(i, i + STRINGS_PER_LINE)]);
      for (const [key, group] of Object.entries(groups)) this.write(['group', key, group]);
      const lines = this.data.lines;
      for (const key of lines?.keys() ?? []) {
        const line = lines!.line(key);
        if (line !== undefined) this.write({ copy: line });
      }
    } else {
      this.flush(true);
    }
    this.data.lines?.close();
  }

  /** The table of the new file: the one read, carried over (its strings written first) unless it has grown too large. */
  private start(): void {
    if (this.ids) return;
    this.ids = new Map();
    this.reused = this.data.strings.length <= REUSED_STRINGS;
    if (!this.reused) return;
    this.data.strings.forEach((s, i) => this.ids!.set(s, i));
    this.next = this.data.strings.length;
    this.unwritten = [...this.data.strings];
    this.flush(false);
  }

  private readonly id = (s: string): number => {
    let n = this.ids!.get(s);
    if (n === undefined) {
      n = this.next++;
      this.ids!.set(s, n);
      this.unwritten.push(s);
    }
    return n;
  };

  private writeGroup(key: string, group: StoredGroup): void {
    this.flush(false);
    this.write(['group', key, group]);
  }

  /** Writes the strings not written yet: the full lines, and with `all` the rest. */
  private flush(all: boolean): void {
    let i = 0;
    for (; this.unwritten.length - i >= STRINGS_PER_LINE; i += STRINGS_PER_LINE) this.write(['strings', this.unwritten.slice(i, i + STRINGS_PER_LINE)]);
    if (all && i < this.unwritten.length) {
      this.write(['strings', this.unwritten.slice(i)]);
      i = this.unwritten.length;
    }
    if (i) this.unwritten = this.unwritten.slice(i);
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
