import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, tempTree } from '../support/cliRunner';
import { sampleWorkspace } from '../support/sampleWorkspace';
import { frontMatter, lines, seg } from '../support/sxs';

const RO = 'docs-pr.ro-RO/articles';

/** A document with one error (an English id that differs) and one warning (a lost URL). */
function defective(): string {
  return frontMatter('ro-RO', 'HT') + lines(
    `# ${seg('e869d-102', 'Titlu', 'Title')}`,
    '',
    seg('e869d-103', 'Unu.', 'One.', 'e869d-104'),
    seg('e869d-105', 'Vedeți [pagina](https://example.com/b).', 'See [the page](https://aka.ms/a).'),
    seg('e869d-106', 'Două  spații aici.', 'Two spaces here.'),
    '',
  );
}

/** The finding of {@link learningTree}'s `twice.md`: repeated-word tells it by what the workspace teaches. */
const TWICE = /twice\.md:[0-9]+:[0-9]+ +information +repeated-word +"la risoluzione dei problemi" is said twice/;

/**
 * 80 Italian documents and one more, `twice.md`, where a phrase is said twice: repeated-word
 * tells a phrase said twice by the connecting word between the copies ("e"), which the workspace teaches.
 */
function learningTree(): string {
  const pairs: [string, string][] = [
    ['Aprire il riquadro e selezionare il nome di dominio.', 'Open the pane and select the domain name.'],
    ['Il limite di archiviazione e il piano sono visibili.', 'The storage limit and the plan are visible.'],
    ['Per i dettagli, vedere la pagina di supporto e il forum.', 'For details, see the support page and the forum.'],
  ];
  const doc = (i: number) => frontMatter('it-IT', 'MT') + lines(...pairs.map(([tr, en], k) => seg(`e869d-${100 + 3 * i + k}`, tr, en)), '');
  const files: Record<string, string> = {};
  for (let i = 0; i < 80; i++) files[`docs-pr.it-IT/articles/d${i}.md`] = doc(i);
  files['docs-pr.it-IT/articles/twice.md'] = frontMatter('it-IT', 'MT') + lines(seg('e869d-105', 'Questo post può aiutare la risoluzione dei problemi e la risoluzione dei problemi.', 'This post can help troubleshoot and resolve it.'), '');
  return tempTree(files);
}

describe('cli: sxs-docs check', () => {
  it('reports file:line:col, severity, rule and message per finding, then a summary per locale, and exits 1 on errors', () => {
    const root = tempTree({ [`${RO}/a.md`]: defective() });
    const r = runCli(['check', '.'], root);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^docs-pr\.ro-RO\/articles\/a\.md:12:[0-9]+ +error +id-mismatch +The English lookup has the id e869d-104/m);
    assert.match(r.stdout, /a\.md:13:[0-9]+ +warning +link-url /);
    assert.match(r.stdout, /^ro-RO +1 +4 +0%/m);
    assert.match(r.stdout, /1 file: 1 error, /);
    assert.equal(r.stderr, '', 'nothing but results when piped');
  });

  it('exits 0 when there are only warnings, and with --min-severity error shows only errors', () => {
    const text = defective().replace('e869d-104">One.', 'e869d-103">One.');
    const root = tempTree({ [`${RO}/a.md`]: text });
    assert.equal(runCli(['check', 'docs-pr.ro-RO'], root).status, 0);
    const errorsOnly = runCli(['check', '--min-severity', 'error', 'docs-pr.ro-RO'], root);
    assert.doesNotMatch(errorsOnly.stdout, /warning +link-url/);
  });

  it('runs only the --rule rules, and not the --ignore-rule ones', () => {
    const root = tempTree({ [`${RO}/a.md`]: defective() });
    const only = runCli(['check', '--rule', 'link-url', '.'], root);
    assert.match(only.stdout, /link-url/);
    assert.doesNotMatch(only.stdout, /id-mismatch/);
    assert.equal(only.status, 0);
    const ignored = runCli(['check', '--ignore-rule', 'id-mismatch', '.'], root);
    assert.doesNotMatch(ignored.stdout, /id-mismatch/);
    assert.match(ignored.stdout, /link-url/);
  });

  it('learns from the workspace for a rule that needs it when --rule names only that rule', () => {
    const r = runCli(['check', '--min-severity', 'information', '--rule', 'repeated-word', '.'], learningTree());
    assert.match(r.stdout, TWICE, r.stdout + r.stderr);
  });

  it('checks on worker threads with what the index learned once, and keeps what it learned in the cache', function () {
    this.timeout(120_000); // four runs of the command, two of them with worker threads
    const root = learningTree();
    const args = ['check', '--min-severity', 'information', '--rule', 'repeated-word', '--format', 'json', '.'];
    const one = runCli([...args, '--jobs', '1'], root);
    assert.match(one.stdout, /is said twice/);
    // 81 files: two threads (one per 50 files), each checking with the counts learned on the CLI's thread.
    assert.equal(runCli([...args, '--jobs', '2'], root).stdout, one.stdout);
    // The cache keeps each document's observations: after a change, the others are learned from the cache, not read again.
    runCli([...args, '--jobs', '1', '--cache'], root);
    fs.appendFileSync(path.join(root, 'docs-pr.it-IT/articles/twice.md'), '\n');
    assert.equal(runCli([...args, '--jobs', '2', '--cache'], root).stdout, one.stdout);
  });

  it('runs a rule that is off by default when --rule names it, unless the settings turn it off', () => {
    const text = frontMatter('ro-RO', 'HT') + lines(seg('e869d-105', 'Două \u00a0spații aici.', 'Two spaces here.'), '');
    const root = tempTree({ [`${RO}/a.md`]: text });
    assert.doesNotMatch(runCli(['check', '--min-severity', 'hint', '.'], root).stdout, /double-space/);
    assert.match(runCli(['check', '--min-severity', 'hint', '--rule', 'double-space', '.'], root).stdout, /hint +double-space/);
    const off = tempTree({ [`${RO}/a.md`]: text, 'sxs-docs.json': JSON.stringify({ 'sxsDocs.rules.double-space': 'off' }) });
    assert.doesNotMatch(runCli(['check', '--min-severity', 'hint', '--rule', 'double-space', '.'], off).stdout, /double-space/);
  });

  it('reads the extension settings from sxs-docs.json, or from .vscode/settings.json with comments', () => {
    const root = tempTree({ [`${RO}/a.md`]: defective(), 'sxs-docs.json': JSON.stringify({ 'sxsDocs.rules.id-mismatch': 'off' }) });
    const r = runCli(['check', '.'], root);
    assert.doesNotMatch(r.stdout, /id-mismatch/);
    assert.equal(r.status, 0);
    const vscode = tempTree({ [`${RO}/a.md`]: defective(), '.vscode/settings.json': '{\n  // team settings\n  "sxsDocs.rules.link-url": "error",\n}\n' });
    assert.match(runCli(['check', '.'], vscode).stdout, /error +link-url/);
  });

  it('prints JSON with 1-based positions and the summary', () => {
    const root = tempTree({ [`${RO}/a.md`]: defective() });
    const r = runCli(['check', '--format', 'json', '.'], root);
    const out = JSON.parse(r.stdout);
    const file = out.files.find((f: { path: string }) => f.path === `${RO}/a.md`);
    const mismatch = file.findings.find((f: { rule: string }) => f.rule === 'id-mismatch');
    const text = defective().split('\n')[mismatch.line - 1];
    assert.equal(text.slice(mismatch.column - 1, mismatch.endColumn - 1), 'e869d-104');
    assert.equal(out.summary[0].locale, 'ro-RO');
  });

  it('with --format summary counts the findings per rule and locale, and --sample prints a rule\'s findings with both sides', () => {
    const root = tempTree({ [`${RO}/a.md`]: defective(), 'docs-pr.de-DE/articles/b.md': defective().replace("ms.contentlocale: ro-RO", "ms.contentlocale: de-DE") });
    const r = runCli(['check', '--format', 'summary', '--sample', 'link-url', '--sample-count', '1', '.'], root);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^2 files, 8 segments$/m);
    assert.match(r.stdout, /^rule +de-DE +ro-RO +total$/m);
    assert.match(r.stdout, /^id-mismatch +1 +1 +2$/m);
    assert.match(r.stdout, /^2 findings of link-url; every 2th:$/m);
    assert.match(r.stdout, /^ {2}at: «https:\/\/example\.com\/b»$/m);
    assert.match(r.stdout, /^ {2}E: See \[the page\]\(https:\/\/aka\.ms\/a\)\.$/m);
    assert.equal(runCli(['check', '--sample', 'link-url', '.'], root).status, 2, '--sample without the summary format is a usage error');
  });

  it('prints SARIF 2.1.0 that the SARIF validator (with GitHub code scanning rules) accepts', function () {
    this.timeout(120_000);
    const root = tempTree({ [`${RO}/a.md`]: defective() });
    const r = runCli(['check', '--format', 'sarif', '-o', 'out.sarif', '.'], root);
    assert.equal(r.status, 1);
    const log = JSON.parse(fs.readFileSync(path.join(root, 'out.sarif'), 'utf8'));
    const result = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'id-mismatch');
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, `${RO}/a.md`);
    const descriptor = log.runs[0].tool.driver.rules[result.ruleIndex];
    assert.equal(descriptor.id, 'id-mismatch');
    // Every rule's help links to its own entry of docs/rules.md, and says why it matters.
    for (const rule of log.runs[0].tool.driver.rules) assert.equal(rule.helpUri, `https://github.com/sxs-docs/sxs-docs/blob/main/docs/rules.md#${rule.id}`);
    assert.match(descriptor.help.markdown, /\*\*Why it matters\.\*\* The ids pair a translation/);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const validator = require('@microsoft/sarif-multitool') as string;
    const v = spawnSync(validator, ['validate', '--rule-kind', 'Sarif;Gh', path.join(root, 'out.sarif')], { encoding: 'utf8', env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' } });
    assert.doesNotMatch(v.stdout, /: (error|warning) /, v.stdout);
    assert.match(v.stdout, /Analysis completed successfully/);
  });

  it('says what is wrong with the command line, and exits 2', () => {
    const root = tempTree({});
    for (const [args, message] of [
      [[], /Missing the command/],
      [['lint', '.'], /Unknown command "lint"/],
      [['check'], /Give the files, folders or globs/],
      [['check', '--format', 'xml', '.'], /Unknown format "xml"/],
      [['check', '--rule', 'no-such-rule', '.'], /Unknown rule "no-such-rule"/],
      [['check', '--min-severity', 'fatal', '.'], /Unknown severity "fatal"/],
      [['check', 'missing/**/*.md'], /Nothing matches "missing\/\*\*\/\*\.md"/],
      [['check', '--frobnicate', '.'], /Unknown option '--frobnicate'/],
      [['check', '--config', 'nope.json', '.'], /The settings file nope.json does not exist/],
    ] as const) {
      const r = runCli(args, root);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /Usage: sxs-docs check/);
    }
  });

  it('says in its help where the rules are described', () => {
    const r = runCli(['--help'], tempTree({}));
    assert.equal(r.status, 0);
    assert.match(r.stdout, /docs\/rules\.md,\s+https:\/\/github\.com\/sxs-docs\/sxs-docs\/blob\/main\/docs\/rules\.md\n/);
  });

  it('expands globs and folders to Markdown files only', () => {
    const root = tempTree({ [`${RO}/a.md`]: defective(), [`${RO}/b.markdown`]: defective(), [`${RO}/c.txt`]: defective(), 'node_modules/x/d.md': defective() });
    const out = JSON.parse(runCli(['check', '--format', 'json', '.'], root).stdout);
    assert.deepEqual(out.files.map((f: { path: string }) => f.path), [`${RO}/a.md`, `${RO}/b.markdown`]);
    const glob = JSON.parse(runCli(['check', '--format', 'json', '**/b.*'], root).stdout);
    assert.deepEqual(glob.files.map((f: { path: string }) => f.path), [`${RO}/b.markdown`]);
  });
});

describe('cli: sxs-docs check across locales', () => {

  it('flags a translation made from an older English when given the locale roots and --english', () => {
    const root = sampleWorkspace();
    const r = runCli(['check', '--format', 'json', '--min-severity', 'information', 'contoso-docs-pr.ro-RO', 'contoso-docs-pr.de-DE', '--english', 'contoso-docs'], root);
    const out = JSON.parse(r.stdout);
    const rules = (locale: string) => out.files.find((f: { locale: string }) => f.locale === locale).findings.map((f: { rule: string }) => f.rule);
    assert.ok(rules('ro-RO').includes('stale-translation'), rules('ro-RO').join(', '));
    assert.ok(!rules('de-DE').includes('stale-translation'), rules('de-DE').join(', '));
  });

  it('says so when --english is not a folder', () => {
    const root = tempTree({ [`${RO}/a.md`]: defective() });
    const r = runCli(['check', '--english', 'nowhere', '.'], root);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--english nowhere is not a folder/);
  });
});
