import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { generateWorkspace } from '../generate/workspace';
import { median, type BenchContext, type Figure, type Measurement } from '../measure';

interface BuildResult {
  /** From the build's start to `ready`: every document's entry in (segment tables, hashes: what the checks across locales read). */
  readonly readyMs: number;
  /** From the build's start to learned: the term statistics and the translation memory filled too. */
  readonly buildMs: number;
  readonly heapBytes: number;
  /** Reading (and decoding) every Markdown file of the folder, in the same process. */
  readonly readMs: number;
  /** The files' text, in UTF-16 code units × 2 (their size in the heap as strings). */
  readonly textBytes: number;
  readonly documents: number;
  readonly segments: number;
  readonly state: string;
  /** Worker threads the build used beside its own (none when the machine had no idle core). */
  readonly workers: number;
}

/** Runs below this many files are repeated (median of three); larger ones run once. */
const REPEAT_BELOW = 20_000;

function buildInChild(context: BenchContext, folder: string): BuildResult {
  const script = path.join(context.root, 'out/test/bench/child/buildIndex.js');
  const out = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', script, folder], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const result = JSON.parse(out) as BuildResult;
  if (result.state !== 'ready') throw new Error(`the index of ${folder} ended ${result.state}`);
  return result;
}

function measure(context: BenchContext, folder: string, files: number): { readyMs: number; buildMs: number; heapMB: number; documents: number; readMs: number; textMB: number } {
  const runs = files < REPEAT_BELOW ? 3 : 1;
  const results = Array.from({ length: runs }, () => buildInChild(context, folder));
  context.log(`  ${results.map((r) => `ready ${Math.round(r.readyMs)} ms, learned ${Math.round(r.buildMs)} ms with ${r.workers} worker thread(s), reading ${Math.round(r.readMs)} ms`).join('; ')}`);
  return {
    readyMs: median(results.map((r) => r.readyMs)),
    buildMs: median(results.map((r) => r.buildMs)),
    heapMB: median(results.map((r) => r.heapBytes)) / 1e6,
    documents: results[0].documents,
    readMs: median(results.map((r) => r.readMs)),
    textMB: (results[0].textBytes * 2) / 1e6,
  };
}

/** What a build is compared with: reading the same files, in the same process. */
function readFloor(r: { readMs: number }) {
  return { label: 'reading the same files', value: r.readMs };
}

/** What the index's heap is compared with: the files' text, were it kept as strings. */
function textSize(r: { textMB: number }) {
  return { label: "the files' text as strings", value: r.textMB };
}

/** Cold build time and heap of the locale index: on the corpus and on generated workspaces of growing size. */
export const indexBuild: Measurement = {
  name: 'index',
  description: 'locale index: cold build time and heap (corpus, generated workspaces)',
  async run(context) {
    const figures: Figure[] = [];
    if (context.corpus) {
      context.log('index: corpus');
      const corpus = measure(context, context.corpus, 14_594);
      figures.push(
        {
          key: 'index.corpus.readyMs',
          label: `index ready (tables, hashes), corpus (${corpus.documents.toLocaleString('en-US')} files, median of 3)`,
          value: corpus.readyMs,
          unit: 'ms',
          baseline: readFloor(corpus),
          budget: { max: 2 * corpus.readMs, text: '≤ 2× reading' },
        },
        { key: 'index.corpus.buildMs', label: '  then learned (terms, memory): the whole build', value: corpus.buildMs, unit: 'ms', baseline: readFloor(corpus), budget: { max: 3000, text: '≤ 3 s' } },
        { key: 'index.corpus.heapMB', label: 'index heap, corpus', value: corpus.heapMB, unit: 'MB', baseline: textSize(corpus), budget: { max: 300, text: '< 300 MB' } },
      );
    } else {
      context.log('index: the corpus is absent (../shared/corpus or SXS_CORPUS); its figures are skipped');
    }
    const perThousand = new Map<number, { ms: number; mb: number }>();
    for (const size of context.sizes) {
      context.log(`index: generated workspace of ${size.toLocaleString('en-US')} files (written once to bench-results/)`);
      const folder = generateWorkspace(path.join(context.resultsDir, 'workspaces', `gen-${size}`), size);
      const result = measure(context, folder, size);
      const k = result.documents / 1000;
      perThousand.set(size, { ms: result.buildMs / k, mb: result.heapMB / k });
      const name = `gen${size / 1000}k`;
      figures.push(
        { key: `index.${name}.readyMs`, label: `index ready, generated ${result.documents.toLocaleString('en-US')} files`, value: result.readyMs, unit: 'ms', baseline: readFloor(result) },
        { key: `index.${name}.buildMs`, label: `  then learned: the whole build`, value: result.buildMs, unit: 'ms', baseline: readFloor(result) },
        { key: `index.${name}.heapMB`, label: `index heap, generated ${result.documents.toLocaleString('en-US')} files`, value: result.heapMB, unit: 'MB', baseline: textSize(result) },
        { key: `index.${name}.msPer1k`, label: `  build time per 1,000 files`, value: result.buildMs / k, unit: 'ms' },
        { key: `index.${name}.mbPer1k`, label: `  heap per 1,000 files`, value: result.heapMB / k, unit: 'MB' },
      );
    }
    const sizes = [...perThousand.keys()].sort((a, b) => a - b);
    if (sizes.length > 1) {
      const small = perThousand.get(sizes[0])!;
      const large = perThousand.get(sizes[sizes.length - 1])!;
      const label = `${sizes[sizes.length - 1] / 1000}k vs ${sizes[0] / 1000}k files`;
      figures.push(
        { key: 'index.growth.time', label: `growth of build time per file, ${label}`, value: large.ms / small.ms, unit: '×', budget: { max: 1.5, text: '≈ 1 (linear)' } },
        { key: 'index.growth.heap', label: `growth of heap per file, ${label}`, value: large.mb / small.mb, unit: '×', budget: { max: 1.5, text: '≈ 1 (linear)' } },
      );
    }
    return figures;
  },
};
