import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { checkConfigFrom } from '../core/config';
import { documentLimitsFrom } from '../core/documentLimits';
import { RULES } from '../core/rules/registry';
import { runCheck } from './checkRun';
import { loadSettings } from './configFile';
import { expandInputs } from './files';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import { parseCommandLine, USAGE, UsageError, type CheckOptions } from './options';
import { progressLine } from './progress';
import { summarize } from './summary';

declare const SXS_VERSION: string | undefined;
const VERSION = typeof SXS_VERSION === 'string' ? SXS_VERSION : '0.0.0-dev';

/** `sxs-docs check …`: the exit code (0 clean, 1 errors found, 2 usage error). */
export function main(argv: readonly string[], cwd = process.cwd()): number {
  try {
    const command = parseCommandLine(argv);
    if (command.kind === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (command.kind === 'version') {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    return check(command.options, cwd);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`sxs-docs: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}

function check(options: CheckOptions, cwd: string): number {
  const { section } = loadSettings(options.config, cwd);
  const config = checkConfigFrom(section);
  const rules = RULES.filter((r) => (options.rules.length === 0 || options.rules.includes(r.code)) && !options.ignoreRules.includes(r.code));
  const files = expandInputs(options.inputs, cwd);
  const progress = progressLine(process.stderr);
  const results = runCheck(files, {
    config,
    limits: documentLimitsFrom(section),
    rules,
    minSeverity: options.minSeverity,
    fix: options.fix,
    cwd,
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.clear();
  const summary = summarize(results);
  const color = options.color ?? (!options.output && process.stdout.isTTY && !process.env.NO_COLOR);
  const text =
    options.format === 'json' ? formatJson(results, summary, VERSION)
    : options.format === 'sarif' ? formatSarif(results, rules, VERSION, pathToFileURL(`${cwd}/`).href)
    : formatText(results, summary, { color: !!color, summary: options.summary });
  if (options.output) fs.writeFileSync(options.output, `${text}\n`);
  else process.stdout.write(`${text}\n`);
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
