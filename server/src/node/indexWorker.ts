/**
 * A worker thread of the locale index build: reads and indexes the batches of documents
 * the server gives it, with the same core code as the server's own thread, and sends back
 * the entries (their segment arrays moved, not copied).
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { URI } from 'vscode-uri';
import type { FileGroup, PlacedFile } from '../core/index/discovery';
import { indexLoadedGroup } from '../core/index/groupIndexing';
import { toTransfer, transferables, type TransferredGroup } from '../core/index/transfer';
import { parse } from '../core/parse/parse';
import type { IndexBatchReply, IndexBatchRequest } from './workerIndexer';

function load(file: PlacedFile) {
  try {
    return { file, model: parse(readFileSync(URI.parse(file.uri).fsPath, 'utf8'), { frontMatterData: false }) };
  } catch {
    return undefined;
  }
}

async function indexBatch(groups: readonly FileGroup[]): Promise<TransferredGroup[]> {
  const out: TransferredGroup[] = [];
  for (const group of groups) {
    const translations = group.translations.map(load).filter((t) => t !== undefined);
    const english = group.english && load(group.english);
    out.push(toTransfer(await indexLoadedGroup({ translations, english }, () => 0)));
  }
  return out;
}

parentPort?.on('message', (request: IndexBatchRequest) => {
  indexBatch(request.groups).then(
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
