import * as fs from 'node:fs';
import * as path from 'node:path';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { IndexProgressNotification } from '#protocol';
import { TestClient } from '../../support/lspClient';
import { markdownFiles } from '../../support/corpus';
import { corpusMeasurement, median, type BenchContext, type Figure } from '../measure';

/** Servers started, each for one first hover. */
const STARTS = 3;
/** Hovers after the first, at other segments, for the baseline. */
const LATER = 30;

/** The translations' positions in a file, in order. */
function translationPositions(text: string): { line: number; character: number }[] {
  const out: { line: number; character: number }[] = [];
  text.split('\n').forEach((line, n) => {
    for (const m of line.matchAll(/<span data-ttu-id="[^"]*">/g)) out.push({ line: n, character: m.index + m[0].length + 2 });
  });
  return out;
}

/** The files the first hover is timed on: the largest translation of the corpus, and a de-DE article of ordinary size (the one nearest the median size with 20 segments or more). */
function hoverFiles(corpus: string): { label: string; key: string; file: string }[] {
  const files = markdownFiles(corpus).filter((f) => !f.endsWith(`${path.sep}README.md`));
  const sized = files.map((file) => ({ file, size: fs.statSync(file).size }));
  const largest = sized.reduce((a, b) => (b.size > a.size ? b : a));
  const german = sized.filter((f) => /de-DE/.test(f.file) && translationPositions(fs.readFileSync(f.file, 'utf8')).length >= 20).sort((a, b) => a.size - b.size || a.file.localeCompare(b.file));
  const typical = german[Math.floor(german.length / 2)];
  return [
    ...(typical ? [{ label: `a de-DE file, ${Math.round(typical.size / 1000)} KB`, key: 'typical', file: typical.file }] : []),
    { label: `the largest file, ${Math.round(largest.size / 1000)} KB`, key: 'largest', file: largest.file },
  ];
}

/**
 * The first hover after the server starts, as the editor sees it: a new server over stdio on
 * the corpus, its index built and learned from (the translation memory filled), a file open
 * and checked, then a hover; beside the later hovers of the same server. The median of
 * {@link STARTS} servers, on an ordinary de-DE file and on the largest file.
 */
export async function firstHover(context: BenchContext, corpus: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const { label, key, file } of hoverFiles(corpus)) {
    const text = fs.readFileSync(file, 'utf8');
    const uri = URI.file(file).toString();
    const positions = translationPositions(text);
    const firsts: number[] = [];
    const laters: number[] = [];
    for (let start = 0; start < STARTS; start++) {
      const client = new TestClient(undefined, context.serverNodeArgs);
      try {
        // Ready, then learned: the memory a hover looks into is whole.
        const learned = client.waitForNotification(IndexProgressNotification.type, (p) => p.state === 'ready' && p.learned === true, 600_000);
        await client.initialize({ workspace: { configuration: true } }, undefined, [URI.file(corpus).toString()]);
        await learned;
        await client.open(uri, text);
        await client.waitForDiagnostics(uri, () => true, 120_000);
        const hover = async (i: number) => {
          const started = performance.now();
          await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positions[(i * 37) % positions.length] });
          return performance.now() - started;
        };
        firsts.push(await hover(start));
        const times: number[] = [];
        for (let i = 1; i <= LATER; i++) times.push(await hover(start + i));
        laters.push(median(times));
      } finally {
        await client.stop();
      }
    }
    context.log(`lsp: ${label}: first hovers ${firsts.map((t) => t.toFixed(1)).join(', ')} ms; later hovers' medians ${laters.map((t) => t.toFixed(1)).join(', ')} ms`);
    figures.push({
      key: `lsp.firstHover.${key}.ms`,
      label: `first hover after the server starts (${label}, median of ${STARTS} servers)`,
      value: median(firsts),
      unit: 'ms',
      baseline: { label: 'the later hovers of the same servers, median', value: median(laters) },
      budget: { max: 5, text: '≤ 5 ms' },
    });
  }
  return figures;
}

/** The first hover alone (`--only hover`): `lsp` measures it too, after the latencies of 2,000 requests. */
export const firstHoverAlone = { ...corpusMeasurement('hover', 'the first hover after the server starts (corpus), alone', firstHover), onlyWhenNamed: true };
