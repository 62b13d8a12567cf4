/**
 * The probes of languages the corpus does not have (`languages/`): per locale a workspace of two
 * pages with the same segments, `correct.md` translated correctly and `defect.md` with one seeded
 * mechanical defect in each segment (`defects.json`: locale → segment number → the defect).
 * Each locale is checked on its own, as its own workspace, so no locale teaches the rules that
 * learn from a workspace about another.
 *
 * A seeded defect is found when its segment in `defect.md` has a finding (rule and message) that
 * the same segment in `correct.md` does not: a rule that fires on both sentences alike did not
 * tell the defect. Any finding on a segment of `correct.md` is a false alarm, counted once per
 * segment. Findings count as a reviewer sees them by default (information and above), as the
 * recall of the corpus does.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkCorpus, type EvalFinding } from './findings';
import { EVAL_DIR } from './labels';
import { SHOWN } from './measure';

export const LANGUAGES_DIR = path.join(EVAL_DIR, 'languages');
export const DEFECTS_FILE = path.join(LANGUAGES_DIR, 'defects.json');

/** A seeded defect as its author recorded it: a name for the kind of defect, or the rules expected to find it. */
export interface SeededDefect {
  readonly kind?: string;
  readonly rules?: readonly string[];
}

/** Locale (`ja-JP`) → segment number (`102`, of the id `ab123-102`) → the defect seeded in it. */
export type SeededDefects = Readonly<Record<string, Readonly<Record<string, SeededDefect>>>>;

export interface ProbeScore {
  readonly locale: string;
  readonly seeded: number;
  /** Defect segments with a finding their correct twin does not have. */
  readonly found: number;
  /** Correct segments with any finding. */
  readonly falseAlarms: number;
}

export function readSeededDefects(file = DEFECTS_FILE): SeededDefects {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as SeededDefects;
}

/** The folder of a locale's probe workspace, named as the corpus names a locale repository. */
export function probeFolder(locale: string, dir = LANGUAGES_DIR): string {
  return path.join(dir, `OfficeDocs-AlchemyInsights-pr.${locale}`);
}

/**
 * Scores one locale's findings against its seeded defects. `findings` are those of its
 * workspace; a finding is placed by its file's name (`correct.md`, `defect.md`) and the number
 * its segment id ends in (`ab123-102` → `102`).
 */
export function scoreProbe(locale: string, seeded: Readonly<Record<string, SeededDefect>>, findings: readonly EvalFinding[]): ProbeScore {
  const correct = findingsPerSegment(findings, 'correct.md');
  const defect = findingsPerSegment(findings, 'defect.md');
  const segments = Object.keys(seeded);
  const found = segments.filter((n) => [...(defect.get(n) ?? [])].some((f) => !correct.get(n)?.has(f))).length;
  const falseAlarms = segments.filter((n) => (correct.get(n)?.size ?? 0) > 0).length;
  return { locale, seeded: segments.length, found, falseAlarms };
}

/** Segment number → the shown findings (`rule: message`) on that segment of one page. */
function findingsPerSegment(findings: readonly EvalFinding[], page: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of findings) {
    if (f.id === '@file' || path.posix.basename(f.file) !== page || !SHOWN.has(f.severity)) continue;
    const n = f.id.slice(f.id.lastIndexOf('-') + 1);
    out.set(n, (out.get(n) ?? new Set()).add(`${f.rule}: ${f.message}`));
  }
  return out;
}

/** Checks every locale's probe workspace with the command-line checker and scores it. */
export function checkProbes(dir = LANGUAGES_DIR): ProbeScore[] {
  const defects = readSeededDefects(path.join(dir, 'defects.json'));
  return Object.keys(defects)
    .sort()
    .map((locale) => scoreProbe(locale, defects[locale]!, checkCorpus(probeFolder(locale, dir)).findings));
}

/** The section of the evaluation's report: per locale and in all, defects found and false alarms. */
export function probeLines(scores: readonly ProbeScore[]): string[] {
  const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(0)}%`);
  const line = (name: string, s: Omit<ProbeScore, 'locale'>) => `  ${name.padEnd(8)} ${`${s.found}/${s.seeded} (${pct(s.found, s.seeded)})`.padEnd(16)} ${s.falseAlarms}/${s.seeded}`;
  const total = scores.reduce((a, s) => ({ seeded: a.seeded + s.seeded, found: a.found + s.found, falseAlarms: a.falseAlarms + s.falseAlarms }), { seeded: 0, found: 0, falseAlarms: 0 });
  return [
    'Languages the corpus does not have (probes we wrote; the rules that learn from a workspace cannot learn from 44 segments)',
    `  ${'locale'.padEnd(8)} ${'seeded found'.padEnd(16)} false alarms (correct segments with a finding)`,
    ...scores.map((s) => line(s.locale, s)),
    line('all', total),
  ];
}
