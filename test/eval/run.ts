/**
 * `npm run eval`: how good the checks are on the labelled evaluation set of the real corpus.
 * Prints precision per rule (from a seeded sample of each rule's findings read by a person),
 * recall per category and per locale (from random segments read by a person), and findings per
 * file at each severity; exits 1 when a figure of the measuring part falls below the goals.
 *
 *   --to-label DIR   write the sampled findings that have no label yet, with their texts, for labelling
 *   --missed         list the defects of the tuning part that no rule of their category found
 *
 * Recall is also given with each folder of the corpus checked alone, as the repository of one
 * locale it is, where the rules that learn from the workspace have that locale only.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusRoot } from '../support/corpus';
import { CATEGORIES, claimedCategories } from './categories';
import { CorpusSegments } from './corpusSegments';
import { checkCorpus, checkEachRepository } from './findings';
import { checkProbes, probeLines } from './languages';
import { FINDINGS_FILE, readJsonLines, SEGMENTS_FILE, validateSegmentLabel, type FindingLabel, type SegmentLabel } from './labels';
import { falseAlarmsOnRandomSet, findingsBySegment, precisionPerRule, recall, SHOWN, type RecallRow } from './measure';

export const GOALS = { precision: 0.9, recallClaimed: 0.85, recallAll: 0.7 };

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(0)}%`);
const row = (r: RecallRow) => `${pct(r.found, r.defects)} (${r.found}/${r.defects})`;
const pad = (s: string, n: number) => s.padEnd(n);

export interface EvalOutcome {
  readonly failures: string[];
  readonly lines: string[];
}

export function evaluate(corpus: string, options: { toLabel?: string; missed?: boolean } = {}): EvalOutcome {
  const segments = new CorpusSegments(corpus);
  const segmentLabels = readJsonLines<SegmentLabel>(SEGMENTS_FILE);
  segmentLabels.forEach((l, i) => validateSegmentLabel(l, `segments.jsonl:${i + 1}`));
  const findingLabels = readJsonLines<FindingLabel>(FINDINGS_FILE);
  const checked = checkCorpus(corpus);
  const lines: string[] = [];
  const failures: string[] = [];
  const out = (s = '') => lines.push(s);

  // Precision per rule.
  const byRule = findingsBySegment(checked.findings, segments);
  const precision = precisionPerRule(byRule, findingLabels);
  const onRandom = falseAlarmsOnRandomSet(segmentLabels, checked.findings);
  out('Precision per rule: a seeded sample of up to 30 findings per part, read by a person (tune | test), and on the random segments');
  out(`  ${pad('rule', 24)} ${pad('severity', 20)} ${pad('findings', 9)} ${pad('tune', 14)} ${pad('test', 14)} random set`);
  for (const p of precision) {
    const t = p.bySplit.tune;
    const m = p.bySplit.test;
    const r = onRandom.get(p.rule);
    out(`  ${pad(p.rule, 24)} ${pad(p.severity, 20)} ${pad(String(p.total), 9)} ${pad(`${pct(t.correct, t.labelled)} ${t.correct}/${t.labelled}`, 14)} ${pad(`${pct(m.correct, m.labelled)} ${m.correct}/${m.labelled}`, 14)} ${r ? `${r.matching}/${r.findings} match a label` : ''}`);
    const shown = p.severity.split('/').some((s) => SHOWN.has(s));
    if (p.unlabelled.length > 0) failures.push(`${p.rule}: ${p.unlabelled.length} sampled findings have no label (npm run eval -- --to-label DIR)`);
    else if (shown && m.labelled > 0 && m.correct / m.labelled < GOALS.precision) failures.push(`${p.rule}: precision ${pct(m.correct, m.labelled)} on the measuring part, goal ${GOALS.precision * 100}%`);
  }

  // Recall.
  const r = recall(segmentLabels, checked.findings, segments);
  out();
  out(`Recall: ${r.segments.tune} + ${r.segments.test} random segments read by a person (tune + test)${r.lapsed ? `; ${r.lapsed} labels lapsed (the segment changed)` : ''}`);
  out(`  ${pad('category', 14)} ${pad('tune', 16)} ${pad('test', 16)} any finding on the segment (test)`);
  for (const c of CATEGORIES) {
    const x = r.byCategory.get(c);
    if (!x) continue;
    out(`  ${pad(c, 14)} ${pad(row(x.tune), 16)} ${pad(row(x.test), 16)} ${pct(x.test.onSegment, x.test.defects)}`);
  }
  out(`  ${pad('claimed', 14)} ${pad(row(r.claimed.tune), 16)} ${pad(row(r.claimed.test), 16)} (${claimedCategories().join(', ')})`);
  out(`  ${pad('all', 14)} ${pad(row(r.all.tune), 16)} ${pad(row(r.all.test), 16)}`);
  out('  per locale:');
  for (const [locale, x] of [...r.byLocale].sort()) out(`  ${pad(locale, 14)} ${pad(row(x.tune), 16)} ${pad(row(x.test), 16)}`);
  const rate = (x: RecallRow) => (x.defects === 0 ? 1 : x.found / x.defects);
  if (rate(r.claimed.test) < GOALS.recallClaimed) failures.push(`recall over the claimed categories ${row(r.claimed.test)} on the measuring part, goal ${GOALS.recallClaimed * 100}%`);
  if (rate(r.all.test) < GOALS.recallAll) failures.push(`recall over all mechanical defects ${row(r.all.test)} on the measuring part, goal ${GOALS.recallAll * 100}%`);

  // The same, each repository checked alone: the rules that learn from the workspace learn from one locale.
  const alone = recall(segmentLabels, checkEachRepository(corpus).findings, segments);
  out();
  out('Recall with each repository of the corpus checked alone (one locale to learn from, as a repository of one locale is):');
  out(`  ${pad('category', 14)} ${pad('tune', 16)} ${pad('test', 16)}`);
  for (const c of CATEGORIES) {
    const x = alone.byCategory.get(c);
    const whole = r.byCategory.get(c);
    if (x && whole && (x.tune.found !== whole.tune.found || x.test.found !== whole.test.found)) out(`  ${pad(c, 14)} ${pad(row(x.tune), 16)} ${pad(row(x.test), 16)}`);
  }
  out(`  ${pad('claimed', 14)} ${pad(row(alone.claimed.tune), 16)} ${pad(row(alone.claimed.test), 16)} (categories not listed: as above)`);

  // Findings per file.
  out();
  const files = checked.files.length;
  const counts = new Map<string, number>();
  for (const f of checked.findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  out(`Findings per file over ${files} files: ${['error', 'warning', 'information', 'hint'].map((s) => `${s} ${((counts.get(s) ?? 0) / files).toFixed(2)}`).join(', ')}`);
  const info = counts.get('information') ?? 0;
  if (info / files >= 1) failures.push(`information findings average ${(info / files).toFixed(2)} per file, goal under 1`);

  // Languages the corpus does not have: reported, not a goal.
  out();
  lines.push(...probeLines(checkProbes(corpus)));

  if (options.missed) {
    out();
    out('Missed on the tuning part:');
    for (const m of r.missed.filter((x) => x.label.split === 'tune')) {
      const t = segments.get(m.label.file, m.label.id);
      out(`  ${m.category}: ${m.label.file}#${m.label.id} (${m.note}) findings: ${m.rules.join(', ') || 'none'}`);
      if (t) out(`    EN: ${t.english}\n    TR: ${t.translation}`);
    }
  }

  if (options.toLabel) writeToLabel(options.toLabel, precision.flatMap((p) => p.unlabelled), segments);
  return { failures, lines };
}

function writeToLabel(dir: string, list: ReturnType<typeof precisionPerRule>[number]['unlabelled'], segments: CorpusSegments): void {
  fs.mkdirSync(dir, { recursive: true });
  const byRule = new Map<string, string[]>();
  for (const f of list) {
    const t = f.id === '@file' ? undefined : segments.get(f.file, f.id);
    const line = JSON.stringify({ rule: f.rule, file: f.file, id: f.id, englishHash: f.englishHash, translationHash: f.translationHash, split: f.split, messages: f.messages, line: f.line, english: t?.english, translation: t?.translation, context: t?.context });
    byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), line]);
  }
  for (const [rule, rows] of byRule) fs.writeFileSync(path.join(dir, `${rule}.jsonl`), rows.join('\n') + '\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const corpus = corpusRoot();
  if (!corpus) {
    console.log('eval: skipped (the corpus is not at ../shared/corpus and SXS_CORPUS is not set)');
    return;
  }
  const toLabel = args.includes('--to-label') ? args[args.indexOf('--to-label') + 1] : undefined;
  const { failures, lines } = evaluate(corpus, { toLabel, missed: args.includes('--missed') });
  console.log(lines.join('\n'));
  console.log();
  if (failures.length === 0) console.log(`Goals met: precision ≥ ${GOALS.precision * 100}% per rule shown, recall ≥ ${GOALS.recallClaimed * 100}% claimed and ≥ ${GOALS.recallAll * 100}% all, under 1 information finding per file.`);
  else {
    console.log(`Below the goals (${failures.length}):`);
    for (const f of failures) console.log(`  - ${f}`);
    process.exitCode = 1;
  }
}

if (require.main === module) main();
