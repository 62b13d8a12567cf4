import * as fs from 'node:fs';
import type * as Sarif from 'sarif';
import { UsageError } from './options';
import { jsonChunks } from './format/jsonChunks';
import { writeOutput } from './writeChunks';

/**
 * `sxs-docs merge-sarif`: the SARIF logs of the shards of one check as one log with one run,
 * as GitHub code scanning takes it (it no longer accepts several runs of one tool in one
 * upload). The rules are the union of the shards' rules, each result's `ruleIndex` pointing
 * into it; a result two shards both report is kept once. Logs of another tool, or of another
 * version of this one, are refused: their rules and results would not agree.
 */
export function mergeSarifLogs(logs: readonly { name: string; log: Sarif.Log }[]): Sarif.Log {
  const runs = logs.flatMap(({ name, log }) => {
    if (log?.version !== '2.1.0' || !Array.isArray(log.runs)) throw new UsageError(`${name} is not a SARIF 2.1.0 log.`);
    return log.runs.map((run) => ({ name, run }));
  });
  if (runs.length === 0) throw new UsageError('The SARIF files hold no run to merge.');
  const first = runs[0].run;
  const rules: Sarif.ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const results: Sarif.Result[] = [];
  const seen = new Set<string>();
  for (const { name, run } of runs) {
    const driver = run.tool?.driver;
    if (driver?.name !== first.tool.driver.name || driver.version !== first.tool.driver.version) {
      throw new UsageError(`${name} comes from ${driver?.name ?? 'an unnamed tool'} ${driver?.version ?? ''}, the first file from ${first.tool.driver.name} ${first.tool.driver.version ?? ''}: merge the shards of one check.`);
    }
    for (const rule of driver.rules ?? []) {
      if (ruleIndex.has(rule.id)) continue;
      ruleIndex.set(rule.id, rules.length);
      rules.push(rule);
    }
    for (const result of run.results ?? []) {
      const id = result.ruleId ?? result.rule?.id;
      const merged: Sarif.Result = { ...result, ...(id !== undefined && ruleIndex.has(id) ? { ruleIndex: ruleIndex.get(id) } : {}) };
      const key = JSON.stringify(merged);
      if (seen.has(key)) continue;
      seen.add(key);
      results.push(merged);
    }
  }
  // By file, whatever order the shards came in: the order of a check of the whole tree.
  results.sort(compareResults);
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{ ...first, tool: { ...first.tool, driver: { ...first.tool.driver, rules } }, results }],
  };
}

/** Reads the files and writes the merged log to `output` (or standard output). */
export function mergeSarifFiles(inputs: readonly string[], output: string | undefined): void {
  const logs = inputs.map((name) => {
    let text: string;
    try {
      text = fs.readFileSync(name, 'utf8');
    } catch (e) {
      throw new UsageError(`Cannot read ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
    try {
      return { name, log: JSON.parse(text) as Sarif.Log };
    } catch {
      throw new UsageError(`${name} is not JSON, so not a SARIF log.`);
    }
  });
  writeOutput(output, jsonChunks(mergeSarifLogs(logs), 4));
}

/** By file; a file's results all come from one shard, and keep their order. */
function compareResults(a: Sarif.Result, b: Sarif.Result): number {
  const ua = a.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
  const ub = b.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
  return ua < ub ? -1 : ua > ub ? 1 : 0;
}
