/**
 * `npm run bench`: runs the measurement modules and prints each figure beside its baseline,
 * measured in the same run on the same input, as a ratio, and beside the goal the issues set.
 * Also writes bench-results/bench.json. Timings are noisy on a shared machine (the header says
 * how loaded it was): compare ratios rather than single runs. Timings are never pass/fail.
 *
 *   npm run bench -- --only throughput,fixall,alignment,english,index,lsp,edit,cli,activation,preview,memory --sizes 10000,50000,100000
 *   npm run bench -- --only edit --profile /tmp/profiles   (a CPU profile of each server started)
 *   npm run bench -- --only hover   (the first hover alone, which `lsp` measures after its latencies)
 *   npm run bench -- --only scale --scale-sizes 100000,500000   (the command line at scale)
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BenchContext, Figure, Measurement } from './measure';
import { activation } from './measures/activation';
import { alignment } from './measures/alignment';
import { cliVsMarkdownlint } from './measures/cliVsMarkdownlint';
import { editLatency } from './measures/editLatency';
import { englishSource } from './measures/englishSource';
import { firstHoverAlone } from './measures/firstHover';
import { fixAllSpeed } from './measures/fixAll';
import { indexBuild } from './measures/indexBuild';
import { lspLatency } from './measures/lspLatency';
import { pathological } from './measures/pathological';
import { previewLatency } from './measures/previewLatency';
import { scale } from './measures/scale';
import { checkThroughput } from './measures/throughput';
import { memoryBench } from './measures/memory';

/** Every measurement, in the order they run. A new figure is a new module added here. */
const MEASUREMENTS: readonly Measurement[] = [checkThroughput, fixAllSpeed, alignment, englishSource, pathological, indexBuild, lspLatency, firstHoverAlone, editLatency, cliVsMarkdownlint, activation, previewLatency, scale, memoryBench];

const ROOT = path.resolve(__dirname, '../../..');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function machine(): string {
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 1e9).toFixed(0)} GB, Node ${process.version}, load average ${load}`;
}

function format(value: number, unit: Figure['unit']): string {
  if (unit === '×') return `${value.toFixed(2)}×`;
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${unit}`;
}

function meetsGoal(f: Figure): boolean {
  return (f.budget?.max === undefined || f.value <= f.budget.max) && (f.budget?.min === undefined || f.value >= f.budget.min);
}

/** The table: figure, value, the same-run baseline and what it is, their ratio, the goal. */
export function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.label,
    format(f.value, f.unit),
    f.baseline ? `${format(f.baseline.value, f.unit)}  (${f.baseline.label})` : '',
    f.baseline && f.baseline.value ? `${(f.value / f.baseline.value).toFixed(2)}×` : '',
    f.budget ? `${f.budget.text}${meetsGoal(f) ? '  ✔' : '  ✘'}` : '',
  ]);
  const header = ['figure', 'value', 'baseline (same run)', 'ratio', 'goal'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 1 || i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('   ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('   '), ...rows.map(line)].join('\n');
}

async function main(): Promise<number> {
  const only = option('only')?.split(',');
  const sizes = (option('sizes') ?? '10000,50000,100000').split(',').map(Number).filter((n) => n > 0);
  const corpusDir = option('corpus') ?? process.env.SXS_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
  const resultsDir = path.join(ROOT, 'bench-results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const profileDir = option('profile');
  const serverNodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : [];
  const context: BenchContext = { root: ROOT, corpus: fs.existsSync(corpusDir) ? corpusDir : undefined, resultsDir, sizes, serverNodeArgs, log: (m) => console.log(`  ${m}`) };
  console.log(`sxs-docs benchmark on ${machine()}`);
  const figures: Figure[] = [];
  for (const m of MEASUREMENTS.filter((m) => (only ? only.includes(m.name) : !m.onlyWhenNamed))) {
    console.log(`\n${m.name}: ${m.description}`);
    try {
      figures.push(...(await m.run(context)));
    } catch (e) {
      console.log(`  ${m.name} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  console.log(`\n${table(figures)}`);
  const record = { recorded: new Date().toISOString(), machine: machine(), figures };
  fs.writeFileSync(path.join(resultsDir, 'bench.json'), `${JSON.stringify(record, null, 2)}\n`);
  console.log(`\nWritten to ${path.relative(process.cwd(), path.join(resultsDir, 'bench.json'))}`);
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
      process.exit(1);
    },
  );
}
