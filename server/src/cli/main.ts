import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from 'vscode-uri';
import { checkConfigFrom, type CheckConfig } from '../core/config';
import { SOURCE_LOCALE } from '../core/index/layout';
import { localeRootsFrom } from '../core/index/localeRootsSetting';
import type { Rule } from '../core/rules/rule';
import { documentLimitsFrom } from '../core/documentLimits';
import { RULES } from '../core/rules/registry';
import { runCheck } from './checkRun';
import { loadSettings } from './configFile';
import { expandInputs, inputFolders } from './files';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { SampleSet, formatSummary } from './format/summary';
import { formatText } from './format/text';
import { parseCommandLine, USAGE, UsageError, type CheckOptions } from './options';
import { progressLine } from './progress';
import { isMemoryCommand, memoryCommand, MEMORY_USAGE } from './memoryCommands';
import { summarize } from './summary';

declare const SXS_VERSION: string | undefined;
const VERSION = typeof SXS_VERSION === 'string' ? SXS_VERSION : '0.0.0-dev';

/** `sxs-docs check …`: the exit code (0 clean, 1 errors found, 2 usage error). */
export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  try {
    if (isMemoryCommand(argv)) return await memoryCommand(argv, cwd, VERSION);
    const command = parseCommandLine(argv);
    if (command.kind === 'help') {
      process.stdout.write(`${USAGE}\n\n${MEMORY_USAGE}\n`);
      return 0;
    }
    if (command.kind === 'version') {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    return await check(command.options, cwd);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`sxs-docs: ${e.message}\n\n${USAGE}\n\n${MEMORY_USAGE}\n`);
      return 2;
    }
    throw e;
  }
}

async function check(options: CheckOptions, cwd: string): Promise<number> {
  const { section } = loadSettings(options.config, cwd);
  const rules = RULES.filter((r) => (options.rules.length === 0 || options.rules.includes(r.code)) && !options.ignoreRules.includes(r.code));
  const configured = checkConfigFrom(section);
  const config = withOnly({ ...configured, doNotTranslate: [...configured.doNotTranslate, ...options.terms] }, rules);
  const samples = options.sample ? new SampleSet(options.sample, options.sampleCount) : undefined;
  const files = expandInputs(options.inputs, cwd);
  const english = options.english && path.resolve(cwd, options.english);
  if (english && !fs.statSync(english, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`--english ${options.english} is not a folder.`);
  const cwdUri = URI.file(cwd).toString();
  const localeRoots = [...localeRootsFrom(section.localeRoots, cwdUri), ...(english ? [{ uri: URI.file(english).toString(), locale: SOURCE_LOCALE }] : [])];
  const progress = progressLine(process.stderr);
  const results = await runCheck(files, {
    config,
    limits: documentLimitsFrom(section),
    minSeverity: options.minSeverity,
    fix: options.fix,
    cwd,
    localeFolders: [...inputFolders(options.inputs, cwd), ...(english ? [english] : [])],
    localeRoots,
    onProgress: (what, done, total) => progress.update(what, done, total),
    onFinding: samples && ((file, doc, finding) => samples.add(file, doc, finding)),
  });
  progress.clear();
  const summary = summarize(results);
  const color = options.color ?? (!options.output && process.stdout.isTTY && !process.env.NO_COLOR);
  const text =
    options.format === 'json' ? formatJson(results, summary, VERSION)
    : options.format === 'sarif' ? formatSarif(results, rules, VERSION, pathToFileURL(`${cwd}/`).href)
    : options.format === 'summary' ? formatSummary(results, rules, samples)
    : formatText(results, summary, { color: !!color, summary: options.summary });
  // Findings come from the rules chosen; rules not chosen are off in the config.
  if (options.output) fs.writeFileSync(options.output, `${text}\n`);
  else process.stdout.write(`${text}\n`);
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** The config with every rule not chosen (--rule, --ignore-rule) turned off. */
function withOnly(config: CheckConfig, chosen: readonly Rule[]): CheckConfig {
  const off = Object.fromEntries(RULES.filter((r) => !chosen.includes(r)).map((r) => [r.code, 'off' as const]));
  return { ...config, rules: { ...config.rules, ...off } };
}
