import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, tempTree } from '../support/cliRunner';
import { frontMatter, lines, seg } from '../support/sxs';

const FILE = 'docs-pr.ro-RO/a.md';

const body = (hostile = '') =>
  lines(
    seg('e869d-103', 'Vedeți [pagina](https://example.com/b).', 'See [the page](https://aka.ms/a).'),
    seg('e869d-104', 'Două cuvinte cuvinte.', 'Two words.'),
    seg('e869d-105', 'Unu.', 'One.', 'e869d-106'),
    hostile,
    '',
  );

describe('cli: sxs-docs check --fix', () => {
  it('applies the safe fixes, writes the file, and a second --fix finds nothing more', () => {
    const root = tempTree({ [FILE]: frontMatter('ro-RO', 'HT') + body() });
    const first = runCli(['check', '--fix', '--min-severity', 'information', '.'], root);
    assert.match(first.stdout, /fixed {2}3 findings/, first.stdout);
    const text = fs.readFileSync(path.join(root, FILE), 'utf8');
    assert.match(text, /\[pagina\]\(https:\/\/aka\.ms\/a\)/);
    assert.match(text, /Două cuvinte\./);
    assert.match(text, /data-stu-id="e869d-105">One\./);
    const second = runCli(['check', '--fix', '--min-severity', 'information', '.'], root);
    assert.doesNotMatch(second.stdout, /fixed/);
    assert.equal(fs.readFileSync(path.join(root, FILE), 'utf8'), text);
    assert.deepEqual(fs.readdirSync(path.join(root, 'docs-pr.ro-RO')), ['a.md'], 'no temporary file is left behind');
  });

  it('leaves a segment whose markup is broken alone, and says so', () => {
    const broken = '<span data-ttu-id="e869d-107">Trei cuvinte cuvinte<span class="sxs-lookup"><span data-stu-id="e869d-107">Three words</span></span>';
    const root = tempTree({ [FILE]: frontMatter('ro-RO', 'HT') + body(broken) });
    const r = runCli(['check', '--fix', '--min-severity', 'information', '.'], root);
    assert.match(r.stdout, /not applied: the markup around it is broken/);
    assert.match(fs.readFileSync(path.join(root, FILE), 'utf8'), /Trei cuvinte cuvinte/);
  });

  it('keeps CRLF line endings and the byte order mark', () => {
    const original = `\ufeff${(frontMatter('ro-RO', 'HT') + body()).replace(/\n/g, '\r\n')}`;
    const root = tempTree({ [FILE]: original });
    runCli(['check', '--fix', '--min-severity', 'information', '.'], root);
    const bytes = fs.readFileSync(path.join(root, FILE));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    assert.equal(text.split('\r\n').length, original.split('\r\n').length);
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/);
    assert.match(text, /Două cuvinte\./);
  });

  it('reads and writes UTF-16 files, with positions as the editor counts them', () => {
    const text = frontMatter('ro-RO', 'HT') + body();
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const root = tempTree({ [FILE]: utf16 });
    const report = JSON.parse(runCli(['check', '--format', 'json', '--min-severity', 'information', '.'], root).stdout);
    const mismatch = report.files[0].findings.find((f: { rule: string }) => f.rule === 'id-mismatch');
    assert.equal(text.split('\n')[mismatch.line - 1].slice(mismatch.column - 1, mismatch.endColumn - 1), 'e869d-106');
    runCli(['check', '--fix', '--min-severity', 'information', '.'], root);
    const fixed = fs.readFileSync(path.join(root, FILE));
    assert.deepEqual([...fixed.subarray(0, 2)], [0xff, 0xfe]);
    assert.match(fixed.subarray(2).toString('utf16le'), /Două cuvinte\./);
  });

  it('never writes a file that is not valid UTF-8, and says why', () => {
    const text = Buffer.from(frontMatter('ro-RO', 'HT') + body(), 'utf8');
    const invalid = Buffer.concat([text, Buffer.from([0xc3, 0x28, 0x0a])]);
    const root = tempTree({ [FILE]: invalid });
    const r = runCli(['check', '--fix', '--min-severity', 'information', '.'], root);
    assert.match(r.stdout, /is not valid UTF-8/);
    assert.deepEqual(fs.readFileSync(path.join(root, FILE)), invalid);
  });
});
