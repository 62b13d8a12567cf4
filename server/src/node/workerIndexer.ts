import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BulkIndexer } from '../core/index/bulkIndexer';
import type { FileGroup } from '../core/index/discovery';
import type { GroupEntries } from '../core/index/groupIndexing';
import { fromTransfer, type TransferredGroup } from '../core/index/transfer';

/** What the server sends a worker. */
export interface IndexBatchRequest {
  readonly id: number;
  readonly groups: readonly FileGroup[];
}

/** What a worker answers. */
export interface IndexBatchReply {
  readonly id: number;
  readonly groups?: readonly TransferredGroup[];
  readonly error?: string;
}

/**
 * Builds part of the locale index on worker threads while the server's thread does its
 * share: parsing is most of a build, and it divides. As many workers as there are idle
 * cores (at most three; none when other processes keep the machine busy, where extra threads
 * only add their start-up and copying; measured on a shared 2-core machine). The workers live
 * for one build only. Where the worker script is missing, the server's thread does it all.
 */
export class WorkerIndexer implements BulkIndexer {
  /** The number of workers the last build used. */
  lastThreads = 0;
  /** Workers of the build running now. */
  private readonly live = new Set<Worker>();
  private disposed = false;

  constructor(
    private readonly script = defaultWorkerScript(),
    private readonly threads: () => number = spareThreads,
  ) {}

  async run(next: () => readonly FileGroup[] | undefined, done: (entries: GroupEntries[]) => void, giveBack: (batch: readonly FileGroup[]) => void): Promise<void> {
    this.lastThreads = this.script && !this.disposed ? this.threads() : 0;
    await Promise.all(Array.from({ length: this.lastThreads }, () => this.runWorker(this.script!, next, done, giveBack)));
  }

  private async runWorker(script: string, next: () => readonly FileGroup[] | undefined, done: (entries: GroupEntries[]) => void, giveBack: (batch: readonly FileGroup[]) => void): Promise<void> {
    const worker = new Worker(script);
    this.live.add(worker);
    try {
      let id = 0;
      for (let batch = next(); batch && !this.disposed; batch = next()) {
        const reply = await ask(worker, { id: ++id, groups: batch });
        if (!reply.groups) {
          giveBack(batch);
          return;
        }
        done(reply.groups.map(fromTransfer));
      }
    } catch {
      // A worker that failed to start or died: its batch (if any) was given back; the server's thread carries on.
    } finally {
      this.live.delete(worker);
      await worker.terminate();
    }
  }

  /** Ends the workers of a running build (a reply in flight resolves as an error) and starts no more. */
  dispose(): void {
    this.disposed = true;
    for (const worker of this.live) void worker.terminate();
    this.live.clear();
  }
}

function ask(worker: Worker, request: IndexBatchRequest): Promise<IndexBatchReply> {
  return new Promise((resolve) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onError);
    };
    const onMessage = (reply: IndexBatchReply) => {
      if (reply.id !== request.id) return;
      cleanup();
      resolve(reply);
    };
    const onError = (e: unknown) => {
      cleanup();
      resolve({ id: request.id, error: e instanceof Error ? e.message : String(e) });
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onError);
    worker.postMessage(request);
  });
}

/** `indexWorker.js` beside this module (dist/ in the bundle, out/ when compiled by tsc). */
function defaultWorkerScript(): string | undefined {
  const script = path.join(__dirname, 'indexWorker.js');
  return fs.existsSync(script) ? script : undefined;
}

/** Cores left idle by the other processes of the machine (one is the server's own), at most three. */
export function spareThreads(): number {
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  const busy = Math.ceil(os.loadavg()[0]);
  return Math.max(0, Math.min(3, cores - 1, cores - busy));
}
