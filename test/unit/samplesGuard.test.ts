import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { samplesGuard } from '../support/samplesGuard';
import { fingerprintChanges, sampleWorkspace, samplesFingerprint, SAMPLES_DIR } from '../support/sampleWorkspace';

describe('the sample workspace in tests: copies only, and a guard on samples/', () => {
  it('tells a file added, changed (bytes or mode) and removed from a fingerprint of the folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-guard-'));
    fs.mkdirSync(path.join(dir, 'a'));
    fs.writeFileSync(path.join(dir, 'a/one.md'), 'one');
    fs.writeFileSync(path.join(dir, 'two.md'), 'two');
    fs.writeFileSync(path.join(dir, 'three.md'), 'three');
    const before = samplesFingerprint(dir);
    assert.deepEqual(fingerprintChanges(before, samplesFingerprint(dir)), []);
    fs.writeFileSync(path.join(dir, 'a/one.md'), 'One');
    fs.chmodSync(path.join(dir, 'two.md'), 0o600);
    fs.rmSync(path.join(dir, 'three.md'));
    fs.writeFileSync(path.join(dir, 'a/.sxs-review.json'), '{}');
    assert.deepEqual(fingerprintChanges(before, samplesFingerprint(dir)), ['added: a/.sxs-review.json', 'changed: a/one.md', 'changed: two.md', 'removed: three.md']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives each caller its own copy of the sample, outside samples/', () => {
    const a = sampleWorkspace();
    const b = sampleWorkspace();
    assert.notEqual(a, b);
    assert.ok(path.relative(SAMPLES_DIR, a).startsWith('..'), 'the copy is not under samples/');
    const article = 'contoso-docs-pr.de-DE/articles/sync-files.md';
    assert.match(fs.readFileSync(path.join(a, article), 'utf8'), /data-ttu-id=/);
    fs.writeFileSync(path.join(a, article), 'changed');
    assert.match(fs.readFileSync(path.join(b, article), 'utf8'), /data-ttu-id=/);
    assert.deepEqual(fs.readdirSync(a).sort(), fs.readdirSync(path.join(SAMPLES_DIR, 'workspace')).sort());
  });

  it('fails the run when a test wrote into the folder it guards (the root hook of every mocha layer)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-guard-'));
    fs.writeFileSync(path.join(dir, 'article.md'), 'as committed');
    const clean = samplesGuard(dir);
    clean.beforeAll();
    assert.doesNotThrow(() => clean.afterAll());
    const dirty = samplesGuard(dir);
    dirty.beforeAll();
    fs.writeFileSync(path.join(dir, 'article.md'), 'edited by a test');
    assert.throws(() => dirty.afterAll(), /A test wrote into samples\/[\s\S]*changed: article\.md/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('guards the repository\'s samples/ folder in the layers', () => {
    assert.ok(samplesFingerprint().size > 0, 'the guard sees the sample files');
    assert.ok([...samplesFingerprint().keys()].some((f) => f.startsWith(`workspace${path.sep}`)));
  });
});
