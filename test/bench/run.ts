/**
 * `npm run bench`: runs the measurement modules and prints each figure beside its baseline
 * (bench/baseline.json) as a ratio, and beside the budget the issue sets. Timings taken on a
 * machine shared with other work are noisy; the header says how loaded the machine was.
 *
 *   npm run bench -- --only index,lsp --sizes 10000,50000,100000 --update-baseline
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BenchContext, Figure, Measurement } from './measure';
import { indexBuild } from './measures/indexBuild';
import { lspLatency } from './measures/lspLatency';

/** Every measurement, in the order they run. A new figure is a new module added here. */
const MEASUREMENTS: readonly Measurement[] = [indexBuild, lspLatency];

const ROOT = path.resolve(__dirname, '../../..');
const BASELINE = path.join(ROOT, 'test/bench/baseline.json');

interface Baseline {
  readonly recorded: string;
  readonly machine: string;
  readonly figures: Record<string, number>;
}

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

function print(figures: readonly Figure[], baseline: Baseline | undefined): void {
  const rows = figures.map((f) => {
    const base = baseline?.figures[f.key];
    const ratio = base ? (f.value / base).toFixed(2) : '–';
    const over = f.budget && f.value > f.budget.max ? '  ✘ over budget' : '';
    return [f.label, format(f.value, f.unit), base === undefined ? '–' : format(base, f.unit), ratio, f.budget ? `${f.budget.text}${over}` : ''];
  });
  const header = ['figure', 'value', 'baseline', 'ratio', 'budget'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('   ');
  console.log(`\n${line(header)}\n${widths.map((w) => '─'.repeat(w)).join('   ')}`);
  for (const r of rows) console.log(line(r));
}

async function main(): Promise<number> {
  const only = option('only')?.split(',');
  const sizes = (option('sizes') ?? '10000,50000,100000').split(',').map(Number).filter((n) => n > 0);
  const corpusDir = option('corpus') ?? process.env.SXS_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
  const resultsDir = path.join(ROOT, 'bench-results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const context: BenchContext = { root: ROOT, corpus: fs.existsSync(corpusDir) ? corpusDir : undefined, resultsDir, sizes, log: (m) => console.log(`  ${m}`) };
  const baseline = fs.existsSync(BASELINE) ? (JSON.parse(fs.readFileSync(BASELINE, 'utf8')) as Baseline) : undefined;
  console.log(`sxs-docs benchmark on ${machine()}`);
  console.log('Timings are noisy when other processes share the machine (see the load average); compare ratios, not single runs.');
  if (baseline) console.log(`Baseline: ${baseline.recorded}, ${baseline.machine}`);
  const figures: Figure[] = [];
  for (const m of MEASUREMENTS.filter((m) => !only || only.includes(m.name))) {
    console.log(`\n${m.name}: ${m.description}`);
    figures.push(...(await m.run(context)));
  }
  print(figures, baseline);
  const record = { recorded: new Date().toISOString(), machine: machine(), figures: Object.fromEntries(figures.map((f) => [f.key, Number(f.value.toPrecision(4))])) };
  fs.writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(record, null, 2)}\n`);
  if (process.argv.includes('--update-baseline')) {
    fs.writeFileSync(BASELINE, `${JSON.stringify({ ...record, figures: { ...baseline?.figures, ...record.figures } }, null, 2)}\n`);
    console.log(`\nBaseline written to ${path.relative(ROOT, BASELINE)}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exit(1);
  },
);
