import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { findMarkdownFiles, groupFiles, type FileGroup } from '../core/index/discovery';
import type { TransferredGroup } from '../core/index/transfer';
import { LocaleLayout } from '../core/index/layout';
import { learnsFromWorkspace, runsLocaleRules } from '../core/rules/check';
import { DiskWorkspace } from '../node/diskWorkspace';
import { fileUri, type FileResult, type RunSettings } from './runTypes';
import { StoredIndex } from './storedEntries';
import { CacheWriter, readCacheFile, type CacheRecord } from './cacheFile';

/** Bump when what the cache file holds changes shape. */
const CACHE_FORMAT = 6;

export const DEFAULT_CACHE_FILE = '.sxs-docs-cache';

/** What the cache knows of a file's bytes without reading them again: its size and time, and their hash. */
interface Stamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly hash: string;
}

/** A file's result, with the key it was checked under. */
interface StoredResult {
  readonly key: string;
  readonly result: Omit<FileResult, 'path'>;
}

/**
 * `--cache`: the results of the last run, each under a key made of everything the result
 * depends on: the product's version, the settings, the file's bytes and those of the files
 * its checks read: the other versions of its document and its English (the checks across
 * locales), and, when a rule that learns from the whole workspace is on, every file the
 * locale index reads. A file whose key is unchanged is neither read, parsed nor checked: its
 * bytes are known by their size and modification time, as linters' caches know them. A cache
 * file that cannot be read, or comes from another version, is ignored with a note.
 *
 * It also keeps what the locale index learned from each document (its entries), under the
 * bytes and places of the document's files: a run that checks a few documents (a shard,
 * --changed-since, a tree where one file changed) reads and parses only the documents it
 * checks and those that changed, not the whole tree. Those entries are written to the new cache
 * file as soon as they are used or made, not kept to the end of the run (at 500,000 files they
 * did not fit in the heap), and the entries of the file read stay in that file until asked for.
 */
export class ResultCache {
  private readonly stamps = new Map<string, Stamp>();
  private readonly stored = new Map<string, StoredResult>();
  private readonly keys = new Map<string, string>();
  /** Each file's stamp as this run found it: a file is looked at once per run. */
  private readonly stampedThisRun = new Map<string, Stamp | undefined>();
  private index = new StoredIndex(undefined, (record) => this.writeRecord(record));
  private keyOfFile: (file: string) => string = (file) => file;
  /** The new cache file, written as the run goes (a document's index entries when they are made), renamed over the old one by `save`. */
  private writer: CacheWriter | undefined;
  /** Why the new cache file could not be written, once that failed. */
  private writeError: string | undefined;
  private readonly removeTmp = () => {
    try {
      fs.rmSync(this.tmp, { force: true });
    } catch {
      // Its folder could not be made: there is nothing to remove.
    }
  };

  private constructor(
    readonly file: string,
    private readonly version: string,
    private readonly cwd: string,
  ) {}

  /** Reads the cache file; `note` receives why it was not used, if it was not. */
  static open(file: string, version: string, cwd: string, note: (message: string) => void): ResultCache {
    const cache = new ResultCache(file, version, cwd);
    const read = readCacheFile<Stamp, StoredResult>(file, { format: CACHE_FORMAT, version }, undefined, true);
    if (!read) return cache; // No cache yet.
    if (read.kind === 'damaged') {
      note(`the cache ${path.relative(cwd, file) || file} is not readable (damaged?); it is ignored and written again.`);
      return cache;
    }
    if (read.kind === 'other-version') {
      note(`the cache ${path.relative(cwd, file) || file} comes from another version of sxs-docs; it is ignored and written again.`);
      return cache;
    }
    const data = read.contents;
    for (const [rel, stamp] of data.stamps) cache.stamps.set(rel, stamp);
    for (const [rel, entry] of data.results) cache.stored.set(rel, entry);
    cache.index = new StoredIndex(data.index, (record) => cache.writeRecord(record));
    return cache;
  }

  /**
   * Works out each file's key: lists the folders the index would read (without reading the
   * files), and hashes the bytes of the files whose size or time changed.
   */
  async prepare(files: readonly string[], settings: RunSettings): Promise<void> {
    const settingsHash = hash(JSON.stringify([settings.config, settings.limits, settings.minSeverity, settings.fix, settings.localeRoots.map((r) => ({ ...r, uri: this.relativeUri(r.uri) })), settings.localeFolders.map((f) => this.relative(f))]));
    const indexed = settings.localeFolders.length > 0 && (runsLocaleRules(settings.config) || learnsFromWorkspace(settings.config));
    const wholeTree = indexed && learnsFromWorkspace(settings.config);
    const byKey = new Map<string, string[]>();
    const keyOf = new Map<string, string>();
    let treeFiles: string[] = [];
    if (indexed) {
      const folders = settings.localeFolders.map(fileUri);
      const uris = await findMarkdownFiles(new DiskWorkspace(folders), folders);
      const layout = new LocaleLayout(folders, settings.localeRoots);
      const toPath = new Map(uris.map((u) => [u, URI.parse(u).fsPath]));
      for (const group of groupFiles(layout, uris)) {
        const members = [...group.translations, ...(group.english ? [group.english] : [])].map((f) => toPath.get(f.uri)!);
        byKey.set(group.key, members);
        for (const m of members) keyOf.set(m, group.key);
      }
      treeFiles = [...toPath.values()];
    }
    this.keyOfFile = (file) => keyOf.get(file) ?? file;
    const tree = wholeTree ? hash(treeFiles.sort().map((f) => `${this.relative(f)}\0${this.stampOf(f)?.hash}`).join('\n')) : '';
    for (const file of files) {
      const own = this.stampOf(file)?.hash;
      if (own === undefined) continue; // Unreadable: checked again, to say so.
      const others = (byKey.get(keyOf.get(file) ?? '') ?? []).filter((f) => f !== file).sort();
      const dependencies = others.map((f) => `${this.relative(f)}\0${this.stampOf(f)?.hash ?? '-'}`).join('\n');
      this.keys.set(file, hash([this.version, settingsHash, this.relative(file), own, dependencies, tree].join('\n')));
    }
  }

  /** The document key the cache grouped a file under (the locale index groups it the same way). */
  keyOf(file: string): string {
    return this.keyOfFile(file);
  }

  /** The result stored for the file under its current key. */
  get(file: string): FileResult | undefined {
    const key = this.keys.get(file);
    const entry = this.stored.get(this.relative(file));
    return key !== undefined && entry?.key === key ? { ...entry.result, path: file, fixed: 0 } : undefined;
  }

  /** Keeps a fresh result; one whose file --fix wrote is left out (its bytes are new: the next run checks it again). */
  set(result: FileResult): void {
    const key = this.keys.get(result.path);
    if (key === undefined || result.fixed > 0) return;
    const stored: Omit<FileResult, 'path'> = Object.fromEntries(Object.entries(result).filter(([name]) => name !== 'path')) as Omit<FileResult, 'path'>;
    this.stored.set(this.relative(result.path), { key, result: stored });
  }

  /** The index entries kept for a document whose files are unchanged, or undefined. */
  indexEntry(group: FileGroup): TransferredGroup | undefined {
    const key = this.indexKey(group);
    return key === undefined ? undefined : this.index.get(key);
  }

  /** Keeps a document's index entries for the next run. */
  keepIndexEntry(group: FileGroup, entries: TransferredGroup): void {
    const key = this.indexKey(group);
    if (key !== undefined) this.index.set(key, entries);
  }

  /** Ends the cache file and puts it in place, whole or not at all; `note` says why it could not be written. */
  save(note: (message: string) => void): void {
    for (const [rel, stamp] of this.stamps) this.writeRecord(['stamp', rel, stamp]);
    for (const [rel, entry] of this.stored) this.writeRecord(['result', rel, entry]);
    this.index.finish();
    try {
      if (this.writeError !== undefined) throw new Error(this.writeError);
      this.openWriter().finish();
      fs.renameSync(this.tmp, this.file);
    } catch (e) {
      this.writer?.close();
      this.removeTmp();
      note(`the cache ${path.relative(this.cwd, this.file) || this.file} could not be written (${e instanceof Error ? e.message : String(e)}); the next run checks everything.`);
    } finally {
      process.off('exit', this.removeTmp);
    }
  }

  private get tmp(): string {
    return `${this.file}.${process.pid}.tmp`;
  }

  /** The new cache file, opened at its first record; a run that stops before `save` leaves no part of it behind. */
  private openWriter(): CacheWriter {
    if (!this.writer) {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      this.writer = CacheWriter.open(this.tmp, { format: CACHE_FORMAT, version: this.version });
      process.once('exit', this.removeTmp);
    }
    return this.writer;
  }

  /** Writes a record to the new cache file; after a failure, nothing more (`save` says why). */
  private writeRecord(record: CacheRecord | { readonly copy: string }): void {
    if (this.writeError !== undefined) return;
    try {
      if ('copy' in record) this.openWriter().copy(record.copy);
      else this.openWriter().record(record);
    } catch (e) {
      this.writeError = e instanceof Error ? e.message : String(e);
      this.writer?.close();
      this.removeTmp();
    }
  }

  /** What a document's index entries depend on: its files' places and bytes, and the product's version; undefined when a file cannot be read. */
  private indexKey(group: FileGroup): string | undefined {
    const parts = [this.version];
    for (const file of [...group.translations, ...(group.english ? [group.english] : [])]) {
      const stamp = this.stampOf(URI.parse(file.uri).fsPath);
      if (!stamp) return undefined;
      parts.push(`${file.uri}\0${JSON.stringify(file.place)}\0${stamp.hash}`);
    }
    return hash(parts.join('\n'));
  }

  /** The hash of a file's bytes: the stored one while its size and time are unchanged, otherwise read. */
  private stampOf(file: string): Stamp | undefined {
    if (this.stampedThisRun.has(file)) return this.stampedThisRun.get(file);
    const stamp = this.readStamp(file);
    this.stampedThisRun.set(file, stamp);
    return stamp;
  }

  private readStamp(file: string): Stamp | undefined {
    const rel = this.relative(file);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(file);
    } catch {
      this.stamps.delete(rel);
      return undefined;
    }
    const known = this.stamps.get(rel);
    if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs) return known;
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      return undefined;
    }
    const stamp = { size: stat.size, mtimeMs: stat.mtimeMs, hash: hash(bytes) };
    this.stamps.set(rel, stamp);
    return stamp;
  }

  private relative(file: string): string {
    return path.relative(this.cwd, file).split(path.sep).join('/');
  }

  private relativeUri(uri: string): string {
    return uri.startsWith(fileUri(this.cwd)) ? uri.slice(fileUri(this.cwd).length) : uri;
  }
}

function hash(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('base64url');
}
