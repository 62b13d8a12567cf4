import * as fs from 'node:fs';
import * as path from 'node:path';
import { DefinitionRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { IndexProgressNotification, IndexStatusRequest } from '#protocol';
import { TestClient } from '../../support/lspClient';
import { markdownFiles } from '../../support/corpus';
import { Random } from '../generate/random';
import { corpusMeasurement, percentile, type Figure } from '../measure';
import { firstHover } from './firstHover';

const OPEN_DOCUMENTS = 40;
const REQUESTS = 2000;
const WARM_UP = 200;

interface Target {
  readonly uri: string;
  readonly position: { line: number; character: number };
}

/** Positions inside translated texts of the opened documents. */
function targets(files: readonly string[]): Target[] {
  const out: Target[] = [];
  for (const file of files) {
    const uri = URI.file(file).toString();
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, line) => {
        for (const m of text.matchAll(/<span data-ttu-id="[^"]*">/g)) out.push({ uri, position: { line, character: m.index + m[0].length + 2 } });
      });
  }
  return out;
}

async function time(all: readonly Target[], random: Random, send: (t: Target) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i++) await send(random.pick(all));
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const target = random.pick(all);
    const started = performance.now();
    await send(target);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

/** Latency of Go to Definition and hover over LSP stdio, on the corpus, measured as the editor sees it. */
export const lspLatency = corpusMeasurement('lsp', 'definition and hover latency over LSP stdio (corpus), and the server as a whole after its index build', async (context, corpus) => {
  context.log(`lsp: the built server over stdio on the corpus; ${REQUESTS} definitions and ${REQUESTS} hovers`);
  const client = new TestClient(undefined, context.serverNodeArgs);
  let figures: Figure[];
  try {
    const ready = client.waitForNotification(IndexProgressNotification.type, (p) => p.state === 'ready', 120_000);
    const started = performance.now();
    await client.initialize({ workspace: { configuration: true }, textDocument: { definition: { linkSupport: true } } }, undefined, [URI.file(corpus).toString()]);
    await ready;
    const buildMs = performance.now() - started;
    const status = await client.connection.sendRequest(IndexStatusRequest.type);
    const all = markdownFiles(corpus).filter((f) => !f.endsWith(`${path.sep}README.md`));
    const textMB = (all.reduce((n, f) => n + fs.readFileSync(f, 'utf8').length, 0) * 2) / 1e6;
    const random = new Random(20240601);
    const opened = Array.from({ length: OPEN_DOCUMENTS }, () => random.pick(all));
    for (const file of new Set(opened)) {
      const uri = URI.file(file).toString();
      await client.open(uri, fs.readFileSync(file, 'utf8'));
      await client.waitForDiagnostics(uri, () => true, 60_000);
    }
    const points = targets([...new Set(opened)]);
    const definition = await time(points, random, (t) => client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: t.uri }, position: t.position }));
    const hover = await time(points, random, (t) => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: t.uri }, position: t.position }));
    // The floor: the same round trip for a request that finds nothing to do (a hover in a document without segments).
    const blank = 'untitled:blank.md';
    await client.open(blank, '# Title\n\nText.\n');
    const floor = await time([{ uri: blank, position: { line: 2, character: 1 } }], random, (t) => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: t.uri }, position: t.position }));
    const roundTrip = (p: number) => ({ label: `an LSP round trip with no work, p${p}`, value: percentile(floor, p) });
    figures = [
      { key: 'lsp.corpus.heapMB', label: `server: whole heap, index built (${(buildMs / 1000).toFixed(1)} s from initialize)`, value: status.heapUsed / 1e6, unit: 'MB', baseline: { label: "the corpus's text as strings", value: textMB }, budget: { max: 300, text: '< 300 MB' } },
      { key: 'lsp.definition.p50Ms', label: `definition latency p50 (${REQUESTS} requests)`, value: percentile(definition, 50), unit: 'ms', baseline: roundTrip(50) },
      { key: 'lsp.definition.p99Ms', label: 'definition latency p99', value: percentile(definition, 99), unit: 'ms', baseline: roundTrip(99), budget: { max: 5, text: '< 5 ms' } },
      { key: 'lsp.hover.p50Ms', label: `hover latency p50 (${REQUESTS} requests)`, value: percentile(hover, 50), unit: 'ms', baseline: roundTrip(50) },
      { key: 'lsp.hover.p99Ms', label: 'hover latency p99', value: percentile(hover, 99), unit: 'ms', baseline: roundTrip(99), budget: { max: 5, text: '< 5 ms' } },
    ];
  } finally {
    await client.stop();
  }
  // Each on a new server of its own, once this one has stopped.
  return [...figures, ...(await firstHover(context, corpus))];
});
