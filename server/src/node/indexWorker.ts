/**
 * A worker thread of the locale index build: reads and indexes the batches of documents
 * the server gives it, with the same core code as the server's own thread, and sends back
 * the entries (their segment arrays moved, not copied).
 */
import { parentPort } from 'node:worker_threads';
import { transferables } from '../core/index/transfer';
import { indexGroupsFromDisk } from './groupLoading';
import type { IndexBatchReply, IndexBatchRequest } from './workerIndexer';

parentPort?.on('message', (request: IndexBatchRequest) => {
  indexGroupsFromDisk(request.groups).then(
    (groups) => {
      const reply: IndexBatchReply = { id: request.id, groups };
      parentPort!.postMessage(reply, groups.flatMap(transferables));
    },
    (e: unknown) => {
      const reply: IndexBatchReply = { id: request.id, error: e instanceof Error ? e.message : String(e) };
      parentPort!.postMessage(reply);
    },
  );
});
