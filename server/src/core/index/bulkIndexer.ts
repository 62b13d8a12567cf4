import type { FileGroup } from './discovery';
import type { GroupEntries } from './groupIndexing';

/**
 * Something that indexes documents elsewhere while the index's own thread does its share:
 * worker threads, in the Node server. It takes batches from `next` until there are none,
 * and hands back each batch's entries (stamps are given again by the index). A batch it
 * could not index goes back through `giveBack`, for the index's thread to do.
 */
export interface BulkIndexer {
  run(next: () => readonly FileGroup[] | undefined, done: (entries: readonly GroupEntries[]) => void, giveBack: (batch: readonly FileGroup[]) => void): Promise<void>;
  /** Stops what is running (its batches are dropped) and releases its threads. */
  dispose?(): void;
}
