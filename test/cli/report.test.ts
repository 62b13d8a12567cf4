import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, tempTree } from '../support/cliRunner';
import { lines, seg } from '../support/sxs';

/** A version of one document: `older` is an earlier hand-off (another hash, an older English in 104, without the sentence 106). */
function version(locale: string, older: boolean): string {
  const p = locale === 'de-DE' ? 'aaaa1' : 'bbbb1';
  return lines(
    '---',
    `ms.openlocfilehash: ${older ? '1111111111111111111111111111111111111111' : '2222222222222222222222222222222222222222'}`,
    `ms.translationtype: ${older ? 'MT' : 'HT'}`,
    `ms.contentlocale: ${locale}`,
    `ms.lasthandoff: ${older ? '01/10/2024' : '03/20/2024'}`,
    '---',
    `# ${seg(`${p}-103`, 'Titel', 'Back up your notes')}`,
    '',
    seg(`${p}-104`, 'Eins.', older ? 'Notes are kept in the cloud.' : 'Notes are saved in the cloud.'),
    seg(`${p}-105`, 'Zwei.', 'You can keep a copy.'),
    ...(older ? [] : [seg(`${p}-106`, 'Drei.', 'Copies are kept for a year.')]),
    '',
  );
}

function workspace(): string {
  return tempTree({
    'notes-pr.de-DE/guide/backup.md': version('de-DE', false),
    'notes-pr.ro-RO/guide/backup.md': version('ro-RO', true),
    'notes-pr.ro-RO/guide/other/clean.md': version('ro-RO', false).replace(/2222/g, '3333'),
  });
}

describe('cli: sxs-docs report', () => {
  it('summarises per locale in Markdown: stale files, changed segments, added sentences, findings', () => {
    const root = workspace();
    const r = runCli(['report'], root);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^## Side-by-Side Docs report/m);
    assert.match(r.stdout, /3 files in 2 locales: /);
    assert.match(r.stdout, /The English changed since 1 file was translated: 1 segment changed, 1 sentence added/);
    // Locale, files, segments, MT, stale files, changed segments, added sentences.
    assert.match(r.stdout, /^\| `de-DE` \| 1 \| 4 \| 0% \| 0 \| 0 \| 0 \|/m);
    assert.match(r.stdout, /^\| `ro-RO` \| 2 \| 7 \| 43% \| 1 \| 1 \| 1 \|/m);
    // Per folder, and the file that needs attention.
    assert.match(r.stdout, /^\| `notes-pr\.ro-RO\/guide\/other` \| 1 \|/m);
    assert.match(r.stdout, /^\| `notes-pr\.ro-RO\/guide\/backup\.md` \| MT \| 3 \| 1 \| 1 \|/m);
  });

  it('writes JSON with every file, its changes and findings per rule, to a file with -o', () => {
    const root = workspace();
    const r = runCli(['report', 'notes-pr.ro-RO', 'notes-pr.de-DE', '--format', 'json', '-o', 'report.json'], root);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    const json = JSON.parse(fs.readFileSync(path.join(root, 'report.json'), 'utf8'));
    assert.equal(json.tool.name, 'sxs-docs');
    assert.deepEqual(json.locales.map((l: { locale: string }) => l.locale), ['de-DE', 'ro-RO']);
    const ro = json.locales[1];
    assert.deepEqual(ro.folders.map((f: { folder: string }) => f.folder), ['notes-pr.ro-RO/guide', 'notes-pr.ro-RO/guide/other']);
    const stale = ro.files.find((f: { path: string }) => f.path === 'notes-pr.ro-RO/guide/backup.md');
    assert.equal(stale.totals.staleFiles, 1);
    assert.equal(stale.totals.changedSegments, 1);
    assert.equal(stale.totals.addedSentences, 1);
    // "kept" → "saved" (two words), and the added "Copies are kept for a year." (six).
    assert.equal(stale.totals.changedWords, 2 + 6);
    assert.equal(stale.byRule['stale-translation'], 1);
    assert.equal(stale.byRule['source-drift'], 1);
    assert.equal(json.totals.files, 3);
  });

  it('refuses the options of check that do not apply, and unknown formats', () => {
    const root = workspace();
    const fix = runCli(['report', '--fix'], root);
    assert.equal(fix.status, 2);
    assert.match(fix.stderr, /does not take --fix/);
    const sarif = runCli(['report', '--format', 'sarif'], root);
    assert.equal(sarif.status, 2);
    assert.match(sarif.stderr, /Unknown report format "sarif"; use markdown or json/);
  });
});
