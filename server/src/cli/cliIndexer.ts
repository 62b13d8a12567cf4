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
 * batch at once, before the index's own thread asks for one, and hands the entries over in
 * the order of the documents, whichever thread finished first: the index learns from them in
 * that order, which is the order a one-thread check learns in (the term statistics number
 * their keys as they first see them, and a tie between two keys' counts is settled by that).
 */
export function cliIndexer(options: CliIndexerOptions): BulkIndexer {
  const { cache } = options;
  return {
    run: async (next, done, giveBack) => {
      const batches: (readonly FileGroup[])[] = [];
      for (let batch = next(); batch; batch = next()) batches.push(batch);
      // Each batch's entries once indexed (empty when given back), handed over in order.
      const finished: (readonly TransferredGroup[] | undefined)[] = [];
      let handed = 0;
      const finish = (at: number, entries: readonly TransferredGroup[]) => {
        finished[at] = entries;
        for (; handed < batches.length && finished[handed]; handed++) {
          const ready = finished[handed]!;
          finished[handed] = [];
          if (!ready.length) continue;
          options.onEntries?.(ready);
          done(ready.map(fromTransfer));
        }
      };
      let taken = 0;
      await Promise.all(
        Array.from({ length: options.threads }, async (_, thread) => {
          for (let at = taken++; at < batches.length; at = taken++) {
            const batch = batches[at];
            const entries: (TransferredGroup | undefined)[] = batch.map((group) => cache?.indexEntry(group));
            const misses = batch.filter((_, i) => !entries[i]);
            if (misses.length) {
              const made = await options.index(misses, thread);
              if (!made || made.length !== misses.length) {
                giveBack(misses);
                finish(at, entries.filter((e): e is TransferredGroup => !!e));
                continue;
              }
              made.forEach((entry, i) => cache?.keepIndexEntry(misses[i], entry));
              let k = 0;
              entries.forEach((e, i) => {
                if (!e) entries[i] = made[k++];
              });
            }
            finish(at, entries as TransferredGroup[]);
          }
        }),
      );
    },
  };
}
