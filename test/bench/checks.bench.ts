/**
 * `npm run measure:checks -- [folder] [rounds] [--rules]`: the check throughput of the core
 * (parse + every rule) on every Markdown file of a folder (default: the corpus), read into
 * memory first. Prints the best round, split into parse and checks, and the same with a
 * checker per file; with `--rules`, what each rule costs ({@link measureRuleCosts}). Timings
 * vary with the machine's load.
 */
import * as fs from 'node:fs';
import { corpusRoot, markdownFiles } from '../support/corpus';
import { RULES } from '../../server/src/core/rules/registry';
import { mbPerSecond, measureCheckThroughput, measureRuleCosts } from './checkThroughput';

function main(): void {
  const args = process.argv.slice(2).filter((a) => a !== '--rules');
  const perRule = args.length < process.argv.length - 2;
  const dir = args[0] ?? corpusRoot();
  if (!dir || !fs.existsSync(dir)) {
    console.log('No folder to measure: the corpus is absent (set SXS_CORPUS) and no folder was given.');
    return;
  }
  const rounds = Number(args[1] ?? 5);
  const files = markdownFiles(dir).map((path) => ({ path, text: fs.readFileSync(path, 'utf8') }));
  const t = measureCheckThroughput(files, { rounds });
  const line = (what: string, s: number) => console.log(`${what.padEnd(34)} ${s.toFixed(2).padStart(6)} s  ${mbPerSecond(t.bytes, s).toFixed(1).padStart(6)} MB/s`);
  console.log(`${t.files} files, ${(t.bytes / 1e6).toFixed(1)} MB (UTF-8), ${t.segments} segments, ${t.findings} findings; best of ${t.rounds} rounds, Node ${process.version}`);
  line('parse', t.parseSeconds);
  line('checks (every rule, one checker)', t.checksSeconds);
  line('parse + checks (the figure)', t.totalSeconds);
  line('same, checkDocument per file', t.perDocumentSeconds);
  if (!perRule) return;
  console.log('\nCPU time of each rule alone, less an empty checker (best of 3; shared readings count in each rule that reads them):');
  for (const c of measureRuleCosts(files, RULES)) console.log(`${c.milliseconds.toFixed(1).padStart(9)} ms  ${c.code}`);
}

main();
