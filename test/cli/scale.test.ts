import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateWorkspace } from '../bench/generate/workspace';
import { CLI_BUNDLE, runCli, tempTree } from '../support/cliRunner';

/** A generated organization of `files` files: documents in English and four locales, with findings in and across locales. */
function organization(files: number): string {
  return generateWorkspace(fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-scale-')), files);
}

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

function gitRepository(files: number): string {
  const root = organization(files);
  git(root, 'init', '-q', '-b', 'main');
  git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'empty');
  git(root, 'add', '.');
  git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'docs');
  return root;
}

/** The command line, with the paths of the Markdown files it read (one entry per read). */
function runRecordingReads(args: readonly string[], cwd: string): { stdout: string; reads: string[] } {
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-reads-')), 'reads');
  const r = spawnSync(process.execPath, ['--require', path.join(__dirname, '../support/recordReads.js'), CLI_BUNDLE, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', SXS_RECORD_READS: log } });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const reads = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  return { stdout: r.stdout, reads };
}

/** The files a JSON report lists. */
function reported(stdout: string): string[] {
  return (JSON.parse(stdout) as { files: { path: string }[] }).files.map((f) => f.path);
}

/** Appends a sentence with a double space to a file (a new finding), keeping it valid. */
function touch(file: string): void {
  fs.appendFileSync(file, '\nChanged  here.\n');
}

/** Gives files a whole-second modification time, which a change can then put back exactly (the file system keeps finer times than utimes sets). */
function roundTimes(root: string, files: readonly string[]): void {
  const time = new Date('2026-01-01T00:00:00Z');
  for (const f of files) fs.utimesSync(path.join(root, f), time, time);
}

describe('cli: at scale (--jobs, --changed-since, --cache, --shard, merge-sarif)', function () {
  // Each test runs the command several times on a generated tree: a deadline for a loaded machine, not a timing.
  this.timeout(600_000);
  let org: string;
  before(() => {
    // 150 files: enough for three worker threads (one per 50 files).
    org = organization(150);
  });

  it('--jobs 3 gives the same output as one thread, byte for byte, in every format', () => {
    for (const format of ['text', 'json', 'sarif']) {
      const one = runCli(['check', '--jobs', '1', '--format', format, '.'], org);
      const three = runCli(['check', '--jobs', '3', '--format', format, '.'], org);
      assert.equal(one.status, three.status);
      assert.ok(one.stdout.length > 1000, 'the generated tree has findings');
      assert.equal(three.stdout, one.stdout, format);
      // The checks across locales ran on the threads too.
      if (format === 'text') assert.match(three.stdout, /stale-translation/);
    }
  });

  it('--jobs refuses a number that is not a count of threads', () => {
    const r = runCli(['check', '--jobs', '0', '.'], org);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--jobs takes a whole number/);
  });

  describe('--changed-since', () => {
    it('reports the changed files and the other versions of their documents, and nothing else', () => {
      const root = gitRepository(50);
      const de = 'docs-pr.de-DE/area-000/topic-000002.md';
      const english = 'docs/area-000/topic-000005.md';
      touch(path.join(root, de));
      touch(path.join(root, english));
      const r = runCli(['check', '--changed-since', 'HEAD', '--format', 'json', '--jobs', '1', '.'], root);
      const versions = (name: string) => ['docs', 'docs-pr.de-DE', 'docs-pr.fi-FI', 'docs-pr.it-IT', 'docs-pr.ro-RO'].map((repo) => `${repo}/area-000/${name}`);
      assert.deepEqual(reported(r.stdout).sort(), [...versions('topic-000002.md'), ...versions('topic-000005.md')].sort());
    });

    it('counts commits on the branch since it left the ref, untracked files, and not what the ref did since', () => {
      const root = gitRepository(50);
      git(root, 'checkout', '-q', '-b', 'topic');
      touch(path.join(root, 'docs-pr.fi-FI/area-000/topic-000001.md'));
      git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-am', 'fi');
      git(root, 'checkout', '-q', 'main');
      touch(path.join(root, 'docs-pr.it-IT/area-000/topic-000002.md'));
      git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-am', 'it on main');
      git(root, 'checkout', '-q', 'topic');
      fs.copyFileSync(path.join(root, 'docs-pr.ro-RO/area-000/topic-000004.md'), path.join(root, 'docs-pr.ro-RO/area-000/new.md'));
      const files = reported(runCli(['check', '--changed-since', 'main', '--format', 'json', '--jobs', '1', 'docs-pr.ro-RO', 'docs-pr.fi-FI'], root).stdout).sort();
      assert.deepEqual(files, ['docs-pr.fi-FI/area-000/topic-000001.md', 'docs-pr.ro-RO/area-000/new.md', 'docs-pr.ro-RO/area-000/topic-000001.md']);
    });

    it('fails clearly outside a git repository and for an unknown ref', () => {
      const outside = tempTree({ 'docs-pr.de-DE/a.md': '# A\n' });
      const r = runCli(['check', '--changed-since', 'main', '.'], outside);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /--changed-since needs a git repository/);
      const root = gitRepository(10);
      const unknown = runCli(['check', '--changed-since', 'no-such-branch', '.'], root);
      assert.equal(unknown.status, 2);
      assert.match(unknown.stderr, /"no-such-branch" is not a commit, branch or tag/);
    });
  });

  describe('--shard and merge-sarif', () => {
    it('splits the documents into disjoint shards, all versions of a document in one, and their merged SARIF is the whole check', () => {
      const whole = runCli(['check', '--format', 'sarif', '--jobs', '1', '.'], org).stdout;
      const n = 4;
      const shards = Array.from({ length: n }, (_, i) => runCli(['check', '--shard', `${i + 1}/${n}`, '--format', 'json', '--jobs', '1', '.'], org));
      const lists = shards.map((s) => reported(s.stdout));
      const all = lists.flat();
      assert.equal(new Set(all).size, all.length, 'no file in two shards');
      assert.deepEqual(all.sort(), reported(runCli(['check', '--format', 'json', '--jobs', '1', '.'], org).stdout).sort());
      assert.ok(lists.every((l) => l.length > 0), 'every shard has work');
      const documentOf = (file: string) => file.replace(/^[^/]+\//, '');
      for (const [i, list] of lists.entries()) for (const other of lists.slice(i + 1)) for (const f of list) assert.ok(!other.some((g) => documentOf(g) === documentOf(f)), `${f} split across shards`);

      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-sarif-'));
      const sarifs = Array.from({ length: n }, (_, i) => {
        const file = path.join(dir, `shard-${i + 1}.sarif`);
        runCli(['check', '--shard', `${i + 1}/${n}`, '--format', 'sarif', '-o', file, '--jobs', '1', '.'], org);
        return file;
      });
      const merged = path.join(dir, 'all.sarif');
      const r = runCli(['merge-sarif', '-o', merged, ...sarifs.reverse()], org);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(fs.readFileSync(merged, 'utf8'), whole);
    });

    it('refuses a shard that does not exist, and SARIF logs of another tool or version', () => {
      const bad = runCli(['check', '--shard', '5/4', '.'], org);
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /--shard takes i\/n/);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-sarif-'));
      const mine = path.join(dir, 'a.sarif');
      runCli(['check', '--format', 'sarif', '-o', mine, '--jobs', '1', 'docs-pr.de-DE'], org);
      const other = JSON.parse(fs.readFileSync(mine, 'utf8'));
      other.runs[0].tool.driver.version = '0.0.1';
      fs.writeFileSync(path.join(dir, 'b.sarif'), JSON.stringify(other));
      const r = runCli(['merge-sarif', mine, path.join(dir, 'b.sarif')], org);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /merge the shards of one check/);
      const twice = runCli(['merge-sarif', mine, mine], org);
      assert.equal(JSON.parse(twice.stdout).runs[0].results.length, JSON.parse(fs.readFileSync(mine, 'utf8')).runs[0].results.length, 'a result two logs both hold is kept once');
    });
  });

  describe('--cache', () => {
    function copy(): string {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-cache-'));
      fs.cpSync(org, dir, { recursive: true });
      return dir;
    }

    it('gives the same results on a second run without reading the files again', () => {
      const root = copy();
      const file = path.join(root, 'docs-pr.de-DE/area-000/topic-000002.md');
      roundTimes(root, ['docs-pr.de-DE/area-000/topic-000002.md']);
      const first = runCli(['check', '--cache', '--format', 'json', '.'], root);
      assert.ok(fs.existsSync(path.join(root, '.sxs-docs-cache')));
      // A change the cache cannot see (same size, same time): a run that read the file would report it.
      const { mtime } = fs.statSync(file);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('sptth://', 'https://'));
      fs.utimesSync(file, mtime, mtime);
      const second = runCli(['check', '--cache', '--format', 'json', '.'], root);
      assert.equal(second.stdout, first.stdout);
      assert.equal(second.stderr, '');
      assert.notEqual(runCli(['check', '--format', 'json', '.'], root).stdout, first.stdout, 'a run that reads the file sees the change');
    });

    it('checks again a changed file and the other versions of its document, and only those', () => {
      const root = copy();
      // Rules that do not learn from the whole workspace: a result depends on its document only.
      const args = ['check', '--cache', '--format', 'json', '--jobs', '1', '--rule', 'link-url', '--rule', 'source-drift', '--rule', 'stale-translation', '.'];
      const findingsOf = (stdout: string, file: string) => (JSON.parse(stdout) as { files: { path: string; findings: unknown[] }[] }).files.find((f) => f.path === file)!.findings;
      roundTimes(root, ['docs-pr.de-DE/area-000/topic-000002.md', 'docs-pr.de-DE/area-000/topic-000008.md']);
      const before = runCli(args, root).stdout;
      /** Changes a link of the translation; `unseen` keeps the size and the time, so that only reading the file shows it. */
      const change = (file: string, unseen: boolean) => {
        const full = path.join(root, file);
        const { mtime } = fs.statSync(full);
        fs.writeFileSync(full, fs.readFileSync(full, 'utf8').replace('sptth://', 'https://'));
        if (unseen) fs.utimesSync(full, mtime, mtime);
      };
      change('docs-pr.fi-FI/area-000/topic-000002.md', false);
      change('docs-pr.de-DE/area-000/topic-000002.md', true); // another version of the changed document
      change('docs-pr.de-DE/area-000/topic-000008.md', true); // another document
      const after = runCli(args, root).stdout;
      const fresh = runCli(args.filter((a) => a !== '--cache'), root).stdout;
      for (const file of ['docs-pr.fi-FI/area-000/topic-000002.md', 'docs-pr.de-DE/area-000/topic-000002.md']) {
        assert.deepEqual(findingsOf(after, file), findingsOf(fresh, file), `${file} checked again`);
        assert.notDeepEqual(findingsOf(after, file), findingsOf(before, file), `${file} changed`);
      }
      const untouched = 'docs-pr.de-DE/area-000/topic-000008.md';
      assert.deepEqual(findingsOf(after, untouched), findingsOf(before, untouched), 'a document whose files look unchanged is not read');
      assert.notDeepEqual(findingsOf(fresh, untouched), findingsOf(before, untouched));
    });

    it('keeps what the index learned: after a change, a shard and a --changed-since run read only the files they check and the changed document, and report what they report without it', () => {
      const root = gitRepository(150);
      runCli(['check', '--cache', '--jobs', '1', '.'], root); // The cache of an earlier run: the main branch's, restored by CI.
      const cacheFile = path.join(root, '.sxs-docs-cache');
      const earlier = fs.readFileSync(cacheFile);
      touch(path.join(root, 'docs-pr.it-IT/area-000/topic-000003.md'));
      const changedDocument = ['docs', 'docs-pr.de-DE', 'docs-pr.fi-FI', 'docs-pr.it-IT', 'docs-pr.ro-RO'].map((repo) => path.join(root, repo, 'area-000/topic-000003.md'));
      for (const selection of [['--shard', '2/4'], ['--shard', '3/4'], ['--changed-since', 'HEAD']]) {
        const args = ['check', ...selection, '--format', 'json', '--jobs', '1', '.'];
        fs.writeFileSync(cacheFile, earlier);
        const cached = runRecordingReads([...args, '--cache'], root);
        const fresh = runRecordingReads(args, root);
        assert.equal(cached.stdout, fresh.stdout, selection.join(' '));
        const checked = reported(fresh.stdout).map((f) => path.join(root, f));
        assert.ok(checked.length > 0 && checked.length < 150);
        // The changed document is indexed again (its versions read; the changed file also hashed), then checked if the run checks it.
        assert.deepEqual([...new Set(cached.reads)].sort(), [...new Set([...checked, ...changedDocument])].sort(), `${selection.join(' ')}: what it read`);
        const twice = cached.reads.filter((f, i) => cached.reads.indexOf(f) !== i);
        assert.ok(twice.every((f) => changedDocument.includes(f)), `${selection.join(' ')}: read twice: ${twice.join(', ')}`);
        assert.ok(fresh.reads.length >= 150, 'without the cache, the index reads the whole tree');
      }
    });

    it('indexes again the documents whose kept entries are damaged', () => {
      const root = copy();
      const expected = runCli(['check', '--format', 'json', '--jobs', '1', '.'], root).stdout;
      runCli(['check', '--cache', '--jobs', '1', '.'], root);
      const file = path.join(root, '.sxs-docs-cache');
      // The cache file is JSON Lines: a header, records, and a last line counting them.
      const [header, ...records] = fs.readFileSync(file, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as unknown[]);
      const kept = records.filter((r) => r[0] !== 'result' && r[0] !== 'end').map((r) => (r[0] === 'group' ? [r[0], r[1], { translations: [{ uri: 1 }] }] : r));
      assert.ok(kept.some((r) => r[0] === 'group'), 'the cache holds index entries');
      fs.writeFileSync(file, [header, ...kept, ['end', kept.length]].map((r) => `${JSON.stringify(r)}\n`).join(''));
      const r = runCli(['check', '--cache', '--format', 'json', '--jobs', '1', '.'], root);
      assert.equal(r.stdout, expected);
    });

    it('ignores a damaged cache and one of another version, and one it cannot write, with a note', () => {
      const root = copy();
      const expected = runCli(['check', '--format', 'json', '.'], root).stdout;
      fs.writeFileSync(path.join(root, '.sxs-docs-cache'), '{"format": 1, "version": "0.0.1", "stamps": {}, "results": {}}');
      const other = runCli(['check', '--cache', '--format', 'json', '.'], root);
      assert.equal(other.stdout, expected);
      assert.match(other.stderr, /comes from another version of sxs-docs; it is ignored/);
      fs.writeFileSync(path.join(root, 'my-cache'), '{"format": 1, "results": {"docs-pr.de');
      const damaged = runCli(['check', '--cache=my-cache', '--format', 'json', '.'], root);
      assert.equal(damaged.stdout, expected);
      assert.match(damaged.stderr, /my-cache is not readable/);
      assert.equal(runCli(['check', '--cache=my-cache', '--format', 'json', '.'], root).stderr, '', 'written again, then trusted');
      fs.writeFileSync(path.join(root, 'plain'), '');
      const unwritable = runCli(['check', '--cache=plain/cache', '--format', 'json', '.'], root);
      assert.equal(unwritable.stdout, expected);
      assert.match(unwritable.stderr, /plain\/cache could not be written/);
    });
  });
});
