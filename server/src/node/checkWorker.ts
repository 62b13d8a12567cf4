/**
 * A worker thread of `sxs-docs check --jobs N`: indexes the batches of documents it is given
 * (and observes their pairs), then, with its own copy of the whole index and of what the CLI's
 * thread learned from it, checks the documents it is given with the same code as the
 * one-thread check, and sends back their results.
 */
import { parentPort } from 'node:worker_threads';
import type { BulkIndexer } from '../core/index/bulkIndexer';
import { fromTransfer, transferables, withObservations, type TransferredGroup } from '../core/index/transfer';
import { checkDocuments, prepareCheck, type CheckContext } from '../cli/checkRun';
import type { CheckWorkerReply, CheckWorkerRequest } from '../cli/workerProtocol';
import { indexGroupsFromDisk } from './groupLoading';

/** Hands the index the entries built by the threads, instead of reading the files again. */
function preloaded(entries: readonly TransferredGroup[]): BulkIndexer {
  const byKey = new Map(entries.map((g) => [(g.translations[0] ?? g.english)?.key, g]));
  return {
    run(next, done, giveBack) {
      // Takes every batch at once, before the index's own thread asks for one.
      for (let batch = next(); batch; batch = next()) {
        const missing = batch.filter((g) => !byKey.has(g.key));
        if (missing.length) giveBack(missing);
        done(batch.filter((g) => byKey.has(g.key)).map((g) => fromTransfer(byKey.get(g.key)!)));
      }
      return Promise.resolve();
    },
  };
}

let context: CheckContext | undefined;
let settings: Parameters<typeof prepareCheck>[0] | undefined;

async function answer(request: CheckWorkerRequest): Promise<{ reply: CheckWorkerReply; transfer?: ArrayBuffer[] }> {
  switch (request.kind) {
    case 'index': {
      const groups = (await indexGroupsFromDisk(request.groups)).map(withObservations);
      return { reply: { kind: 'indexed', id: request.id, groups }, transfer: groups.flatMap(transferables) };
    }
    case 'start':
      settings = request.settings;
      context = await prepareCheck(settings, preloaded(request.entries), request.terms);
      return { reply: { kind: 'started', id: request.id, heapUsed: process.memoryUsage().heapUsed } };
    case 'check': {
      if (!context || !settings) throw new Error('check before start');
      const results = await checkDocuments(request.documents, context, settings, () => post({ kind: 'file' }));
      return { reply: { kind: 'checked', id: request.id, results, heapUsed: process.memoryUsage().heapUsed } };
    }
  }
}

function post(reply: CheckWorkerReply, transfer?: ArrayBuffer[]): void {
  parentPort!.postMessage(reply, transfer);
}

parentPort?.on('message', (request: CheckWorkerRequest) => {
  answer(request).then(
    ({ reply, transfer }) => post(reply, transfer),
    (e: unknown) => post({ kind: 'failed', id: request.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
