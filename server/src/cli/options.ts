import { parseArgs } from 'node:util';
import type { Severity } from '../core/config';
import { ruleByCode } from '../core/rules/registry';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CheckOptions {
  readonly inputs: readonly string[];
  readonly format: OutputFormat;
  readonly output: string | undefined;
  /** Only these rules (when given). */
  readonly rules: readonly string[];
  readonly ignoreRules: readonly string[];
  readonly minSeverity: Exclude<Severity, 'off'>;
  readonly config: string | undefined;
  readonly english: string | undefined;
  readonly fix: boolean;
  readonly color: boolean | undefined;
  readonly summary: boolean;
  /** --changed-since: a git ref. */
  readonly changedSince?: string;
  /** --jobs: worker threads (1: this thread only). */
  readonly jobs?: number;
  /** --cache: the cache file ('' for the default one). */
  readonly cache?: string;
  /** --shard i/n. */
  readonly shard?: string;
}

export type Command =
  | { readonly kind: 'check'; readonly options: CheckOptions }
  | { readonly kind: 'merge-sarif'; readonly inputs: readonly string[]; readonly output: string | undefined } | { readonly kind: 'help' } | { readonly kind: 'version' };

/** A mistake in how the CLI was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: sxs-docs check [options] <paths or globs…>
       sxs-docs merge-sarif [-o <file>] <SARIF files…>

Checks localized sxs Markdown files (folders are searched for *.md) with the same rules as
the Side-by-Side Docs extension. Exits with 1 when it finds errors, 2 on a usage error.

Options:
  --format <text|json|sarif>  output format (default: text)
  -o, --output <file>         write the results to a file instead of standard output
  --rule <code>               run only this rule (repeatable)
  --ignore-rule <code>        do not run this rule (repeatable)
  --min-severity <level>      report findings of this level and above:
                              hint, information, warning (default), error
  --config <file>             settings file (default: ./sxs-docs.json, else
                              ./.vscode/settings.json); same keys as the extension
  --english <dir>             the English source repository, for the checks across locales
  --fix                       apply the safe quick fixes and write the files
  --color / --no-color        colours in text output (default: on a terminal)
  --no-summary                leave out the summary per locale
  --changed-since <ref>       check only the documents changed since a git ref (with
                              their other locale versions)
  --jobs <n>                  worker threads (default: the number of cores; 1: none)
  --cache, --cache=<file>     keep results in a cache file (default: .sxs-docs-cache)
                              and check again only what changed
  --shard <i/n>               check the i-th of n shares of the documents (CI matrix)
  -h, --help                  show this help
  -v, --version               show the version`;

const LEVELS = ['hint', 'information', 'warning', 'error'] as const;

/** Reads the command line; throws a {@link UsageError} on a mistake. */
export function parseCommandLine(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      // A bare --cache takes no value (the default file); --cache=<file> names one.
      args: argv.map((a) => (a === '--cache' ? '--cache=' : a)),
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        rule: { type: 'string', multiple: true },
        'ignore-rule': { type: 'string', multiple: true },
        'min-severity': { type: 'string' },
        config: { type: 'string' },
        english: { type: 'string' },
        fix: { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'no-summary': { type: 'boolean' },
        'changed-since': { type: 'string' },
        jobs: { type: 'string' },
        cache: { type: 'string' },
        shard: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...inputs] = positionals;
  if (command === 'merge-sarif') {
    if (inputs.length === 0) throw new UsageError('Give the SARIF files to merge: sxs-docs merge-sarif -o all.sarif shard-*.sarif');
    return { kind: 'merge-sarif', inputs, output: values.output };
  }
  if (command !== 'check') throw new UsageError(command ? `Unknown command "${command}"; the commands are "check" and "merge-sarif".` : 'Missing the command: sxs-docs check <paths…>');
  if (inputs.length === 0) throw new UsageError('Give the files, folders or globs to check: sxs-docs check docs/');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`Unknown format "${format}"; use text, json or sarif.`);
  const minSeverity = values['min-severity'] ?? 'warning';
  if (!(LEVELS as readonly string[]).includes(minSeverity)) throw new UsageError(`Unknown severity "${minSeverity}"; use one of ${LEVELS.join(', ')}.`);
  const rules = values.rule ?? [];
  const ignoreRules = values['ignore-rule'] ?? [];
  for (const code of [...rules, ...ignoreRules]) {
    if (!ruleByCode(code)) throw new UsageError(`Unknown rule "${code}". The rules are listed in the README and by --format sarif.`);
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new UsageError(`--jobs takes a whole number of threads, 1 or more; not "${values.jobs}".`);
  if (values['changed-since'] === '') throw new UsageError('--changed-since takes a git ref, such as origin/main.');
  return {
    kind: 'check',
    options: {
      inputs,
      format,
      output: values.output,
      rules,
      ignoreRules,
      minSeverity: minSeverity as CheckOptions['minSeverity'],
      config: values.config,
      english: values.english,
      fix: values.fix ?? false,
      color: values['no-color'] ? false : values.color,
      summary: !values['no-summary'],
      changedSince: values['changed-since'],
      jobs,
      cache: values.cache,
      shard: values.shard,
    },
  };
}
