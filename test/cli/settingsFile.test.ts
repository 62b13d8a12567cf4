import * as assert from 'node:assert/strict';
import { runCli, tempTree } from '../support/cliRunner';
import { frontMatter, lines, seg } from '../support/sxs';

const FILE = 'docs-pr.ro-RO/a.md';
/** A file with an error (an id mismatch), so a run that checks it fails. */
const TEXT = frontMatter('ro-RO', 'HT') + lines(seg('e869d-105', 'Unu.', 'One.', 'e869d-106'), '');

describe('cli: a settings file cannot reach an object’s prototype', () => {
  const hostile: Record<string, string> = {
    'a flat __proto__ key': '{ "sxsDocs.__proto__.encoding": "utf-16le" }',
    'a flat __proto__ key under a setting': '{ "sxsDocs.__proto__.segment": 1 }',
    'a nested __proto__ key': '{ "sxsDocs": { "__proto__": { "encoding": "x" } } }',
    'a constructor key': '{ "sxsDocs.constructor.prototype.encoding": "x" }',
    'a prototype key inside a value': '{ "sxsDocs.rules": { "prototype": { "x": 1 } } }',
  };
  for (const [name, settings] of Object.entries(hostile)) {
    it(`refuses ${name} as a usage error, and checks nothing it did not mean to`, () => {
      const root = tempTree({ [FILE]: TEXT, '.vscode/settings.json': settings });
      const r = runCli(['check', '.'], root);
      assert.equal(r.status, 2, r.stdout + r.stderr);
      assert.match(r.stderr, /names an object's prototype: it is refused/);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'a stack trace');
    });
  }

  it('still reads ordinary settings, flat and nested', () => {
    const root = tempTree({ [FILE]: TEXT, '.vscode/settings.json': '{ "sxsDocs.rules.id-mismatch": "off", "sxsDocs": { "rules": { "double-space": "off" } } }' });
    const r = runCli(['check', '--format', 'json', '.'], root);
    assert.equal(r.status, 0, r.stdout);
    const report = JSON.parse(r.stdout) as { files: { findings: { rule: string }[] }[] };
    assert.equal(report.files.length, 1);
    assert.ok(!report.files[0].findings.some((f) => f.rule === 'id-mismatch'));
  });
});
