/**
 * `npm run report -- <dir> [--sample <rule> [n]]`: the findings of every Markdown file under
 * a folder, per rule and per locale. With --sample, also prints n findings of one rule
 * (every k-th, spread over the corpus) with both sides of their segment, for reading.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkConfigFrom } from '../core/config';
import { buildReport, formatReport, type ReportFile } from '../core/report';
import type { Finding } from '../core/rules/rule';

function* markdownFiles(root: string): Generator<ReportFile> {
  const entries = fs.readdirSync(root, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const p = path.join(root, entry.name);
    if (entry.isDirectory()) yield* markdownFiles(p);
    else if (/\.(md|markdown)$/i.test(entry.name)) yield { path: p, text: fs.readFileSync(p, 'utf8') };
  }
}

function main(argv: string[]): number {
  const dir = argv[0];
  if (!dir || !fs.existsSync(dir)) {
    console.error('usage: npm run report -- <folder> [--sample <rule> [count]] [--term <do-not-translate term>]…');
    return 2;
  }
  const sampleAt = argv.indexOf('--sample');
  const sampleRule = sampleAt !== -1 ? argv[sampleAt + 1] : undefined;
  const sampleCount = sampleAt !== -1 && /^\d+$/.test(argv[sampleAt + 2] ?? '') ? Number(argv[sampleAt + 2]) : 50;
  const terms = argv.flatMap((a, i) => (argv[i - 1] === '--term' ? [a] : []));
  const samples: { file: ReportFile; finding: Finding }[] = [];
  const report = buildReport(markdownFiles(dir), checkConfigFrom({ doNotTranslate: terms }), (file, finding) => {
    if (finding.code === sampleRule) samples.push({ file, finding });
  });
  console.log(formatReport(report));
  if (sampleRule) printSamples(dir, samples, sampleCount);
  return 0;
}

function printSamples(dir: string, samples: { file: ReportFile; finding: Finding }[], count: number): void {
  const step = Math.max(1, Math.floor(samples.length / count));
  console.log(`\n${samples.length} findings of ${samples[0]?.finding.code ?? 'the rule'}; every ${step}th:`);
  for (let i = 0, shown = 0; i < samples.length && shown < count; i += step, shown++) {
    const { file, finding } = samples[i];
    const s = finding.segment;
    console.log(`\n[${shown + 1}] ${path.relative(dir, file.path)} ${s?.id ?? ''}\n  ${finding.message}\n  at: «${file.text.slice(finding.start, finding.end)}»`);
    if (s) console.log(`  T: ${s.translation.text}\n  E: ${s.source?.text ?? ''}`);
  }
}

process.exitCode = main(process.argv.slice(2));
