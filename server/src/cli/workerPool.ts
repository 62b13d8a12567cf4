import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileGroup } from '../core/index/discovery';
import type { TransferredGroup } from '../core/index/transfer';
import type { TermStatsSnapshot } from '../core/terms/termStats';
import type { DocumentFiles, FileResult, RunSettings } from './runTypes';
import type { CheckWorkerReply, CheckWorkerRequest, WorkerSettings } from './workerProtocol';

/** Documents sent to a worker at once: small enough to share the work out evenly at the end. */
const DOCUMENTS_PER_MESSAGE = 16;
/** Fewer threads for a small check: starting one costs more than checking this many files. */
export const FILES_PER_THREAD = 50;

/** The default of --jobs: the cores Node may use. */
export function defaultJobs(): number {
  return os.availableParallelism?.() ?? os.cpus().length;
}

/** How many worker threads a check of `files` files uses with --jobs `jobs` (0: none, this thread does it). */
export function threadsFor(jobs: number, files: number): number {
  const threads = Math.min(jobs, Math.ceil(files / FILES_PER_THREAD));
  return threads > 1 && checkWorkerScript() ? threads : 0;
}

/** `checkWorker.js` beside the CLI's bundle (dist/), or in out/server/src/node when compiled by tsc. */
export function checkWorkerScript(): string | undefined {
  return [path.join(__dirname, 'checkWorker.js'), path.join(__dirname, '../node/checkWorker.js')].find((f) => fs.existsSync(f));
}

/**
 * The worker threads of `--jobs N`. A check runs in two phases: the threads read and index the
 * documents for the locale index, each observing what its documents' translations do with
 * their English's names and words (the CLI's thread keeps the entries, see `cliIndexer`, and
 * counts the observations once), then each thread takes a copy of the whole index and of
 * those counts, and checks the documents it is given, a few at a time, so that a thread holds
 * the index and one batch of documents at most. No document is read, parsed or observed twice
 * in the first phase. Every thread runs the code of the one-thread check on the same index and
 * counts, so the results are the same, in the same order.
 */
export class CheckPool {
  private readonly workers: Worker[];
  private nextId = 0;
  /** The largest heap a worker reported, in bytes. */
  peakWorkerHeap = 0;

  constructor(threads: number, script = checkWorkerScript()!) {
    this.workers = Array.from({ length: threads }, () => new Worker(script));
  }

  get threads(): number {
    return this.workers.length;
  }

  /** Reads and indexes the groups on thread `thread`: their entries, in order, or undefined when the thread failed. */
  async index(groups: readonly FileGroup[], thread: number): Promise<readonly TransferredGroup[] | undefined> {
    const reply = await this.ask(this.workers[thread], { kind: 'index', id: ++this.nextId, groups });
    return reply.kind === 'indexed' ? reply.groups : undefined;
  }

  /** Checks the documents on the threads, each with its own index made of `entries` and the term statistics `terms`; the results in the order of the documents. */
  async check(documents: readonly DocumentFiles[], settings: RunSettings, entries: readonly TransferredGroup[], terms: TermStatsSnapshot | undefined): Promise<FileResult[]> {
    const { onProgress, ...rest } = settings;
    const workerSettings: WorkerSettings = rest;
    const total = documents.reduce((n, d) => n + d.files.length, 0);
    let done = 0;
    const onFile = (reply: CheckWorkerReply) => {
      if (reply.kind === 'file') onProgress?.('checking', ++done, total);
    };
    for (const w of this.workers) w.on('message', onFile);
    try {
      await Promise.all(this.workers.map((worker) => this.ask(worker, { kind: 'start', id: ++this.nextId, settings: workerSettings, entries, terms }).then(expect('started'))));
      const batches: { start: number; documents: readonly DocumentFiles[] }[] = [];
      for (let i = 0; i < documents.length; i += DOCUMENTS_PER_MESSAGE) batches.push({ start: i, documents: documents.slice(i, i + DOCUMENTS_PER_MESSAGE) });
      const results: FileResult[][] = [];
      await Promise.all(
        this.workers.map(async (worker) => {
          for (let batch = batches.shift(); batch; batch = batches.shift()) {
            const reply = expect('checked')(await this.ask(worker, { kind: 'check', id: ++this.nextId, documents: batch.documents }));
            this.peakWorkerHeap = Math.max(this.peakWorkerHeap, reply.heapUsed);
            results[batch.start] = [...reply.results];
          }
        }),
      );
      return results.flat();
    } finally {
      for (const w of this.workers) w.off('message', onFile);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private ask(worker: Worker, request: CheckWorkerRequest): Promise<CheckWorkerReply> {
    return new Promise((resolve) => {
      const cleanup = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onMessage = (reply: CheckWorkerReply) => {
        if (reply.kind === 'file' || reply.id !== request.id) return;
        cleanup();
        resolve(reply);
      };
      const onError = (e: unknown) => {
        cleanup();
        resolve({ kind: 'failed', id: request.id, error: e instanceof Error ? e.message : String(e) });
      };
      const onExit = (code: number) => onError(new Error(`the worker thread stopped (exit code ${code})`));
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(request);
    });
  }
}

/** The reply of the kind expected; a failure becomes an error of the check. */
function expect<K extends CheckWorkerReply['kind']>(kind: K): (reply: CheckWorkerReply) => Extract<CheckWorkerReply, { kind: K }> {
  return (reply) => {
    if (reply.kind === kind) return reply as Extract<CheckWorkerReply, { kind: K }>;
    throw new Error(`A worker thread failed: ${reply.kind === 'failed' ? reply.error : reply.kind}`);
  };
}
