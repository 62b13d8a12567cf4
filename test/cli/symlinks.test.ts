import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, tempTree } from '../support/cliRunner';
import { frontMatter, lines, seg } from '../support/sxs';

/** A file with one error (an id mismatch) and one safe fix. */
const TEXT = frontMatter('ro-RO', 'HT') + lines(seg('e869d-104', 'Contactați {AliasAsistență}.', 'Contact {SupportAlias}.'), seg('e869d-105', 'Unu.', 'One.', 'e869d-106'), '');

interface Report {
  files: { path: string; fixed: number }[];
}

describe('cli: folder links', () => {
  it('checks and fixes each real file once, under a folder linked into itself and a loop', () => {
    const root = tempTree({ 'docs-pr.ro-RO/a.md': TEXT, 'docs-pr.ro-RO/guide/b.md': TEXT });
    fs.symlinkSync('..', path.join(root, 'docs-pr.ro-RO/guide/up'));
    fs.symlinkSync('guide', path.join(root, 'docs-pr.ro-RO/alias'));
    const r = runCli(['check', '--format', 'json', '--fix', '--min-severity', 'information', 'docs-pr.ro-RO'], root);
    const report = JSON.parse(r.stdout) as Report;
    assert.deepEqual(report.files.map((f) => f.path).sort(), ['docs-pr.ro-RO/a.md', 'docs-pr.ro-RO/guide/b.md']);
    assert.ok(report.files.every((f) => f.fixed === 2), r.stdout);
  });

  it('does not follow a link out of the inputs unless asked', () => {
    const root = tempTree({ 'docs-pr.ro-RO/a.md': TEXT, 'elsewhere/secret.md': TEXT });
    fs.symlinkSync(path.join(root, 'elsewhere'), path.join(root, 'docs-pr.ro-RO/linked'));
    const paths = (args: string[]) => (JSON.parse(runCli(['check', '--format', 'json', ...args, 'docs-pr.ro-RO'], root).stdout) as Report).files.map((f) => f.path);
    assert.deepEqual(paths([]), ['docs-pr.ro-RO/a.md']);
    assert.deepEqual(paths(['--follow-symlinks']), ['docs-pr.ro-RO/a.md', 'docs-pr.ro-RO/linked/secret.md']);
  });

  it('checks a file named on the command line even when it is a link', () => {
    const root = tempTree({ 'elsewhere/a.md': TEXT });
    fs.mkdirSync(path.join(root, 'docs-pr.ro-RO'));
    fs.symlinkSync(path.join(root, 'elsewhere/a.md'), path.join(root, 'docs-pr.ro-RO/a.md'));
    const report = JSON.parse(runCli(['check', '--format', 'json', 'docs-pr.ro-RO/a.md'], root).stdout) as Report;
    assert.deepEqual(report.files.map((f) => f.path), ['docs-pr.ro-RO/a.md']);
  });

  it('skips a link to nowhere in a folder, and names one given on the command line as such', () => {
    const root = tempTree({ 'docs-pr.ro-RO/a.md': TEXT });
    fs.symlinkSync('gone.md', path.join(root, 'docs-pr.ro-RO/broken.md'));
    const r = runCli(['check', '--format', 'json', 'docs-pr.ro-RO'], root);
    assert.deepEqual((JSON.parse(r.stdout) as Report).files.map((f) => f.path), ['docs-pr.ro-RO/a.md']);
    assert.equal(r.status, 1, 'the id mismatch of a.md is an error');
    const named = runCli(['check', 'docs-pr.ro-RO/broken.md'], root);
    assert.equal(named.status, 2);
    assert.match(named.stderr, /"docs-pr\.ro-RO\/broken\.md" is a link to gone\.md, which does not exist\./);
  });
});
