/** One number the benchmark reports. */
export interface Figure {
  /** Stable key, as in baseline.json (`index.corpus.buildMs`). */
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly unit: 'ms' | 'MB' | 'MB/s' | '×';
  /** What the figure is compared with, measured in the same run on the same input. */
  readonly baseline?: { readonly label: string; readonly value: number };
  /** The target the issue sets, when there is one: at most `max`, or at least `min`. */
  readonly budget?: { readonly max?: number; readonly min?: number; readonly text: string };
}

/** What every measurement gets from the runner. */
export interface BenchContext {
  /** The project root. */
  readonly root: string;
  /** The real corpus, when present. */
  readonly corpus: string | undefined;
  /** Where generated workspaces and results go (bench-results/). */
  readonly resultsDir: string;
  /** Sizes of the generated workspaces to measure. */
  readonly sizes: readonly number[];
  /** Node options for the servers the measurements start (`--profile DIR` gives `--cpu-prof`, a profile per server). */
  readonly serverNodeArgs: readonly string[];
  log(message: string): void;
}

/** A group of figures, measured by one module; the runner runs the ones asked for. */
export interface Measurement {
  readonly name: string;
  readonly description: string;
  /** Runs only when `--only` names it (the long ones). */
  readonly onlyWhenNamed?: boolean;
  run(context: BenchContext): Promise<Figure[]>;
}

/** A measurement of the real corpus: when the corpus is absent, it says so and gives no figures. */
export function corpusMeasurement(
  name: string,
  description: string,
  run: (context: BenchContext, corpus: string) => Promise<Figure[]>,
): Measurement {
  return {
    name,
    description,
    async run(context) {
      if (!context.corpus) {
        context.log(`${name}: the corpus is absent (../shared/corpus or SXS_CORPUS); skipped`);
        return [];
      }
      return run(context, context.corpus);
    },
  };
}

/** The value at a percentile of sorted numbers (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}
