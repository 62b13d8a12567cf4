import type { BulkIndexer } from '../core/index/bulkIndexer';
import type { FileGroup } from '../core/index/discovery';
import { fromTransfer, type TransferredGroup } from '../core/index/transfer';

/** Where the command line's index entries come from, and where they go. */
export interface CliIndexerOptions {
  /** Entries kept from an earlier run, for documents whose files are unchanged (`--cache`). */
  readonly cache?: {
    indexEntry(group: FileGroup): TransferredGroup | undefined;
    keepIndexEntry(group: FileGroup, entries: TransferredGroup): void;
  };
  /** How many batches are indexed at once (the worker threads). */
  readonly threads: number;
  /** Reads and indexes the groups (one entry per group, in order) on thread `thread`; undefined when that failed. */
  index(groups: readonly FileGroup[], thread: number): Promise<readonly TransferredGroup[] | undefined>;
  /** Sees every entry handed to the index (the worker threads take a copy of them all). */
  onEntries?(entries: readonly TransferredGroup[]): void;
}

/**
 * The command line's bulk indexer: a document whose files the cache has seen unchanged is
 * not read at all (its entries come from the cache), the others are read and indexed on the
 * worker threads, or on this one, and kept in the cache for the next run. It takes every
 * batch at once, before the index's own thread asks for one.
 */
export function cliIndexer(options: CliIndexerOptions): BulkIndexer {
  const { cache } = options;
  return {
    run: async (next, done, giveBack) => {
      const batches: (readonly FileGroup[])[] = [];
      for (let batch = next(); batch; batch = next()) batches.push(batch);
      const hand = (entries: readonly TransferredGroup[]) => {
        options.onEntries?.(entries);
        done(entries.map(fromTransfer));
      };
      await Promise.all(
        Array.from({ length: options.threads }, async (_, thread) => {
          for (let batch = batches.shift(); batch; batch = batches.shift()) {
            const hits: TransferredGroup[] = [];
            const misses: FileGroup[] = [];
            for (const group of batch) {
              const entry = cache?.indexEntry(group);
              if (entry) hits.push(entry);
              else misses.push(group);
            }
            if (hits.length) hand(hits);
            if (!misses.length) continue;
            const made = await options.index(misses, thread);
            if (!made || made.length !== misses.length) {
              giveBack(misses);
              continue;
            }
            made.forEach((entry, i) => cache?.keepIndexEntry(misses[i], entry));
            hand(made);
          }
        }),
      );
    },
  };
}
