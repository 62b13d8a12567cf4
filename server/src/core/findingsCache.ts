import type { SxsDocument } from './model';
import type { Finding } from './rules/rule';
import { LruMap } from './util/lruMap';

/** A check of one document version: its findings, and how to check a fixed text the same way. */
export interface CheckedVersion {
  readonly doc: SxsDocument;
  readonly findings: readonly Finding[];
  /** Checks a fixed text with the settings and the other locale versions of this check. */
  readonly recheck: (fixed: SxsDocument) => readonly Finding[];
}

/**
 * The most recent check of each document, by version, so that the code actions (asked on every
 * cursor move) and the fixes of a whole file read what the diagnostics were made from instead
 * of checking again. Keeps a few documents.
 */
export class FindingsCache {
  private readonly entries: LruMap<string, { version: number; checked: CheckedVersion }>;

  constructor(capacity = 32) {
    this.entries = new LruMap(capacity);
  }

  get(uri: string, version: number): CheckedVersion | undefined {
    const hit = this.entries.get(uri);
    return hit && hit.version === version ? hit.checked : undefined;
  }

  set(uri: string, version: number, checked: CheckedVersion): void {
    this.entries.set(uri, { version, checked });
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
