import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import type { MemoryBenchResult } from '../child/memoryBench';
import type { BenchContext, Figure, Measurement } from '../measure';

/** Pairs of the generated memory (issue 15: a million). */
const GENERATED_PAIRS = 1_000_000;

function runChild(context: BenchContext, args: string[]): MemoryBenchResult {
  const script = path.join(context.root, 'out/test/bench/child/memoryBench.js');
  return JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=3072', script, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 })) as MemoryBenchResult;
}

function figures(r: MemoryBenchResult, key: string, what: string, p99Goal: number): Figure[] {
  const per100k = (mb: number) => (mb * 100_000) / r.pairs;
  return [
    { key: `memory.${key}.buildMs`, label: `memory built, ${what} (${r.pairs.toLocaleString('en-US')} pairs, ${r.sentences.toLocaleString('en-US')} distinct English)`, value: r.buildMs, unit: 'ms', baseline: { label: 'an exact-match map of the same pairs', value: r.exactMapMs } },
    { key: `memory.${key}.heapPer100k`, label: `memory heap per 100,000 pairs, ${what}`, value: per100k(r.heapMB), unit: 'MB', baseline: { label: 'the pairs\' texts as strings', value: per100k(r.textMB) } },
    { key: `memory.${key}.lookupP50`, label: `fuzzy lookup p50, ${what}`, value: r.lookupP50, unit: 'ms', baseline: { label: 'linear scan, same similarity, p50', value: r.linearP50 } },
    { key: `memory.${key}.lookupP99`, label: `fuzzy lookup p99, ${what}`, value: r.lookupP99, unit: 'ms', baseline: { label: 'linear scan, same similarity, p99', value: r.linearP99 }, budget: { max: p99Goal, text: `≤ ${p99Goal} ms` } },
    { key: `memory.${key}.lookupCpuP99`, label: `fuzzy lookup p99 in CPU time, ${what}`, value: r.lookupCpuP99, unit: 'ms', baseline: { label: 'the same lookups, p50 in CPU time', value: r.lookupCpuP50 }, budget: { max: p99Goal, text: `≤ ${p99Goal} ms` } },
    { key: `memory.${key}.agreement`, label: `best match % as the linear scan finds it, ${what}`, value: r.agreement, unit: '×', budget: { min: 1, text: 'all' } },
    { key: `memory.${key}.updateMs`, label: `memory update after an edit (one document) p50, ${what}`, value: r.updateP50, unit: 'ms', ...(Number.isFinite(r.parseP50) ? { baseline: { label: 'parsing the same document', value: r.parseP50 } } : {}) },
  ];
}

/** The translation memory over the corpus and over a generated million pairs. */
export const memoryBench: Measurement = {
  name: 'memory',
  description: 'translation memory: build, heap, fuzzy lookup p50/p99 against a linear scan, update after an edit (corpus and 1,000,000 generated pairs)',
  async run(context) {
    const out: Figure[] = [];
    if (context.corpus) {
      const r = runChild(context, ['corpus', context.corpus]);
      context.log(`corpus: ${JSON.stringify(r)}`);
      out.push(...figures(r, 'corpus', 'corpus', 20));
    } else context.log('memory: the corpus is absent; only the generated memory is measured');
    const g = runChild(context, ['generated', String(GENERATED_PAIRS)]);
    context.log(`generated: ${JSON.stringify(g)}`);
    out.push(...figures(g, 'generated', 'generated', 50));
    return out;
  },
};
