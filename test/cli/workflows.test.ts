import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as yaml from 'js-yaml';
import { CLI_BUNDLE, runCli } from '../support/cliRunner';
import { sampleWorkspace } from '../support/sampleWorkspace';

const ROOT = path.resolve(__dirname, '../../..');
/** A copy of the sample workspace, as committed (the report step runs in it). */
const SAMPLE = sampleWorkspace();

interface Step {
  readonly name?: string;
  readonly displayName?: string;
  readonly run?: string;
  readonly script?: string;
  readonly uses?: string;
  readonly with?: Record<string, unknown>;
}

/** A folder with `sxs-docs` on it: the built command, as `npm link` installs it. */
function binFolder(): string {
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-bin-'));
  fs.writeFileSync(path.join(bin, 'sxs-docs'), `#!/bin/sh\nexec "${process.execPath}" "${CLI_BUNDLE}" "$@"\n`, { mode: 0o755 });
  return bin;
}

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
}

/**
 * A pull request on the sample: a copy of it in a git repository whose `origin/main` is the
 * sample as it is, with the German version of the article changed on a branch.
 */
function pullRequest(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-workflow-'));
  fs.cpSync(SAMPLE, root, { recursive: true });
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'sample');
  git(root, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
  git(root, 'checkout', '-q', '-b', 'topic');
  fs.appendFileSync(path.join(root, 'contoso-docs-pr.de-DE/articles/sync-files.md'), '\n');
  git(root, 'commit', '-q', '-am', 'change');
  return root;
}

/** A step's script with the CI's expressions replaced by their values; an expression not known fails the test. */
function expand(script: string, values: Record<string, string>, pattern: RegExp): string {
  return script.replace(pattern, (whole, name: string) => {
    assert.ok(name.trim() in values, `the test does not know ${whole}`);
    return values[name.trim()];
  });
}

/** Runs a step's script as the runner does (bash, stopping at the first failing command). */
function runStep(script: string, cwd: string, env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', script], { cwd, encoding: 'utf8', env: { ...process.env, ...env, PATH: `${binFolder()}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Whether this build has `sxs-docs report` (built on another branch; the steps that use it are skipped until it is merged). */
const hasReport = () => !/Unknown command "report"/.test(runCli(['report', '--format', 'json', '.'], SAMPLE).stderr);

describe('cli: the CI workflows of docs/ci', () => {
  describe('GitHub Actions (docs/ci/github-actions.yml)', () => {
    const workflow = yaml.load(fs.readFileSync(path.join(ROOT, 'docs/ci/github-actions.yml'), 'utf8')) as {
      env: Record<string, string | number>;
      jobs: Record<string, { steps: Step[]; strategy?: { matrix: { shard: number[] } }; permissions?: Record<string, string> }>;
    };
    const check = workflow.jobs.check;
    const results = workflow.jobs.results;
    const step = (job: { steps: Step[] }, name: string) => job.steps.find((s) => s.name === name)!;
    const GITHUB = /\$\{\{([^}]+)\}\}/g;

    it('parses, with one shard per matrix entry, the history for --changed-since, and code scanning allowed to take the SARIF', () => {
      assert.deepEqual(check.strategy!.matrix.shard, Array.from({ length: Number(workflow.env.SHARDS) }, (_, i) => i + 1));
      assert.equal(check.steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth'], 0);
      assert.equal(results.permissions!['security-events'], 'write');
      assert.equal(results.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))?.with?.sarif_file, 'sxs-docs.sarif');
    });

    it('its shards, run on a pull request of the sample, merge into the SARIF of a check of the changed documents', () => {
      const root = pullRequest();
      const env = { SHARDS: String(workflow.env.SHARDS) };
      for (const shard of check.strategy!.matrix.shard) {
        const script = expand(step(check, 'Check').run!, { 'matrix.shard': String(shard), 'github.event_name': 'pull_request', 'github.base_ref': 'main' }, GITHUB);
        const r = runStep(script, root, env);
        assert.ok(r.status === 0 || r.status === 1, `shard ${shard}: ${r.stderr}`);
        assert.ok(fs.existsSync(path.join(root, `shard-${shard}.sarif`)));
      }
      const merged = runStep(step(results, 'Merge the shards').run!, root, env);
      assert.equal(merged.status, 0, merged.stderr);
      const whole = runCli(['check', '.', '--changed-since', 'origin/main', '--format', 'sarif'], root).stdout;
      assert.equal(fs.readFileSync(path.join(root, 'sxs-docs.sarif'), 'utf8'), whole);
      assert.ok(JSON.parse(whole).runs[0].results.length > 0, 'the changed document has findings');
      assert.ok(fs.existsSync(path.join(root, '.sxs-docs-cache')), 'the cache the next run restores');
    });

    it('writes the job summary with sxs-docs report', function () {
      if (!hasReport()) {
        console.log('      (skipped: this build has no `sxs-docs report` command yet; the step runs once it is merged)');
        this.skip();
      }
      const root = pullRequest();
      const summary = path.join(root, 'summary.md');
      const r = runStep(step(results, 'Job summary').run!, root, { GITHUB_STEP_SUMMARY: summary });
      assert.equal(r.status, 0, r.stderr);
      assert.ok(fs.readFileSync(summary, 'utf8').length > 0);
    });
  });

  describe('Azure Pipelines (docs/ci/azure-pipelines.yml)', () => {
    const pipeline = yaml.load(fs.readFileSync(path.join(ROOT, 'docs/ci/azure-pipelines.yml'), 'utf8')) as {
      stages: { stage: string; jobs: { job: string; strategy?: { parallel: number }; steps: Step[] }[] }[];
    };
    const job = (stage: string) => pipeline.stages.find((s) => s.stage === stage)!.jobs[0];
    const step = (stage: string, name: string) => job(stage).steps.find((s) => s.displayName === name)!;
    const AZURE = /\$\(([^)]+)\)/g;

    it('its shards, run on a pull request of the sample, merge into the SARIF of a check of the changed documents', () => {
      const root = pullRequest();
      const parallel = job('Check').strategy!.parallel;
      assert.ok(parallel > 1);
      const artifacts = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-pipeline-'));
      for (let position = 1; position <= parallel; position++) {
        const values = { 'System.JobPositionInPhase': String(position), 'System.TotalJobsInPhase': String(parallel), 'Build.Reason': 'PullRequest', 'System.PullRequest.TargetBranchName': 'main' };
        const r = runStep(expand(step('Check', 'Check').script!, values, AZURE), root, {});
        assert.ok(r.status === 0 || r.status === 1, `shard ${position}: ${r.stderr}`);
        fs.mkdirSync(path.join(artifacts, `sarif-${position}`));
        fs.renameSync(path.join(root, `shard-${position}.sarif`), path.join(artifacts, `sarif-${position}`, `shard-${position}.sarif`));
      }
      const merged = runStep(expand(step('Results', 'Merge the shards').script!, { 'Pipeline.Workspace': artifacts }, AZURE), root, {});
      assert.equal(merged.status, 0, merged.stderr);
      assert.equal(fs.readFileSync(path.join(root, 'sxs-docs.sarif'), 'utf8'), runCli(['check', '.', '--changed-since', 'origin/main', '--format', 'sarif'], root).stdout);
      assert.ok(job('Results').steps.some((s) => (s as { publish?: string; artifact?: string }).artifact === 'CodeAnalysisLogs'));
    });

    it('adds the report to the summary with sxs-docs report', function () {
      if (!hasReport()) {
        console.log('      (skipped: this build has no `sxs-docs report` command yet; the step runs once it is merged)');
        this.skip();
      }
      const root = pullRequest();
      const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-agent-'));
      const r = runStep(expand(step('Results', 'Summary').script!, { 'Agent.TempDirectory': temp }, AZURE), root, {});
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /##vso\[task\.uploadsummary\]/);
      assert.ok(fs.readFileSync(path.join(temp, 'sxs-docs.md'), 'utf8').length > 0);
    });
  });
});
