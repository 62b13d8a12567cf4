import * as fs from 'node:fs';
import * as path from 'node:path';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { IndexProgressNotification } from '#protocol';
import { TestClient } from '../../support/lspClient';
import { markdownFiles } from '../../support/corpus';
import { median, type BenchContext, type Figure } from '../measure';

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

/**
 * The first hover after the server starts, as the editor sees it: a new server over stdio on
 * the corpus, its index built, the largest file open and checked, then a hover; beside the
 * later hovers of the same server. The median of {@link STARTS} servers.
 */
export async function firstHover(context: BenchContext, corpus: string): Promise<Figure[]> {
  const files = markdownFiles(corpus).filter((f) => !f.endsWith(`${path.sep}README.md`));
  const largest = files.reduce((a, b) => (fs.statSync(b).size > fs.statSync(a).size ? b : a));
  const text = fs.readFileSync(largest, 'utf8');
  const uri = URI.file(largest).toString();
  const positions = translationPositions(text);
  const firsts: number[] = [];
  const laters: number[] = [];
  for (let start = 0; start < STARTS; start++) {
    const client = new TestClient(undefined, context.serverNodeArgs);
    try {
      const ready = client.waitForNotification(IndexProgressNotification.type, (p) => p.state === 'ready', 300_000);
      await client.initialize({ workspace: { configuration: true } }, undefined, [URI.file(corpus).toString()]);
      await ready;
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
  context.log(`lsp: first hovers ${firsts.map((t) => t.toFixed(1)).join(', ')} ms; later hovers' medians ${laters.map((t) => t.toFixed(1)).join(', ')} ms`);
  return [
    {
      key: 'lsp.firstHover.ms',
      label: `first hover after the server starts (largest file, median of ${STARTS} servers)`,
      value: median(firsts),
      unit: 'ms',
      baseline: { label: 'the later hovers of the same servers, median', value: median(laters) },
      budget: { max: 5, text: '≤ 5 ms' },
    },
  ];
}
