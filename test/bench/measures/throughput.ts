import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseFragment } from 'parse5';
import { measureCheckThroughput } from '../checkThroughput';
import { markdownFiles } from '../../support/corpus';
import { corpusMeasurement, type Figure } from '../measure';

interface Text {
  readonly path: string;
  readonly text: string;
}

/** The locale the figures are measured on: one locale of the corpus (about 2,900 files, 10.7 MB). */
const LOCALE_FOLDER = /pr\.de-DE$/;
/** As many rounds as `npm run measure:checks` takes, for the core and the baselines alike: the best of more rounds is steadier on a shared machine. */
const ROUNDS = 5;

/** Best of `rounds` passes of `fn` over the texts, as MB (UTF-8) per second. */
function throughput(texts: readonly Text[], megabytes: number, rounds: number, fn: (t: Text) => void): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    for (const t of texts) fn(t);
    best = Math.min(best, performance.now() - started);
  }
  return megabytes / (best / 1000);
}

/** The floor: a regular expression that finds each translation and its English, and does nothing else. */
const SEGMENT_PAIR = /<span data-ttu-id="([^"]*)">([\s\S]*?)<\/span><span class="sxs-lookup"><span data-stu-id="([^"]*)">([\s\S]*?)<\/span><\/span>/g;

function regexScan(text: string): number {
  let n = 0;
  SEGMENT_PAIR.lastIndex = 0;
  while (SEGMENT_PAIR.exec(text)) n++;
  return n;
}

/**
 * Check throughput of the core (parse and every rule, on one core, texts in memory) beside,
 * on the same texts and in the same run: parse5 reading the HTML with source locations,
 * markdownlint's default rules (what users already run on save), and a regular-expression scan
 * of the segment pairs (the floor).
 */
export const checkThroughput = corpusMeasurement('throughput', 'check throughput of the core on one corpus locale, beside parse5, markdownlint and a regex scan', async (context, corpus) => {
  const folder = fs.readdirSync(corpus).find((d) => LOCALE_FOLDER.test(d)) ?? fs.readdirSync(corpus)[0];
  const texts = markdownFiles(path.join(corpus, folder)).map((p) => ({ path: p, text: fs.readFileSync(p, 'utf8') }));
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0) / 1e6;
  context.log(`throughput: ${texts.length} files of ${folder} (${mb.toFixed(1)} MB), best of ${ROUNDS} rounds`);
  // The core as a run over a repository checks: one checker, file by file (test/bench/checkThroughput.ts).
  const measured = measureCheckThroughput(texts, { rounds: ROUNDS });
  const core = mb / measured.totalSeconds;
  const parseOnly = mb / measured.parseSeconds;
  const regex = throughput(texts, mb, ROUNDS, (t) => regexScan(t.text));
  const parse5 = throughput(texts, mb, ROUNDS, (t) => parseFragment(t.text, { sourceCodeLocationInfo: true }));
  const { lint } = (await import('markdownlint/sync')) as typeof import('markdownlint/sync');
  // markdownlint is slow: one round, on the same texts.
  const markdownlint = throughput(texts, mb, 1, (t) => lint({ strings: { [t.path]: t.text } }));
  const files = `${texts.length.toLocaleString('en-US')} files, ${mb.toFixed(1)} MB`;
  // Issue 18, item 5: 60 MB/s on one core.
  const goal = { min: 60, text: '≥ 60 MB/s' };
  return [
    { key: 'throughput.core.vsRegex', label: `check throughput of the core (${files})`, value: core, unit: 'MB/s', baseline: { label: 'regex scan of the segment pairs', value: regex }, budget: goal },
    { key: 'throughput.core.vsParse5', label: '  the same', value: core, unit: 'MB/s', baseline: { label: 'parse5.parseFragment with locations', value: parse5 } },
    { key: 'throughput.core.vsMarkdownlint', label: '  the same', value: core, unit: 'MB/s', baseline: { label: "markdownlint's default rules", value: markdownlint } },
    { key: 'throughput.parse.vsParse5', label: 'parse alone (the document model)', value: parseOnly, unit: 'MB/s', baseline: { label: 'parse5.parseFragment with locations', value: parse5 } },
  ] satisfies Figure[];
});
