import { parseArgs } from 'node:util';
import type { Severity } from '../core/config';
import { ruleByCode } from '../core/rules/registry';
import { RULES_PAGE_URL } from '../core/rules/rulesPage';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'summary';

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'summary'];

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
  /** With the summary format: a rule whose findings are printed with both sides of their segment. */
  readonly sample: string | undefined;
  /** How many findings of `sample` (spread over the run). */
  readonly sampleCount: number;
  /** Do-not-translate terms besides the settings' ones. */
  readonly terms: readonly string[];
}

export type Command = { readonly kind: 'check'; readonly options: CheckOptions } | { readonly kind: 'help' } | { readonly kind: 'version' };

/** A mistake in how the CLI was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: sxs-docs check [options] <paths or globs…>

Checks localized sxs Markdown files (folders are searched for *.md) with the same rules as
the Side-by-Side Docs extension. Exits with 1 when it finds errors, 2 on a usage error.

Options:
  --format <format>           text (default), json, sarif, or summary: the count
                              of findings per rule and per locale, for tuning rules
  --sample <code>             with --format summary, also print findings of this rule
                              with both sides of their segment
  --sample-count <n>          how many of them, spread over the run (default: 50)
  --term <term>               a do-not-translate term besides the settings' (repeatable)
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
  -h, --help                  show this help
  -v, --version               show the version

Each finding names its rule (--rule and --ignore-rule take the same codes). What each rule
finds, why it matters and how to fix it, with examples: docs/rules.md,
${RULES_PAGE_URL}`;

const LEVELS = ['hint', 'information', 'warning', 'error'] as const;

/** Reads the command line; throws a {@link UsageError} on a mistake. */
export function parseCommandLine(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
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
        sample: { type: 'string' },
        'sample-count': { type: 'string' },
        term: { type: 'string', multiple: true },
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
  if (command !== 'check') throw new UsageError(command ? `Unknown command "${command}"; the command is "check".` : 'Missing the command: sxs-docs check <paths…>');
  if (inputs.length === 0) throw new UsageError('Give the files, folders or globs to check: sxs-docs check docs/');
  const format = (values.format ?? 'text') as OutputFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`Unknown format "${format}"; use ${FORMATS.join(', ')}.`);
  if (values.sample !== undefined && format !== 'summary') throw new UsageError('--sample goes with --format summary.');
  if (values.sample !== undefined && !ruleByCode(values.sample)) throw new UsageError(`Unknown rule "${values.sample}". The rules are listed in the README and by --format sarif.`);
  const sampleCount = values['sample-count'] === undefined ? 50 : Number(values['sample-count']);
  if (!Number.isInteger(sampleCount) || sampleCount < 1) throw new UsageError(`--sample-count takes a whole number of 1 or more, not "${values['sample-count']}".`);
  const minSeverity = values['min-severity'] ?? 'warning';
  if (!(LEVELS as readonly string[]).includes(minSeverity)) throw new UsageError(`Unknown severity "${minSeverity}"; use one of ${LEVELS.join(', ')}.`);
  const rules = values.rule ?? [];
  const ignoreRules = values['ignore-rule'] ?? [];
  for (const code of [...rules, ...ignoreRules]) {
    if (!ruleByCode(code)) throw new UsageError(`Unknown rule "${code}". The rules are listed in the README and by --format sarif.`);
  }
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
      sample: values.sample,
      sampleCount,
      terms: values.term ?? [],
    },
  };
}
