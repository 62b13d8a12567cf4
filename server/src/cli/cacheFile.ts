import * as fs from 'node:fs';
import type { GroupLines, StoredIndexData } from './storedEntries';
import { WRITE_CHUNK } from './writeChunks';

/*
 * The cache file as JSON Lines: a first line that says its format and the product's version,
 * then one record per line (a file's stamp, a file's result, a chunk of the index's table of
 * strings, a document's index entries) and a last line that counts them. A tree of 100,000
 * files makes a cache of more than a gigabyte, beyond the longest string JavaScript can hold,
 * so the file is neither written nor read as one JSON text. The records come in any order but
 * the last (`CacheWriter` writes them as the run makes them).
 */

/** The first line: a file of another format or version is not read further. */
export interface CacheHeader {
  readonly format: number;
  readonly version: string;
}

/** What the cache holds, as it is read and written. */
export interface CacheContents<Stamp, Result> {
  readonly stamps: ReadonlyMap<string, Stamp>;
  readonly results: ReadonlyMap<string, Result>;
  readonly index: StoredIndexData;
}

export type CacheRead<Stamp, Result> =
  | { readonly kind: 'contents'; readonly contents: CacheContents<Stamp, Result> }
  | { readonly kind: 'damaged' }
  | { readonly kind: 'other-version' };

export type CacheRecord = readonly ['stamp', string, unknown] | readonly ['result', string, unknown] | readonly ['strings', readonly string[]] | readonly ['group', string, unknown] | readonly ['end', number];

/**
 * A cache file written a record at a time, as the run makes them: a document's index entries
 * are written when they are made, not kept to the end of the run (at 500,000 files, with the
 * observations of every translation, they did not fit in the heap). The records may come in
 * any order (the reader takes the table of strings whole before it reads an entry), so long
 * as the chunks of strings come in the order of their numbers.
 */
export class CacheWriter {
  private records = 0;
  private pending = '';
  private open = true;

  private constructor(private readonly fd: number) {}

  /** Starts the file with its header line. */
  static open(file: string, header: CacheHeader): CacheWriter {
    const writer = new CacheWriter(fs.openSync(file, 'w'));
    try {
      writer.line(header);
    } catch (e) {
      writer.close();
      throw e;
    }
    return writer;
  }

  record(record: CacheRecord): void {
    this.records++;
    this.line(record);
  }

  /** Copies a record's line as it was read from another cache file of this format. */
  copy(line: string): void {
    this.records++;
    this.append(line);
  }

  /** Writes the last line, which counts the records (a file without it is read as cut short), and closes the file. */
  finish(): void {
    this.line(['end', this.records]);
    if (this.pending) fs.writeSync(this.fd, this.pending);
    this.pending = '';
    this.close();
  }

  /** Closes the file without its last line (when the run could not finish it). */
  close(): void {
    if (!this.open) return;
    this.open = false;
    fs.closeSync(this.fd);
  }

  private line(value: CacheRecord | CacheHeader): void {
    this.append(JSON.stringify(value));
  }

  /** Adds a line, written with those before it once they make about a megabyte. */
  private append(line: string): void {
    if (!this.open) throw new Error('the cache file is closed');
    this.pending += `${line}\n`;
    if (this.pending.length >= WRITE_CHUNK) {
      fs.writeSync(this.fd, this.pending);
      this.pending = '';
    }
  }
}

/** How much of the cache file is read at a time: a cache of half a million files is more than `fs.readFileSync` reads (2 GB). */
const READ_CHUNK = 16 << 20;

/**
 * Reads a cache file a piece at a time: its contents, why they cannot be used, or undefined when
 * there is no file to read. With `lazy`, the documents' index entries are not read into memory:
 * the contents say where each one's line is, and the file stays open to read them from, until
 * `index.lines.close()` (at half a million files the entries are some gigabytes of JSON, and a
 * run uses only those of the unchanged documents it indexes; one that indexes none copies them).
 */
export function readCacheFile<Stamp, Result>(file: string, header: CacheHeader, chunkSize = READ_CHUNK, lazy = false): CacheRead<Stamp, Result> | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return undefined;
  }
  let kept = false;
  try {
    // A file that cannot be read to its end fails in the lines' loop: damaged.
    const read = parseCacheLines<Stamp, Result>(fileLines(fd, chunkSize), header, lazy ? fd : undefined);
    kept = read.kind === 'contents' && !!read.contents.index.lines;
    return read;
  } finally {
    if (!kept) fs.closeSync(fd);
  }
}

/** A line of the file, without its newline (its bytes are read into again after the next line), and where it starts. */
interface FileLine {
  readonly bytes: Buffer;
  readonly at: number;
}

/** The lines of a file, read `chunkSize` bytes at a time (UTF-8 never has a newline byte inside a character). */
function* fileLines(fd: number, chunkSize: number): Generator<FileLine> {
  const chunk = Buffer.allocUnsafe(chunkSize);
  let carried: Buffer[] = [];
  let offset = 0;
  let lineStart = 0;
  for (let n = fs.readSync(fd, chunk, 0, chunkSize, null); n > 0; n = fs.readSync(fd, chunk, 0, chunkSize, null)) {
    const read = chunk.subarray(0, n);
    let start = 0;
    for (let end = read.indexOf(10, start); end !== -1; end = read.indexOf(10, start)) {
      const piece = read.subarray(start, end);
      yield { bytes: carried.length ? Buffer.concat([...carried, piece]) : piece, at: lineStart };
      carried = [];
      start = end + 1;
      lineStart = offset + start;
    }
    // The start of a line the next chunk ends, copied: the chunk is read into again.
    if (start < n) carried.push(Buffer.from(read.subarray(start)));
    offset += n;
  }
  if (carried.length) yield { bytes: Buffer.concat(carried), at: lineStart };
}

/** How a document's entries start their line; what follows is its key, a string without escapes (a hash). */
const GROUP_START = Buffer.from('["group","');

/** The key of a line of index entries, read from its first bytes, or undefined when it is not such a line (or its key is escaped). */
function groupKey(line: Buffer): string | undefined {
  if (line.length <= GROUP_START.length || line.compare(GROUP_START, 0, GROUP_START.length, 0, GROUP_START.length) !== 0) return undefined;
  const end = line.indexOf(34, GROUP_START.length);
  if (end === -1 || line[end + 1] !== 44 || line.subarray(GROUP_START.length, end).includes(92)) return undefined;
  return line.toString('utf8', GROUP_START.length, end);
}

/** Reads a cache file's lines: its contents, or why they cannot be used; with `lazyFd`, the index entries are left in that file (see `readCacheFile`). */
export function parseCacheLines<Stamp, Result>(lines: Iterable<FileLine>, header: CacheHeader, lazyFd?: number): CacheRead<Stamp, Result> {
  const stamps = new Map<string, Stamp>();
  const results = new Map<string, Result>();
  const strings: string[] = [];
  const groups: Record<string, unknown> = {};
  const places = new Map<string, GroupPlace>();
  const each = lines[Symbol.iterator]();
  let first = true;
  let records = 0;
  try {
    for (let line = each.next(); !line.done; line = each.next()) {
      const key = lazyFd !== undefined && !first ? groupKey(line.value.bytes) : undefined;
      if (key !== undefined) {
        // Its entries are read (and checked) when they are asked for.
        places.set(key, { at: line.value.at, bytes: line.value.bytes.length });
        records++;
        continue;
      }
      const value = JSON.parse(line.value.bytes.toString('utf8')) as unknown;
      if (first) {
        const h = value as { format?: unknown; version?: unknown };
        if (typeof h !== 'object' || h === null || Array.isArray(h)) return { kind: 'damaged' };
        if (h.format !== header.format || h.version !== header.version) return { kind: 'other-version' };
        first = false;
        continue;
      }
      if (!Array.isArray(value) || typeof value[0] !== 'string') return { kind: 'damaged' };
      const r = value as unknown as CacheRecord;
      if (r[0] === 'end') {
        // Anything after the count, or a count that differs, is not a file this wrote whole.
        if (r[1] !== records || !each.next().done) return { kind: 'damaged' };
        const lines = lazyFd !== undefined ? groupLines(lazyFd, places) : undefined;
        return { kind: 'contents', contents: { stamps, results, index: { strings, groups: groups as StoredIndexData['groups'], ...(lines ? { lines } : {}) } } };
      }
      records++;
      if (r[0] === 'strings' && Array.isArray(r[1]) && r[1].every((s) => typeof s === 'string')) strings.push(...r[1]);
      else if (typeof r[1] !== 'string' || r.length !== 3) return { kind: 'damaged' };
      else if (r[0] === 'stamp') stamps.set(r[1], r[2] as Stamp);
      else if (r[0] === 'result') results.set(r[1], r[2] as Result);
      else if (r[0] === 'group') groups[r[1]] = r[2];
      else return { kind: 'damaged' };
    }
  } catch {
    return { kind: 'damaged' };
  }
  // The file ended before its last line: cut short.
  return { kind: 'damaged' };
}

/** Where a document's entries are in the file read. */
interface GroupPlace {
  readonly at: number;
  readonly bytes: number;
}

/** The index entries left in the file read: each one's line, read when asked for. */
function groupLines(fd: number, places: ReadonlyMap<string, GroupPlace>): GroupLines {
  let open = true;
  const read = (key: string): string | undefined => {
    const place = places.get(key);
    if (!place || !open) return undefined;
    const bytes = Buffer.allocUnsafe(place.bytes);
    return fs.readSync(fd, bytes, 0, place.bytes, place.at) === place.bytes ? bytes.toString('utf8') : undefined;
  };
  return {
    keys: () => places.keys(),
    has: (key) => places.has(key),
    line: read,
    get: (key) => {
      const line = read(key);
      if (line === undefined) return undefined;
      try {
        const r = JSON.parse(line) as unknown;
        return Array.isArray(r) && r.length === 3 && r[0] === 'group' && r[1] === key ? (r[2] as ReturnType<GroupLines['get']>) : undefined;
      } catch {
        return undefined;
      }
    },
    close: () => {
      if (open) fs.closeSync(fd);
      open = false;
    },
  };
}
