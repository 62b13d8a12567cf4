import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readSourceFile } from '../../server/src/cli/readFile';
import { writeFixedFile } from '../../server/src/cli/writeFile';
import { IS_ROOT, runCli, tempTree, unprivileged } from '../support/cliRunner';
import { frontMatter, lines, seg } from '../support/sxs';

const FILE = 'docs-pr.ro-RO/a.md';
const FIX_ARGS = ['check', '--fix', '--min-severity', 'information', '.'];
/** A file with one safe fix (a double space) and one error (an id mismatch) that stays. */
const TEXT = frontMatter('ro-RO', 'HT') + lines(seg('e869d-104', 'Contactați {AliasAsistență}.', 'Contact {SupportAlias}.'), seg('e869d-105', 'Unu.', 'One.', 'e869d-106'), '');
const FIXED = /Contactați \{SupportAlias\}\./;

describe('cli: --fix keeps the files it writes the files they were', () => {
  it('writes through a symbolic link: the target gets the fix, the link stays a link', () => {
    const root = tempTree({ 'real/a.md': TEXT });
    fs.mkdirSync(path.join(root, 'docs-pr.ro-RO'));
    fs.symlinkSync(path.join(root, 'real/a.md'), path.join(root, FILE));
    // Named on the command line: a link out of the input folders is otherwise not followed.
    const r = runCli(['check', '--fix', '--min-severity', 'information', FILE], root);
    assert.match(r.stdout, /fixed/, r.stdout + r.stderr);
    assert.ok(fs.lstatSync(path.join(root, FILE)).isSymbolicLink(), 'the link was replaced by a file');
    assert.match(fs.readFileSync(path.join(root, 'real/a.md'), 'utf8'), FIXED);
  });

  it('keeps hard links linked', () => {
    const root = tempTree({ [FILE]: TEXT });
    fs.linkSync(path.join(root, FILE), path.join(root, 'other.md.txt'));
    runCli(FIX_ARGS, root);
    const [a, b] = [fs.statSync(path.join(root, FILE)), fs.statSync(path.join(root, 'other.md.txt'))];
    assert.equal(a.ino, b.ino, 'the link was broken');
    assert.match(fs.readFileSync(path.join(root, 'other.md.txt'), 'utf8'), FIXED);
  });

  it('keeps the exact mode, whatever the umask', () => {
    const root = tempTree({ [FILE]: TEXT });
    fs.chmodSync(path.join(root, FILE), 0o664);
    runCli(FIX_ARGS, root);
    assert.match(fs.readFileSync(path.join(root, FILE), 'utf8'), FIXED);
    assert.equal(fs.statSync(path.join(root, FILE)).mode & 0o7777, 0o664);
  });

  it('keeps the owner when root fixes another user’s file', function () {
    if (!IS_ROOT) this.skip();
    const root = tempTree({ [FILE]: TEXT });
    fs.chownSync(path.join(root, FILE), 65534, 65534);
    runCli(FIX_ARGS, root);
    assert.match(fs.readFileSync(path.join(root, FILE), 'utf8'), FIXED);
    const stat = fs.statSync(path.join(root, FILE));
    assert.deepEqual([stat.uid, stat.gid], [65534, 65534]);
  });

  it('refuses a read-only file with a note, and fails the run', () => {
    const root = tempTree({ [FILE]: TEXT });
    fs.chmodSync(path.join(root, FILE), 0o444);
    const r = runCli(FIX_ARGS, root);
    assert.match(r.stdout, /a\.md was not fixed: it is read-only/, r.stdout);
    assert.equal(fs.readFileSync(path.join(root, FILE), 'utf8'), TEXT);
    assert.equal(r.status, 3);
  });

  it('in a folder it cannot write: notes the file, checks the others, reports all and exits 3', () => {
    const root = tempTree({ [FILE]: TEXT, 'docs-pr.ro-RO/b.md': TEXT, 'docs-pr.ro-RO/sub/c.md': TEXT });
    const as = unprivileged(root);
    fs.chmodSync(path.join(root, 'docs-pr.ro-RO'), 0o555);
    const r = runCli(FIX_ARGS, root, as);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'a stack trace');
    assert.match(r.stdout, /docs-pr\.ro-RO\/a\.md was not fixed: it could not be written \(permission denied\)/, r.stdout);
    assert.match(r.stdout, /docs-pr\.ro-RO\/b\.md was not fixed/);
    assert.match(r.stdout, /docs-pr\.ro-RO\/sub\/c\.md {2}fixed/, 'the writable folder is fixed');
    assert.match(r.stdout, /2 files could not be fixed/);
    assert.equal(r.status, 3);
    assert.equal(fs.readFileSync(path.join(root, FILE), 'utf8'), TEXT);
  });

  it('fails the run on a file it cannot read, and says so in the summary', () => {
    const root = tempTree({ [FILE]: TEXT, 'docs-pr.ro-RO/b.md': TEXT });
    const as = unprivileged(root);
    fs.chmodSync(path.join(root, FILE), 0o000);
    const r = runCli(['check', '.'], root, as);
    assert.match(r.stdout, /a\.md could not be read/);
    assert.match(r.stdout, /1 file could not be read/);
    assert.match(r.stdout, /docs-pr\.ro-RO\/b\.md:/, 'the other file is checked');
    assert.equal(r.status, 3);
  });

  it('never loses an edit made while it ran: a file changed since it was read is skipped', () => {
    const root = tempTree({ [FILE]: TEXT });
    const file = path.join(root, FILE);
    const source = readSourceFile(file);
    const edited = TEXT.replace('Unu.', 'Unu, editat.');
    fs.writeFileSync(file, edited);
    assert.equal(writeFixedFile(source, source.text.replace('{AliasAsistență}', '{SupportAlias}')), 'it changed on disk while it was checked');
    assert.equal(fs.readFileSync(file, 'utf8'), edited);
    assert.deepEqual(fs.readdirSync(path.dirname(file)), ['a.md'], 'no temporary file is left behind');
  });
});
