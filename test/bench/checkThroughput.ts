/**
 * Throughput of the core's check (parse + every rule, `checkDocument`) on texts already in
 * memory, on one core. A function of the texts, so that any bench can put the figure beside
 * its baselines; timings are for people, never for pass/fail.
 */
import { DEFAULT_CHECK_CONFIG, type CheckConfig } from '../../server/src/core/config';
import { parse } from '../../server/src/core/parse/parse';
import { checkDocument } from '../../server/src/core/rules/check';

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
  /** In `checkDocument`. */
  readonly checksSeconds: number;
  /** Both: `parse` then `checkDocument`, file by file. The figure that counts. */
  readonly totalSeconds: number;
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
  const round = () => {
    let parseSeconds = 0;
    let checksSeconds = 0;
    segments = 0;
    findings = 0;
    for (const file of files) {
      const t0 = performance.now();
      const doc = parse(file.text);
      const t1 = performance.now();
      findings += checkDocument(doc, config, { path: file.path }).length;
      const t2 = performance.now();
      parseSeconds += (t1 - t0) / 1000;
      checksSeconds += (t2 - t1) / 1000;
      segments += doc.segments.length;
    }
    return { parseSeconds, checksSeconds };
  };
  round(); // warm-up
  let best = { parseSeconds: Infinity, checksSeconds: Infinity };
  for (let r = 0; r < rounds; r++) {
    const t = round();
    if (t.parseSeconds + t.checksSeconds < best.parseSeconds + best.checksSeconds) best = t;
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
  };
}

/** Megabytes (10^6 bytes) per second. */
export function mbPerSecond(bytes: number, secondsTaken: number): number {
  return bytes / 1e6 / secondsTaken;
}
