import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateWorkspace } from '../generate/workspace';
import type { BenchContext, Figure, Measurement } from '../measure';

/**
 * `npm run bench -- --only scale`: the command line on generated organizations (English and
 * four locales, sibling repositories), a whole process per run, timed from outside: one thread,
 * every core, the cache on a second run, --changed-since with 10 changed files (with and without
 * the cache of the run before), each shard of 4 with that cache, each shard of
 * 4 and 16. Sizes: `--scale-sizes 100000,500000` (the default). The workspaces are written to
 * the system's temporary folder, once per size and generator version.
 */
const DEFAULT_SIZES = [100_000, 500_000];

function scaleSizes(): number[] {
  const i = process.argv.indexOf('--scale-sizes');
  const text = i >= 0 ? process.argv[i + 1] : undefined;
  return text ? text.split(',').map(Number).filter((n) => n > 0) : DEFAULT_SIZES;
}

interface Run {
  readonly ms: number;
  /** Peak resident memory of the process, worker threads included. */
  readonly rssBytes: number;
  /** CPU time of the process, all threads: what a loaded machine does not inflate as it does the wall clock. */
  readonly cpuMs: number;
}

/** One run of `sxs-docs check`, timed from the outside as a CI job sees it. */
function cli(context: BenchContext, cwd: string, args: readonly string[]): Run {
  const rssFile = path.join(os.tmpdir(), `sxs-rss-${process.pid}`);
  const cpuFile = path.join(os.tmpdir(), `sxs-cpu-${process.pid}`);
  const started = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=8192', '--require', path.join(context.root, 'out/test/bench/child/maxRss.js'), path.join(context.root, 'dist/cli.js'), 'check', '--format', 'json', '-o', os.devNull, ...args],
    { cwd, encoding: 'utf8', env: { ...process.env, SXS_RSS_FILE: rssFile, SXS_CPU_FILE: cpuFile }, maxBuffer: 1 << 26 },
  );
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`sxs-docs check ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  const run = { ms, rssBytes: Number(fs.readFileSync(rssFile, 'utf8')), cpuMs: Number(fs.readFileSync(cpuFile, 'utf8')) / 1000 };
  context.log(`sxs-docs check ${args.join(' ')}: ${Math.round(run.ms)} ms, CPU ${Math.round(run.cpuMs)} ms`);
  return run;
}

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

/** A generated organization of `files` files, committed to git (for --changed-since). */
function organization(context: BenchContext, files: number): string {
  const dir = path.join(os.tmpdir(), `sxs-docs-scale-${files}`);
  const marker = path.join(dir, '.git', 'sxs-committed');
  if (fs.existsSync(marker)) return dir;
  context.log(`writing ${files.toLocaleString('en-US')} files to ${dir}`);
  generateWorkspace(dir, files);
  git(dir, 'init', '-q');
  // No automatic garbage collection: git packs a fresh 100,000-file repository in the
  // background after the commit, taking a core from the runs being timed.
  git(dir, 'config', 'gc.auto', '0');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'generated');
  fs.writeFileSync(marker, '');
  return dir;
}

export const scale: Measurement = {
  name: 'scale',
  description: 'the command line on generated organizations: one thread, every core, cache, --changed-since, shards',
  onlyWhenNamed: true,
  async run(context) {
    const figures: Figure[] = [];
    const cores = os.availableParallelism?.() ?? os.cpus().length;
    const timings: { files: number; ms: number }[] = [];
    for (const files of scaleSizes()) {
      const dir = organization(context, files);
      const n = files.toLocaleString('en-US');
      const one = cli(context, dir, ['--jobs', '1', '.']);
      context.log(`${n} files, one thread: ${Math.round(one.ms)} ms, ${(one.rssBytes / 1e6).toFixed(0)} MB`);
      const oneThread = { label: 'one thread', value: one.ms };
      timings.push({ files, ms: one.ms });
      figures.push({ key: `scale.${files}.oneThread`, label: `check ${n} files, one thread`, value: one.ms, unit: 'ms' });
      // Every count of workers up to the cores: the speed-up each added worker brings.
      for (let jobs = 2; jobs <= cores; jobs++) {
        const run = cli(context, dir, ['--jobs', String(jobs), '.']);
        context.log(`${n} files, ${jobs} threads: ${Math.round(run.ms)} ms, ${(run.rssBytes / 1e6).toFixed(0)} MB`);
        figures.push({ key: `scale.${files}.jobs${jobs}`, label: `  ${jobs} worker threads`, value: run.ms, unit: 'ms', baseline: oneThread });
        figures.push({
          key: `scale.${files}.jobs${jobs}.perCore`,
          label: `  speed-up per worker, ${jobs} threads`,
          value: one.ms / run.ms / jobs,
          unit: '×',
          budget: { min: 0.8, text: '≥ 0.8 per core' },
        });
        figures.push({
          key: `scale.${files}.jobs${jobs}.memoryPerWorker`,
          label: `  memory per worker, ${jobs} threads (peak RSS above one thread's, shared out)`,
          value: Math.max(0, run.rssBytes - one.rssBytes) / jobs / 1e6,
          unit: 'MB',
          baseline: { label: "one thread's peak RSS", value: one.rssBytes / 1e6 },
        });
      }
      const cacheFile = path.join(os.tmpdir(), `sxs-docs-scale-${files}.cache`);
      fs.rmSync(cacheFile, { force: true });
      const filling = cli(context, dir, [`--cache=${cacheFile}`, '.']);
      const cached = cli(context, dir, [`--cache=${cacheFile}`, '.']);
      figures.push({ key: `scale.${files}.cacheFill`, label: '  first run with --cache (filling it)', value: filling.ms, unit: 'ms', baseline: oneThread });
      figures.push({ key: `scale.${files}.cacheHit`, label: '  second run with --cache, nothing changed', value: cached.ms, unit: 'ms', baseline: oneThread });
      // Ten changed files, spread over the tree; put back afterwards.
      const german = path.join(dir, 'docs-pr.de-DE');
      const all = fs.readdirSync(german).flatMap((d) => (d.startsWith('area-') ? fs.readdirSync(path.join(german, d)).map((f) => path.join(german, d, f)) : []));
      const changed = Array.from({ length: Math.min(10, all.length) }, (_, i) => all[Math.floor((i * all.length) / Math.min(10, all.length))]);
      for (const f of changed) fs.appendFileSync(f, '\nChanged  here.\n');
      try {
        const since = cli(context, dir, ['--changed-since', 'HEAD', '.']);
        figures.push({ key: `scale.${files}.changedSince`, label: `  --changed-since, ${changed.length} files changed`, value: since.ms, unit: 'ms', baseline: oneThread });
        // As CI runs a pull request: the cache of the run before the change restored (a fresh copy for each run).
        const restored = () => {
          const copy = `${cacheFile}.restored`;
          fs.copyFileSync(cacheFile, copy);
          return `--cache=${copy}`;
        };
        const sinceCached = cli(context, dir, ['--changed-since', 'HEAD', restored(), '.']);
        figures.push({ key: `scale.${files}.changedSinceCached`, label: `  --changed-since, ${changed.length} files changed, the cache of the run before`, value: sinceCached.ms, unit: 'ms', baseline: oneThread });
        const cpuBaseline = { label: 'one thread, CPU', value: one.cpuMs };
        figures.push({ key: `scale.${files}.changedSince.cpu`, label: `  --changed-since, ${changed.length} files changed, CPU time`, value: since.cpuMs, unit: 'ms', baseline: cpuBaseline });
        figures.push({ key: `scale.${files}.changedSinceCached.cpu`, label: `  the same with the cache of the run before, CPU time`, value: sinceCached.cpuMs, unit: 'ms', baseline: cpuBaseline });
        const count = 4;
        const shards = Array.from({ length: count }, (_, i) => cli(context, dir, ['--jobs', '1', '--shard', `${i + 1}/${count}`, restored(), '.']).ms);
        context.log(`${n} files, ${count} shards with the cache of the run before, ${changed.length} files changed: ${shards.map((ms) => Math.round(ms)).join(', ')} ms`);
        figures.push({ key: `scale.${files}.shards${count}Cached.slowest`, label: `  slowest of ${count} shards, ${changed.length} files changed, the cache of the run before`, value: Math.max(...shards), unit: 'ms', baseline: oneThread });
        figures.push({ key: `scale.${files}.shards${count}Cached.mean`, label: `  mean of ${count} shards, the same`, value: shards.reduce((a, b) => a + b, 0) / count, unit: 'ms', baseline: oneThread });
      } finally {
        git(dir, 'checkout', '-q', '--', '.');
      }
      for (const count of [4, 16]) {
        const shards = Array.from({ length: count }, (_, i) => cli(context, dir, ['--jobs', '1', '--shard', `${i + 1}/${count}`, '.']).ms);
        context.log(`${n} files, ${count} shards: ${shards.map((ms) => Math.round(ms)).join(', ')} ms`);
        figures.push({ key: `scale.${files}.shards${count}.slowest`, label: `  slowest of ${count} shards (one thread each)`, value: Math.max(...shards), unit: 'ms', baseline: oneThread });
        figures.push({ key: `scale.${files}.shards${count}.mean`, label: `  mean of ${count} shards`, value: shards.reduce((a, b) => a + b, 0) / count, unit: 'ms', baseline: oneThread });
      }
    }
    // Linear growth: the time per file at each size against the smallest size's.
    const [first, ...rest] = timings;
    for (const t of rest) {
      figures.push({
        key: `scale.${t.files}.perFile`,
        label: `time per 1,000 files at ${t.files.toLocaleString('en-US')} (one thread)`,
        value: (t.ms / t.files) * 1000,
        unit: 'ms',
        baseline: { label: `at ${first.files.toLocaleString('en-US')} files`, value: (first.ms / first.files) * 1000 },
      });
    }
    return figures;
  },
};
