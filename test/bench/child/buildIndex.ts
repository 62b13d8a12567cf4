/**
 * Builds the locale index of one folder in a fresh process (cold: nothing cached in this
 * process) and prints, as JSON, how long it took and how much heap the index holds.
 * Run with --expose-gc so that the heap is measured after garbage collection.
 */
import * as fs from 'node:fs';
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { DEFAULT_CHECK_CONFIG } from '../../../server/src/core/config';
import { createLanguageService } from '../../../server/src/core/languageService';
import { decodeText } from '../../../server/src/core/text/decode';
import { NodeWorkspace } from '../../../server/src/node/nodeWorkspace';
import { WorkerIndexer } from '../../../server/src/node/workerIndexer';
import { expandInputs } from '../../../server/src/cli/files';

async function main(folder: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  const before = process.memoryUsage().heapUsed;
  const workspace = new NodeWorkspace(new TextDocuments(TextDocument));
  workspace.setFolders([URI.file(folder).toString()], false);
  // As the server builds it: on its thread and on worker threads.
  const workers = new WorkerIndexer();
  const service = createLanguageService({ config: () => DEFAULT_CHECK_CONFIG, workspace, bulkIndexer: process.argv.includes('--one-thread') ? undefined : workers });
  // The floor: reading every Markdown file of the folder, and nothing else.
  const read = readAll(folder);
  const started = performance.now();
  // Ready: every document's entry in (segment tables, hashes, what the checks across locales read).
  let readyMs = NaN;
  service.index!.onDidProgress((p) => {
    if (p.state === 'ready') readyMs = performance.now() - started;
  });
  // Then learned: the term statistics and the translation memory filled from what was read.
  await service.index!.build();
  const buildMs = performance.now() - started;
  gc();
  const stats = service.index!.stats();
  const heapBytes = process.memoryUsage().heapUsed - before;
  process.stdout.write(JSON.stringify({ readyMs, buildMs, heapBytes, readMs: read.ms, textBytes: read.bytes, rssBytes: process.memoryUsage().rss, documents: stats.documents, segments: stats.segments, state: service.index!.state, workers: workers.lastThreads }));
}

function readAll(folder: string): { ms: number; bytes: number } {
  const started = performance.now();
  let bytes = 0;
  for (const file of expandInputs([folder], folder)) bytes += decodeText(fs.readFileSync(file)).text.length;
  return { ms: performance.now() - started, bytes };
}

main(process.argv[2]).catch((e) => {
  console.error(e);
  process.exit(1);
});
