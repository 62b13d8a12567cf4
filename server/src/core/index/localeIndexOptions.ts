import type { SxsDocument } from '../model';
import type { IWorkspace } from '../workspace';
import type { BulkIndexer } from './bulkIndexer';
import type { LocaleRoot } from './layout';
import type { SegmentHashes } from './segmentHashes';

export interface LocaleIndexOptions {
  readonly workspace: IWorkspace;
  /** The parsed model of a file: the open document's current version when it is open, else the disk's. */
  readonly load: (uri: string) => Promise<SxsDocument | undefined>;
  /** Locale roots named in the settings. */
  readonly roots?: () => Promise<readonly LocaleRoot[]>;
  /** Indexes part of a build on other threads; without it, the build runs on this one. */
  readonly bulk?: BulkIndexer;
  /** The segment hashes of changed documents, shared with the other features that read them. */
  readonly hashes?: SegmentHashes;
  readonly log?: (message: string) => void;
  /**
   * Whether the index fills the translation memory (default: yes). A check on the command line
   * reads nothing from it and leaves it out: it took a tenth of a build.
   */
  readonly translationMemory?: boolean;
  /**
   * Whether a build learns from each entry as it is put (default: no, it learns once the index
   * is ready, in the background, so that an editor's requests need not wait for it). The
   * command line waits for both: learning as the entries come in lets its thread count them
   * while the worker threads are still reading.
   */
  readonly learnAsRead?: boolean;
}

/** What changed in the index: the counterpart keys and locales touched. */
export interface IndexChange {
  readonly keys: ReadonlySet<string>;
  readonly locales: ReadonlySet<string>;
}
