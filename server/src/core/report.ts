import type { CheckConfig } from './config';
import { LocaleReader } from './locale';
import { parse } from './parse/parse';
import { Checker } from './rules/check';
import type { Finding } from './rules/rule';
import { RULES } from './rules/registry';

/** A file to check: its path (which names its locale) and its text. */
export interface ReportFile {
  readonly path: string;
  readonly text: string;
}

/** Findings counted per rule and per locale over a set of files. */
export interface FindingsReport {
  readonly files: number;
  readonly bytes: number;
  readonly segments: number;
  /** The locales seen, sorted. */
  readonly locales: readonly string[];
  /** counts[ruleCode][locale] */
  readonly counts: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** Checks every file and counts the findings; `onFinding` sees each one (for sampling them). */
export function buildReport(files: Iterable<ReportFile>, config: CheckConfig, onFinding?: (file: ReportFile, finding: Finding) => void): FindingsReport {
  const counts: Record<string, Record<string, number>> = {};
  const locales = new Set<string>();
  let n = 0;
  let bytes = 0;
  let segments = 0;
  const checker = new Checker(config);
  const pathLocales = new LocaleReader();
  for (const file of files) {
    n++;
    bytes += file.text.length;
    const locale = pathLocales.fromPath(file.path) ?? '(none)';
    locales.add(locale);
    const doc = parse(file.text);
    segments += doc.segments.length;
    for (const finding of checker.check(doc, file.path)) {
      const byLocale = (counts[finding.code] ??= {});
      byLocale[locale] = (byLocale[locale] ?? 0) + 1;
      onFinding?.(file, finding);
    }
  }
  return { files: n, bytes, segments, locales: [...locales].sort(), counts };
}

/** The report as a plain-text table: one row per rule (registry order), one column per locale, and a total. */
export function formatReport(report: FindingsReport): string {
  const header = ['rule', ...report.locales, 'total'];
  const rows = RULES.map((rule) => {
    const byLocale = report.counts[rule.code] ?? {};
    const cells = report.locales.map((l) => byLocale[l] ?? 0);
    return [rule.code, ...cells.map(String), String(cells.reduce((a, b) => a + b, 0))];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [
    `${report.files} files, ${report.segments} segments, ${(report.bytes / 1e6).toFixed(1)} M characters`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}
