import type { SxsDocument } from '../../core/model';
import type { Finding, Rule } from '../../core/rules/rule';
import type { FileResult } from '../checkRun';

/**
 * `--format summary`: a table of the findings, one row per rule (registry order), one column
 * per locale, and a total; what a rule's tuning is measured with.
 */
export function formatSummary(results: readonly FileResult[], rules: readonly Rule[], samples?: SampleSet): string {
  const locales = [...new Set(results.map((r) => r.locale))].sort();
  const counts = new Map<string, Map<string, number>>();
  let segments = 0;
  for (const r of results) {
    segments += r.segments;
    for (const f of r.findings) {
      let byLocale = counts.get(f.code);
      if (!byLocale) counts.set(f.code, (byLocale = new Map()));
      byLocale.set(r.locale, (byLocale.get(r.locale) ?? 0) + 1);
    }
  }
  const header = ['rule', ...locales, 'total'];
  const rows = rules.map((rule) => {
    const cells = locales.map((l) => counts.get(rule.code)?.get(l) ?? 0);
    return [rule.code, ...cells.map(String), String(cells.reduce((a, b) => a + b, 0))];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const table = [`${results.length} files, ${segments} segments`, '', line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  return samples ? [...table, '', samples.format()].join('\n') : table.join('\n');
}

/** One finding of the sampled rule, with what a reader needs to judge it. */
interface Sample {
  readonly path: string;
  readonly id: string;
  readonly message: string;
  readonly at: string;
  readonly translation?: string;
  readonly english?: string;
}

/** The findings of one rule over a run, of which `count` are printed, every k-th. */
export class SampleSet {
  private readonly found: Sample[] = [];

  constructor(
    readonly code: string,
    readonly count: number,
  ) {}

  add(path: string, doc: SxsDocument, finding: Finding): void {
    if (finding.code !== this.code) return;
    const s = finding.segment;
    this.found.push({ path, id: s?.id ?? '', message: finding.message, at: doc.text.slice(finding.start, finding.end), translation: s?.translation.text, english: s?.source?.text ?? (s ? '' : undefined) });
  }

  format(): string {
    const step = Math.max(1, Math.floor(this.found.length / this.count));
    const out = [`${this.found.length} findings of ${this.code}; every ${step}th:`];
    for (let i = 0, shown = 0; i < this.found.length && shown < this.count; i += step, shown++) {
      const f = this.found[i];
      out.push('', `[${shown + 1}] ${f.path} ${f.id}`, `  ${f.message}`, `  at: «${f.at}»`);
      if (f.translation !== undefined) out.push(`  T: ${f.translation}`, `  E: ${f.english ?? ''}`);
    }
    return out.join('\n');
  }
}
