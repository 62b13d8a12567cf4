import * as fs from 'node:fs';
import type { StoredIndexData } from './storedEntries';
import { writeChunks } from './writeChunks';

/*
 * The cache file as JSON Lines: a first line that says its format and the product's version,
 * then one record per line (a file's stamp, a file's result, a chunk of the index's table of
 * strings, a document's index entries) and a last line that counts them. A tree of 100,000
 * files makes a cache of more than a gigabyte, beyond the longest string JavaScript can hold,
 * so the file is neither written nor read as one JSON text.
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

type CacheRecord = readonly ['stamp', string, unknown] | readonly ['result', string, unknown] | readonly ['strings', readonly string[]] | readonly ['group', string, unknown] | readonly ['end', number];

const STRINGS_PER_LINE = 4096;

/** Writes the contents to `file` (the caller makes it appear whole, by a rename). */
export function writeCacheFile<Stamp, Result>(file: string, header: CacheHeader, contents: CacheContents<Stamp, Result>): void {
  const fd = fs.openSync(file, 'w');
  try {
    writeChunks(fd, cacheLines(header, contents));
  } finally {
    fs.closeSync(fd);
  }
}

function* cacheLines<Stamp, Result>(header: CacheHeader, contents: CacheContents<Stamp, Result>): Generator<string> {
  const line = (record: CacheRecord | CacheHeader) => `${JSON.stringify(record)}\n`;
  yield line(header);
  let records = 0;
  const record = (r: CacheRecord) => {
    records++;
    return line(r);
  };
  for (const [rel, stamp] of contents.stamps) yield record(['stamp', rel, stamp]);
  for (const [rel, result] of contents.results) yield record(['result', rel, result]);
  const { strings, groups } = contents.index;
  for (let i = 0; i < strings.length; i += STRINGS_PER_LINE) yield record(['strings', strings.slice(i, i + STRINGS_PER_LINE)]);
  for (const [key, group] of Object.entries(groups)) yield record(['group', key, group]);
  yield line(['end', records]);
}

/** How much of the cache file is read at a time: a cache of half a million files is more than `fs.readFileSync` reads (2 GB). */
const READ_CHUNK = 16 << 20;

/**
 * Reads a cache file a piece at a time: its contents, why they cannot be used, or undefined when
 * there is no file to read.
 */
export function readCacheFile<Stamp, Result>(file: string, header: CacheHeader, chunkSize = READ_CHUNK): CacheRead<Stamp, Result> | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    // A file that cannot be read to its end fails in the lines' loop: damaged.
    return parseCacheLines(fileLines(fd, chunkSize), header);
  } finally {
    fs.closeSync(fd);
  }
}

/** The lines of a file, each without its newline, read `chunkSize` bytes at a time (UTF-8 never has a newline byte inside a character). */
function* fileLines(fd: number, chunkSize: number): Generator<string> {
  const chunk = Buffer.allocUnsafe(chunkSize);
  let carried: Buffer[] = [];
  for (let n = fs.readSync(fd, chunk, 0, chunkSize, null); n > 0; n = fs.readSync(fd, chunk, 0, chunkSize, null)) {
    const read = chunk.subarray(0, n);
    let start = 0;
    for (let end = read.indexOf(10, start); end !== -1; end = read.indexOf(10, start)) {
      const piece = read.subarray(start, end);
      yield carried.length ? Buffer.concat([...carried, piece]).toString('utf8') : piece.toString('utf8');
      carried = [];
      start = end + 1;
    }
    // The start of a line the next chunk ends, copied: the chunk is read into again.
    if (start < n) carried.push(Buffer.from(read.subarray(start)));
  }
  if (carried.length) yield Buffer.concat(carried).toString('utf8');
}

/** Reads a cache file's lines: its contents, or why they cannot be used. */
export function parseCacheLines<Stamp, Result>(lines: Iterable<string>, header: CacheHeader): CacheRead<Stamp, Result> {
  const stamps = new Map<string, Stamp>();
  const results = new Map<string, Result>();
  const strings: string[] = [];
  const groups: Record<string, unknown> = {};
  const each = lines[Symbol.iterator]();
  let first = true;
  let records = 0;
  try {
    for (let line = each.next(); !line.done; line = each.next()) {
      const value = JSON.parse(line.value) as unknown;
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
        return r[1] === records && each.next().done ? { kind: 'contents', contents: { stamps, results, index: { strings, groups: groups as StoredIndexData['groups'] } } } : { kind: 'damaged' };
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
