/** Runs the command-line checker over the corpus, as CI would, and reads its findings per segment. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface EvalFinding {
  readonly file: string;
  /** The segment's translation id, or '@file' for a finding about the whole file. */
  readonly id: string;
  readonly rule: string;
  readonly severity: 'hint' | 'information' | 'warning' | 'error';
  readonly message: string;
  readonly line: number;
}

export interface CheckedCorpus {
  readonly files: readonly string[];
  readonly findings: readonly EvalFinding[];
}

interface CliJson {
  files: { path: string; findings: { line: number; severity: EvalFinding['severity']; rule: string; message: string; segment: string | null }[] }[];
}

/** Every finding at every severity on the corpus, from `dist/cli.js check --format json --min-severity hint`. */
export function checkCorpus(corpus: string, cli = path.resolve(__dirname, '../../../dist/cli.js')): CheckedCorpus {
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-eval-')), 'findings.json');
  const run = spawnSync(process.execPath, [cli, 'check', '.', '--format', 'json', '--min-severity', 'hint', '-o', out], { cwd: corpus, encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`the checker failed (${run.status}): ${run.stderr}`);
  const json = JSON.parse(fs.readFileSync(out, 'utf8')) as CliJson;
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  const findings: EvalFinding[] = [];
  for (const f of json.files) {
    const file = f.path.split(path.sep).join('/').replace(/^\.\//, '');
    for (const x of f.findings) findings.push({ file, id: x.segment ?? '@file', rule: x.rule, severity: x.severity, message: x.message, line: x.line });
  }
  return { files: json.files.map((f) => f.path), findings };
}

/**
 * {@link checkCorpus} on each folder of the corpus alone, as a repository of its own (the
 * corpus keeps one locale per folder): what a user who checks one locale's repository sees,
 * where the rules learn from that locale only. Paths are the corpus's, as {@link checkCorpus} gives them.
 */
export function checkEachRepository(corpus: string, cli?: string): CheckedCorpus {
  const files: string[] = [];
  const findings: EvalFinding[] = [];
  for (const entry of fs.readdirSync(corpus, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const checked = checkCorpus(path.join(corpus, entry.name), cli);
    for (const f of checked.files) files.push(path.join(entry.name, f));
    for (const f of checked.findings) findings.push({ ...f, file: `${entry.name}/${f.file}` });
  }
  return { files, findings };
}
