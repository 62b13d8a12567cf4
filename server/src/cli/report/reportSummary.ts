import type { FileResult } from '../checkRun';

/** What a set of files adds up to. */
export interface Totals {
  files: number;
  segments: number;
  /** Segments in machine-translated (MT) files. */
  machineTranslated: number;
  /** Files made from an older English than the English now (a `stale-translation` finding). */
  staleFiles: number;
  /** Segments whose English changed, or is no longer in the English. */
  changedSegments: number;
  removedSegments: number;
  /** English sentences that no segment has. */
  addedSentences: number;
  /** English words deleted or inserted since the files were translated. */
  changedWords: number;
  errors: number;
  warnings: number;
  /** Findings at information and hint level. */
  others: number;
}

/** One file of the report. */
export interface FileReport {
  /** Relative to the working folder, with forward slashes. */
  readonly path: string;
  readonly folder: string;
  readonly translationType: string | null;
  readonly totals: Totals;
  /** Findings per rule code. */
  readonly byRule: Readonly<Record<string, number>>;
  /** Why the file was not read or checked in full (skipped, not UTF-8). */
  readonly notes: readonly string[];
}

export interface FolderReport {
  readonly folder: string;
  readonly totals: Totals;
}

export interface LocaleReport {
  readonly locale: string;
  readonly totals: Totals;
  readonly byRule: Readonly<Record<string, number>>;
  readonly folders: readonly FolderReport[];
  readonly files: readonly FileReport[];
}

export interface ReportSummary {
  readonly totals: Totals;
  readonly locales: readonly LocaleReport[];
}

export function emptyTotals(): Totals {
  return { files: 0, segments: 0, machineTranslated: 0, staleFiles: 0, changedSegments: 0, removedSegments: 0, addedSentences: 0, changedWords: 0, errors: 0, warnings: 0, others: 0 };
}

function add(into: Totals, t: Totals): void {
  for (const k of Object.keys(into) as (keyof Totals)[]) into[k] += t[k];
}

function fileTotals(r: FileResult): Totals {
  const t = emptyTotals();
  t.files = 1;
  t.segments = r.segments;
  if (r.translationType?.trim().toUpperCase() === 'MT') t.machineTranslated = r.segments;
  if (r.findings.some((f) => f.code === 'stale-translation')) t.staleFiles = 1;
  if (r.changes) {
    t.changedSegments = r.changes.changed + r.changes.removed;
    t.removedSegments = r.changes.removed;
    t.addedSentences = r.changes.added;
    t.changedWords = r.changes.changedWords;
  }
  for (const f of r.findings) {
    if (f.severity === 'error') t.errors++;
    else if (f.severity === 'warning') t.warnings++;
    else t.others++;
  }
  return t;
}

function countRules(into: Record<string, number>, byRule: Readonly<Record<string, number>>): void {
  for (const [code, n] of Object.entries(byRule)) into[code] = (into[code] ?? 0) + n;
}

/** The results per locale, folder (the file's folder) and file, each with its totals; locales, folders and files sorted. */
export function reportSummary(results: readonly FileResult[]): ReportSummary {
  const totals = emptyTotals();
  const byLocale = new Map<string, FileReport[]>();
  for (const r of results) {
    const byRule: Record<string, number> = {};
    for (const f of r.findings) byRule[f.code] = (byRule[f.code] ?? 0) + 1;
    const slash = r.relativePath.lastIndexOf('/');
    const file: FileReport = { path: r.relativePath, folder: slash < 0 ? '.' : r.relativePath.slice(0, slash), translationType: r.translationType?.trim() || null, totals: fileTotals(r), byRule, notes: r.notes };
    add(totals, file.totals);
    (byLocale.get(r.locale) ?? byLocale.set(r.locale, []).get(r.locale)!).push(file);
  }
  const locales = [...byLocale.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([locale, files]): LocaleReport => {
      const t = emptyTotals();
      const byRule: Record<string, number> = {};
      const folders = new Map<string, Totals>();
      for (const f of files) {
        add(t, f.totals);
        countRules(byRule, f.byRule);
        add(folders.get(f.folder) ?? folders.set(f.folder, emptyTotals()).get(f.folder)!, f.totals);
      }
      return {
        locale,
        totals: t,
        byRule,
        folders: [...folders.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([folder, ft]) => ({ folder, totals: ft })),
        files: [...files].sort((a, b) => a.path.localeCompare(b.path)),
      };
    });
  return { totals, locales };
}
