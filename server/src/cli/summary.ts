import type { FileResult } from './checkRun';

/** What a run found, per locale. */
export interface LocaleSummary {
  readonly locale: string;
  readonly files: number;
  readonly segments: number;
  /** Share of the segments that are in machine-translated files (0–1). */
  readonly machineTranslatedShare: number;
  readonly errors: number;
  readonly warnings: number;
  readonly others: number;
  /** Findings per rule code. */
  readonly byRule: Readonly<Record<string, number>>;
}

export function summarize(results: readonly FileResult[]): LocaleSummary[] {
  const byLocale = new Map<string, { files: number; segments: number; mt: number; errors: number; warnings: number; others: number; byRule: Record<string, number> }>();
  for (const r of results) {
    let s = byLocale.get(r.locale);
    if (!s) byLocale.set(r.locale, (s = { files: 0, segments: 0, mt: 0, errors: 0, warnings: 0, others: 0, byRule: {} }));
    s.files++;
    s.segments += r.segments;
    if (r.translationType === 'MT') s.mt += r.segments;
    for (const f of r.findings) {
      if (f.severity === 'error') s.errors++;
      else if (f.severity === 'warning') s.warnings++;
      else s.others++;
      s.byRule[f.code] = (s.byRule[f.code] ?? 0) + 1;
    }
  }
  return [...byLocale.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([locale, s]) => ({ locale, files: s.files, segments: s.segments, machineTranslatedShare: s.segments ? s.mt / s.segments : 0, errors: s.errors, warnings: s.warnings, others: s.others, byRule: s.byRule }));
}
