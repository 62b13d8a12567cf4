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
import { REVIEW_REQUIRED } from '../core/review/requireReviewed';
import { formatReportJson } from './report/reportJson';
import { formatReportMarkdown } from './report/reportMarkdown';
import { reportSummary } from './report/reportSummary';
import { DEFAULT_CACHE_FILE, ResultCache } from './cache';
import { changedDocuments, changedFiles } from './changedSince';
import { runCheck, type DocumentSelection, type FileResult } from './checkRun';
import { mergeSarifFiles } from './mergeSarif';
import { parseShard, shardDocuments } from './shard';
import { defaultJobs } from './workerPool';
import { loadSettings } from './configFile';
import { expandInputs, inputFolders } from './files';
import { formatJson } from './format/json';
import { formatSarif, type RuleInfo } from './format/sarif';
import { SampleSet, formatSummary } from './format/summary';
import { formatText } from './format/text';
import { writeOutput } from './writeChunks';
import { parseCommandLine, USAGE, UsageError, type CheckOptions, type ReportOptions } from './options';
import { progressLine } from './progress';
import { isMemoryCommand, memoryCommand, MEMORY_USAGE } from './memoryCommands';
import { summarize } from './summary';

declare const SXS_VERSION: string | undefined;
const VERSION = typeof SXS_VERSION === 'string' ? SXS_VERSION : '0.0.0-dev';

/** `sxs-docs check …`: the exit code (0 clean, 1 errors found, 2 usage error, 3 a file could not be read or fixed). */
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
    if (command.kind === 'report') return await report(command.options, cwd);
    if (command.kind === 'merge-sarif') {
      mergeSarifFiles(command.inputs, command.output);
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

/** What both commands run: the files, the settings, the English source and the locale roots. */
interface Run {
  readonly inputs: readonly string[];
  readonly config: string | undefined;
  readonly english: string | undefined;
  readonly minSeverity: CheckOptions['minSeverity'];
  readonly fix: boolean;
  readonly chosen: (rule: Rule) => boolean;
  /** Rules named with --rule: one that is off by default runs too, unless the settings turn it off. */
  readonly named?: readonly string[];
  readonly changes: boolean;
  /** Report changed segments without an approval (--require-reviewed). */
  readonly requireReviewed?: boolean;
  /** Follow links in the input folders to files outside them (--follow-symlinks). */
  readonly followSymlinks?: boolean;
  /** Do-not-translate terms besides the settings' ones (`--term`). */
  readonly terms?: readonly string[];
  /** Collects findings of one rule for `--format summary --sample`. */
  readonly samples?: SampleSet;
  /** --changed-since, --shard, --jobs, --cache: which documents, on how many threads, with which cache. */
  readonly changedSince?: string;
  readonly shard?: string;
  readonly jobs?: number;
  readonly cache?: string;
}

async function run(options: Run, cwd: string): Promise<FileResult[]> {
  const { section } = loadSettings(options.config, cwd);
  const configured = checkConfigFrom(section);
  const config = withOnly({ ...configured, doNotTranslate: [...configured.doNotTranslate, ...(options.terms ?? [])] }, RULES.filter(options.chosen), options.named ?? []);
  const { samples } = options;
  const files = expandInputs(options.inputs, cwd, { followSymlinks: options.followSymlinks });
  const english = options.english && path.resolve(cwd, options.english);
  if (english && !fs.statSync(english, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`--english ${options.english} is not a folder.`);
  const cwdUri = URI.file(cwd).toString();
  const localeRoots = [...localeRootsFrom(section.localeRoots, cwdUri), ...(english ? [{ uri: URI.file(english).toString(), locale: SOURCE_LOCALE }] : [])];
  const progress = progressLine(process.stderr);
  const select = documentSelection(options, cwd);
  const note = (message: string) => process.stderr.write(`sxs-docs: ${message}\n`);
  const cache = options.cache === undefined ? undefined : ResultCache.open(path.resolve(cwd, options.cache || DEFAULT_CACHE_FILE), VERSION, cwd, note);
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
    changes: options.changes,
    requireReviewed: options.requireReviewed,
  }, { select, jobs: options.jobs ?? defaultJobs(), cache });
  cache?.save(note);
  progress.clear();
  return results;
}

/** `sxs-docs report`: every rule's findings (information and above) and the English changes, summarised. */
async function report(options: ReportOptions, cwd: string): Promise<number> {
  const results = await run({ inputs: options.inputs, config: options.config, english: options.english, minSeverity: 'information', fix: false, chosen: () => true, changes: true }, cwd);
  const summary = reportSummary(results);
  const text = options.format === 'json' ? formatReportJson(summary, VERSION) : formatReportMarkdown(summary);
  if (options.output) fs.writeFileSync(options.output, `${text}\n`);
  else process.stdout.write(`${text}\n`);
  return 0;
}

async function check(options: CheckOptions, cwd: string): Promise<number> {
  const rules = RULES.filter((r) => (options.rules.length === 0 || options.rules.includes(r.code)) && !options.ignoreRules.includes(r.code));
  const samples = options.sample ? new SampleSet(options.sample, options.sampleCount) : undefined;
  const results = await run({ inputs: options.inputs, config: options.config, english: options.english, minSeverity: options.minSeverity, fix: options.fix, chosen: (r) => rules.includes(r), named: options.rules, changes: false, terms: options.terms, samples, requireReviewed: options.requireReviewed, followSymlinks: options.followSymlinks, changedSince: options.changedSince, shard: options.shard, jobs: options.jobs, cache: options.cache }, cwd);
  const summary = summarize(results);
  const color = options.color ?? (!options.output && process.stdout.isTTY && !process.env.NO_COLOR);
  const text =
    options.format === 'json' ? formatJson(results, summary, VERSION)
    : options.format === 'sarif' ? formatSarif(results, options.requireReviewed ? [...rules, REVIEW_REQUIRED_RULE] : rules, VERSION, pathToFileURL(`${cwd}/`).href)
    : options.format === 'summary' ? [formatSummary(results, rules, samples)]
    : formatText(results, summary, { color: !!color, summary: options.summary });
  // Findings come from the rules chosen; rules not chosen are off in the config.
  writeOutput(options.output, text);
  if (results.some((r) => r.failed)) return 3;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** How SARIF describes the findings of --require-reviewed, beside the rules. */
const REVIEW_REQUIRED_RULE: RuleInfo = { code: REVIEW_REQUIRED.code, description: REVIEW_REQUIRED.description, defaultSeverity: 'error', scope: 'locale', fixable: false, help: REVIEW_REQUIRED.help };

/** The documents --changed-since and --shard keep (both: those of the shard that changed). */
function documentSelection(options: Pick<Run, 'changedSince' | 'shard'>, cwd: string): DocumentSelection | undefined {
  const selections: DocumentSelection[] = [];
  if (options.changedSince !== undefined) selections.push(changedDocuments(changedFiles(options.changedSince, cwd)));
  if (options.shard !== undefined) selections.push(shardDocuments(parseShard(options.shard), [`${URI.file(cwd).toString()}/`, `${cwd}${path.sep}`]));
  if (selections.length === 0) return undefined;
  return (documents, keyOf) => selections.reduce((kept, select) => select(kept, keyOf), documents);
}

/**
 * The config with every rule not chosen (--rule, --ignore-rule) turned off, and each rule named
 * with --rule that is off by default turned on at its severity, unless the settings name it.
 */
function withOnly(config: CheckConfig, chosen: readonly Rule[], named: readonly string[]): CheckConfig {
  const off = Object.fromEntries(RULES.filter((r) => !chosen.includes(r)).map((r) => [r.code, 'off' as const]));
  const on = Object.fromEntries(chosen.filter((r) => named.includes(r.code) && r.enabledByDefault === false && !(r.code in config.rules)).map((r) => [r.code, r.defaultSeverity]));
  return { ...config, rules: { ...on, ...config.rules, ...off } };
}
