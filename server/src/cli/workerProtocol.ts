import type { FileGroup } from '../core/index/discovery';
import type { TransferredGroup } from '../core/index/transfer';
import type { TermStatsSnapshot } from '../core/terms/termStats';
import type { DocumentFiles, FileResult, RunSettings } from './runTypes';

/** The settings a check worker is given: those of the run, without its callbacks. */
export type WorkerSettings = Omit<RunSettings, 'onProgress'>;

/** What the CLI's thread asks a check worker. */
export type CheckWorkerRequest =
  /** Read and index these documents, and observe their pairs (the first phase: the locale index, built in parallel). */
  | { readonly kind: 'index'; readonly id: number; readonly groups: readonly FileGroup[] }
  /**
   * Take the index the threads built (the worker's own copy of its entries, without what is
   * learned from them) and what the CLI's thread learned from them (the term statistics, when
   * the checks read them), and the settings.
   */
  | { readonly kind: 'start'; readonly id: number; readonly settings: WorkerSettings; readonly entries: readonly TransferredGroup[]; readonly terms: TermStatsSnapshot | undefined }
  /** Check these documents. */
  | { readonly kind: 'check'; readonly id: number; readonly documents: readonly DocumentFiles[] };

/** What a check worker answers: one reply per request, and progress while it checks. */
export type CheckWorkerReply =
  | { readonly kind: 'indexed'; readonly id: number; readonly groups: readonly TransferredGroup[] }
  | { readonly kind: 'started'; readonly id: number; readonly heapUsed: number }
  | { readonly kind: 'checked'; readonly id: number; readonly results: readonly FileResult[]; readonly heapUsed: number }
  | { readonly kind: 'file' }
  | { readonly kind: 'failed'; readonly id: number; readonly error: string };
