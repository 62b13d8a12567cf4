/**
 * The probes of languages the corpus does not have (`languages/probes.jsonl`): per locale, the
 * same segments translated twice, correctly and with one seeded mechanical defect
 * (`defects.json`: locale → segment number → the defect). The translations are ours; an English
 * sentence taken from the corpus is kept as a reference to its segment there and read from
 * `../shared/corpus` when the probes are checked, never copied into the project. For each locale
 * the two pages (`correct.md`, `defect.md`) are written into a workspace of its own in a
 * temporary folder and checked there, so no locale teaches the rules that learn from a workspace
 * about another.
 *
 * A seeded defect is found when its segment in `defect.md` has a finding (rule and message) that
 * the same segment in `correct.md` does not: a rule that fires on both sentences alike did not
 * tell the defect. Any finding on a segment of `correct.md` is a false alarm, counted once per
 * segment. Findings count as a reviewer sees them by default (information and above), as the
 * recall of the corpus does.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from '../../server/src/core/parse/parse';
import type { SxsDocument } from '../../server/src/core/model';
import { checkCorpus, type EvalFinding } from './findings';
import { EVAL_DIR } from './labels';
import { SHOWN } from './measure';

export const LANGUAGES_DIR = path.join(EVAL_DIR, 'languages');
export const DEFECTS_FILE = path.join(LANGUAGES_DIR, 'defects.json');
export const PROBES_FILE = path.join(LANGUAGES_DIR, 'probes.jsonl');

/** A seeded defect as its author recorded it: a name for the kind of defect, or the rules expected to find it. */
export interface SeededDefect {
  readonly kind?: string;
  readonly rules?: readonly string[];
}

/** Locale (`ja-JP`) → segment number (`102`, of the id `ab123-102`) → the defect seeded in it. */
export type SeededDefects = Readonly<Record<string, Readonly<Record<string, SeededDefect>>>>;

/**
 * One segment of a locale's probe. `english` is our own sentence, or a segment of the corpus
 * (its path under the corpus and its id). In a translation, `{{english}}` stands for the whole
 * English and `{{english:K}}` for its first K characters: a defect that leaves English behind.
 */
export interface ProbeSegment {
  readonly locale: string;
  readonly n: number;
  readonly english: { readonly text: string } | { readonly corpus: string; readonly id: string };
  readonly correct: string;
  readonly defect: string;
}

export function readSeededDefects(file = DEFECTS_FILE): SeededDefects {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as SeededDefects;
}

export function readProbeSegments(file = PROBES_FILE): ProbeSegment[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as ProbeSegment);
}

/** The folder of a locale's probe workspace, named as the corpus names a locale repository. */
export function probeFolder(locale: string, dir: string): string {
  return path.join(dir, `OfficeDocs-AlchemyInsights-pr.${locale}`);
}

/** A translation with its `{{english}}` or `{{english:K}}` written out. */
export function withEnglish(translation: string, english: string): string {
  const m = /^\{\{english(?::(\d+))?\}\}/.exec(translation);
  if (!m) return translation;
  return english.slice(0, m[1] === undefined ? english.length : Number(m[1])) + translation.slice(m[0].length);
}

/** Reads the English of the probes' segments, each corpus file parsed once. */
function englishReader(corpus: string): (segment: ProbeSegment) => string {
  const documents = new Map<string, SxsDocument>();
  return (segment) => {
    const english = segment.english;
    if ('text' in english) return english.text;
    let doc = documents.get(english.corpus);
    if (!doc) documents.set(english.corpus, (doc = parse(fs.readFileSync(path.join(corpus, english.corpus), 'utf8'))));
    const source = doc.segments.find((s) => s.id === english.id)?.source;
    if (!source) throw new Error(`probe ${segment.locale} ${segment.n}: no segment ${english.id} in ${english.corpus}`);
    return source.text;
  };
}

/** A probe page: a machine translation's front matter of our own, the first segment as its heading. */
function probePage(locale: string, title: string, segments: readonly { n: number; english: string; translation: string }[]): string {
  const frontMatter = [
    '---',
    `title: ${title}`,
    'ms.author: probe',
    'ms.date: 04/21/2020',
    'ms.topic: article',
    `ms.openlocfilehash: ${'0123456789'.repeat(4)}`,
    `ms.sourcegitcommit: ${'abcdef0123'.repeat(4)}`,
    'ms.translationtype: MT',
    `ms.contentlocale: ${locale}`,
    'ms.lasthandoff: 04/21/2020',
    'ms.locfileid: "10000001"',
    '---',
    '',
  ];
  const spans = segments.map(
    (s, i) => `${i === 0 ? '# <a name="probe"></a>' : ''}<span data-ttu-id="ab123-${s.n}">${s.translation}</span><span class="sxs-lookup"><span data-stu-id="ab123-${s.n}">${s.english}</span></span>\n`,
  );
  return frontMatter.join('\n') + spans.join('\n');
}

/** Writes each locale's two pages under `dir`, as the corpus lays out a locale repository; returns the locales. */
export function writeProbePages(segments: readonly ProbeSegment[], corpus: string, dir: string): string[] {
  const englishOf = englishReader(corpus);
  const byLocale = new Map<string, ProbeSegment[]>();
  for (const s of segments) byLocale.set(s.locale, [...(byLocale.get(s.locale) ?? []), s]);
  for (const [locale, list] of byLocale) {
    const folder = path.join(probeFolder(locale, dir), 'AlchemyInsights');
    fs.mkdirSync(folder, { recursive: true });
    for (const page of ['correct', 'defect'] as const) {
      const rows = list.map((s) => {
        const english = englishOf(s);
        return { n: s.n, english, translation: withEnglish(s[page], english) };
      });
      fs.writeFileSync(path.join(folder, `${page}.md`), probePage(locale, `probe ${page}`, rows));
    }
  }
  return [...byLocale.keys()].sort();
}

export interface ProbeScore {
  readonly locale: string;
  readonly seeded: number;
  /** Defect segments with a finding their correct twin does not have. */
  readonly found: number;
  /** Correct segments with any finding. */
  readonly falseAlarms: number;
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

/** Checks every locale's probe workspace with the command-line checker and scores it, reading the English from `corpus`. */
export function checkProbes(corpus: string): ProbeScore[] {
  const defects = readSeededDefects();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-probes-'));
  try {
    return writeProbePages(readProbeSegments(), corpus, dir).map((locale) => scoreProbe(locale, defects[locale] ?? {}, checkCorpus(probeFolder(locale, dir)).findings));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
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
