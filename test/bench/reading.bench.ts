/**
 * Hover and outline latency on the largest corpus file (or a file given as argument):
 * `npm run bench:reading [file]`. Prints p50/p99/max per operation; timings are for people,
 * never for pass/fail. The core is timed in-process on the cached model (what a request costs
 * once the document is parsed), and the hover also end to end through the built server over
 * stdio (JSON-RPC included), as an editor asks for it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { DEFAULT_CHECK_CONFIG } from '../../server/src/core/config';
import { createLanguageService } from '../../server/src/core/languageService';
import { parse } from '../../server/src/core/parse/parse';
import { corpusRoot, largestMarkdownFile } from '../support/corpus';
import { TestClient } from '../support/lspClient';


interface Stats {
  readonly n: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] };
}

function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function report(what: string, s: Stats): void {
  console.log(`${what.padEnd(50)} n=${String(s.n).padStart(5)}  p50=${s.p50.toFixed(3)} ms  p99=${s.p99.toFixed(3)} ms  max=${s.max.toFixed(3)} ms`);
}

async function main(): Promise<void> {
  const corpus = corpusRoot();
  const file = process.argv[2] ?? (corpus && largestMarkdownFile(corpus));
  if (!file || !fs.existsSync(file)) {
    console.log('No file to measure: the corpus is absent (set SXS_CORPUS) and no file was given.');
    return;
  }
  const text = fs.readFileSync(file, 'utf8');
  const doc = parse(text);
  console.log(`${path.basename(file)}: ${(text.length / 1024).toFixed(0)} KB, ${doc.segments.length} segments, Node ${process.version}`);

  report('parse (a new version of the document)', stats(Array.from({ length: 20 }, () => time(() => parse(text)))));
  const service = createLanguageService({ config: () => DEFAULT_CHECK_CONFIG });
  let version = 0;
  const fresh = () => ({ uri: 'file:///bench.md', version: ++version, getText: () => text });
  report('outline (new version: parse + headings + symbols)', stats(Array.from({ length: 20 }, () => { const d = fresh(); return time(() => service.documentSymbols(d)); })));
  const document = fresh();
  service.documentSymbols(document);
  report('outline (symbols, cached headings)', stats(Array.from({ length: 20 }, () => time(() => service.documentSymbols(document)))));
  report('folding ranges', stats(Array.from({ length: 20 }, () => time(() => service.foldingRanges(document)))));
  report('markup ranges (decorations)', stats(Array.from({ length: 20 }, () => time(() => service.markupRanges(document)))));

  // Every segment, on its translation and on its English, a few times over.
  const positions = doc.segments.flatMap((s) => [s.translation.content.range.start, ...(s.source ? [s.source.content.range.start] : [])]);
  const hoverSamples: number[] = [];
  for (let round = 0; round < 5; round++) for (const p of positions) hoverSamples.push(time(() => service.hover(document, p)));
  report('hover, core (every segment, both sides)', stats(hoverSamples));

  const client = new TestClient();
  try {
    await client.initialize();
    const uri = 'file:///bench/docs-pr.de-DE/large.md';
    await client.open(uri, text);
    const rpc: number[] = [];
    for (const p of positions) {
      const start = process.hrtime.bigint();
      await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: p });
      rpc.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    report('hover, through the server over stdio', stats(rpc.slice(1)));
  } finally {
    await client.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
