import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { corpusMeasurement, type BenchContext } from '../measure';

/** Runs of each command; the best is kept (the machine is shared: the best is the least disturbed). */
const ROUNDS = 3;

/** Wall time of a whole process, from spawn to exit, in ms. Its exit code is the findings', not a failure. */
function timed(args: readonly string[], cwd: string): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const ms = performance.now() - started;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.slice(0, 2).join(' ')} exited with ${r.status}: ${String(r.stderr).slice(0, 300)}`);
  return ms;
}

function best(context: BenchContext, what: string, args: readonly string[], cwd: string): number {
  const times = Array.from({ length: ROUNDS }, () => timed(args, cwd));
  context.log(`cli: ${what}: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  return Math.min(...times);
}

/**
 * The whole command line against markdownlint-cli2 (its default rules) on the same tree, the
 * corpus: a whole process each, timed from outside, best of {@link ROUNDS}.
 */
export const cliVsMarkdownlint = corpusMeasurement('cli', 'the whole command line on the corpus beside markdownlint-cli2 on the same tree, a whole process each', async (context, corpus) => {
  const cli = path.join(context.root, 'dist/cli.js');
  const markdownlint = path.join(context.root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
  const ours = best(context, 'sxs-docs check (every core)', [cli, 'check', corpus, '--format', 'json', '-o', os.devNull], corpus);
  const oneThread = best(context, 'sxs-docs check --jobs 1', [cli, 'check', corpus, '--jobs', '1', '--format', 'json', '-o', os.devNull], corpus);
  // Its globs are relative to the folder it runs in; it prints its findings to standard error.
  const theirs = best(context, 'markdownlint-cli2', [markdownlint, '**/*.md'], corpus);
  const baseline = { label: 'markdownlint-cli2, default rules, same tree', value: theirs };
  return [
    { key: 'cli.corpus.ms', label: `sxs-docs check, the corpus (${os.cpus().length} threads), whole process`, value: ours, unit: 'ms', baseline },
    { key: 'cli.corpus.oneThreadMs', label: 'sxs-docs check --jobs 1, the same', value: oneThread, unit: 'ms', baseline },
    { key: 'cli.corpus.speedUp', label: 'markdownlint-cli2 time ÷ sxs-docs check time', value: theirs / ours, unit: '×', budget: { min: 10, text: '≥ 10×' } },
    { key: 'cli.corpus.speedUpOneThread', label: 'the same, sxs-docs on one thread', value: theirs / oneThread, unit: '×' },
  ];
});
