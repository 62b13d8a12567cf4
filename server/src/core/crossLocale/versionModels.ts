import type { SxsDocument } from '../model';
import type { IndexedDocument } from '../index/indexedDocument';
import { LruMap } from '../util/lruMap';

/** A locale version of a document with its parsed text, for the checks that compare versions. */
export interface LoadedVersion {
  readonly entry: IndexedDocument;
  readonly model: SxsDocument;
}

/**
 * The parsed texts of other locale versions, read on demand and kept for the few documents
 * being checked (most recently used first). Keyed by the index entry's stamp, so a version
 * that changed is read again.
 */
export class VersionModels {
  private readonly entries: LruMap<string, Promise<SxsDocument | undefined>>;
  /** The models already read, for answers that cannot wait (a hover). */
  private readonly settled = new Map<string, SxsDocument>();

  constructor(
    private readonly load: (uri: string) => Promise<SxsDocument | undefined>,
    capacity = 48,
  ) {
    this.entries = new LruMap(capacity, (oldest) => this.settled.delete(oldest));
  }

  async get(entry: IndexedDocument): Promise<LoadedVersion | undefined> {
    const model = await this.model(entry.uri, entry.stamp);
    return model ? { entry, model } : undefined;
  }

  model(uri: string, stamp: number): Promise<SxsDocument | undefined> {
    const key = `${stamp}|${uri}`;
    let hit = this.entries.get(key);
    if (!hit) {
      hit = this.load(uri).catch(() => undefined);
      void hit.then((model) => {
        if (model && this.entries.has(key)) this.settled.set(key, model);
      });
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** The model if it has been read (for the checks), without reading it otherwise. */
  peek(uri: string, stamp: number): SxsDocument | undefined {
    return this.settled.get(`${stamp}|${uri}`);
  }
}
