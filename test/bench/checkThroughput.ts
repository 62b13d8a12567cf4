/**
 * Throughput of the core's check (parse + every rule) on texts already in memory, on one
 * core. A function of the texts, so that any bench can put the figure beside its
 * baselines; timings are for people, never for pass/fail.
 */
import { DEFAULT_CHECK_CONFIG, type CheckConfig } from '../../server/src/core/config';
import type { SxsDocument } from '../../server/src/core/model';
import { parse } from '../../server/src/core/parse/parse';
import { Checker, checkDocument } from '../../server/src/core/rules/check';
import type { Finding, Rule } from '../../server/src/core/rules/rule';

/** A document to check: its path (for the locale it names) and its text. */
export interface BenchFile {
  readonly path: string;
  readonly text: string;
}

/** The best round: seconds spent in each phase, for all the files. */
export interface CheckThroughput {
  readonly files: number;
  /** UTF-8 bytes of the texts. */
  readonly bytes: number;
  readonly segments: number;
  readonly findings: number;
  readonly rounds: number;
  /** In `parse`. */
  readonly parseSeconds: number;
  /** In the checks, with one {@link Checker} for the run (as a run over a repository checks). */
  readonly checksSeconds: number;
  /** Both: `parse` then the checks, file by file. The figure that counts. */
  readonly totalSeconds: number;
  /** Parse and checks with `checkDocument` for each file (a checker per document, as the editor checks one). */
  readonly perDocumentSeconds: number;
}

export interface ThroughputOptions {
  /** Rounds over all the files (after one warm-up round); the best is kept. Default 5. */
  readonly rounds?: number;
  readonly config?: CheckConfig;
}

export function measureCheckThroughput(files: readonly BenchFile[], options: ThroughputOptions = {}): CheckThroughput {
  const rounds = Math.max(1, options.rounds ?? 5);
  const config = options.config ?? DEFAULT_CHECK_CONFIG;
  let segments = 0;
  let findings = 0;
  // File by file, as a checker goes through a repository: no model outlives its check, so
  // the heap (and the garbage collector's work) stays what a real run has.
  const round = (check: (doc: SxsDocument, path: string) => Finding[]) => {
    let parseSeconds = 0;
    let checksSeconds = 0;
    segments = 0;
    findings = 0;
    for (const file of files) {
      const t0 = performance.now();
      const doc = parse(file.text);
      const t1 = performance.now();
      findings += check(doc, file.path).length;
      const t2 = performance.now();
      parseSeconds += (t1 - t0) / 1000;
      checksSeconds += (t2 - t1) / 1000;
      segments += doc.segments.length;
    }
    return { parseSeconds, checksSeconds };
  };
  const withChecker = () => {
    const checker = new Checker(config);
    return round((doc, path) => checker.check(doc, path));
  };
  const perDocument = () => round((doc, path) => checkDocument(doc, config, { path }));
  withChecker(); // warm-up
  perDocument();
  let best = { parseSeconds: Infinity, checksSeconds: Infinity };
  let bestPerDocument = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t = withChecker();
    if (t.parseSeconds + t.checksSeconds < best.parseSeconds + best.checksSeconds) best = t;
    const p = perDocument();
    bestPerDocument = Math.min(bestPerDocument, p.parseSeconds + p.checksSeconds);
  }
  return {
    files: files.length,
    bytes: files.reduce((n, f) => n + Buffer.byteLength(f.text), 0),
    segments,
    findings,
    rounds,
    parseSeconds: best.parseSeconds,
    checksSeconds: best.checksSeconds,
    totalSeconds: best.parseSeconds + best.checksSeconds,
    perDocumentSeconds: bestPerDocument,
  };
}

/** Megabytes (10^6 bytes) per second. */
export function mbPerSecond(bytes: number, secondsTaken: number): number {
  return bytes / 1e6 / secondsTaken;
}

/** One rule's share of the checks: its CPU time over the files with only it enabled, less an empty checker's. */
export interface RuleCost {
  readonly code: string;
  readonly milliseconds: number;
}

/**
 * What each rule (but those across locales) costs on documents parsed once: the best of
 * `rounds` runs of a checker with that rule alone, less the best of a checker with none, in
 * the process's CPU time (the machine may be shared). What rules share (a side's words, plain
 * text, name runs) is counted in each rule that reads it, so the costs add up to more than
 * all the rules together, which the first entry gives (`all rules`). Most costly first.
 */
export function measureRuleCosts(files: readonly BenchFile[], rules: readonly Rule[], options: ThroughputOptions = {}): RuleCost[] {
  const rounds = Math.max(1, options.rounds ?? 3);
  const config = options.config ?? DEFAULT_CHECK_CONFIG;
  const docs = files.map((f) => ({ path: f.path, doc: parse(f.text) }));
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const best = (enabled: readonly Rule[]) => {
    let least = Infinity;
    for (let r = 0; r <= rounds; r++) {
      const checker = new Checker(config, enabled);
      const t = cpu();
      for (const d of docs) checker.check(d.doc, d.path);
      // The first run warms up.
      if (r > 0) least = Math.min(least, cpu() - t);
    }
    return least;
  };
  const none = best([]);
  const costs = rules.filter((r) => r.scope !== 'locale').map((rule) => ({ code: rule.code, milliseconds: Math.max(0, best([rule]) - none) }));
  return [{ code: 'all rules', milliseconds: best(rules) - none }, ...costs.sort((a, b) => b.milliseconds - a.milliseconds)];
}
