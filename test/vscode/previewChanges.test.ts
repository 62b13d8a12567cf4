import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { frontMatter, lines, seg } from '../support/sxs';
import { browserRequest, codeOf, screenshot, waitForDiagnostics, workspaceRoot } from './util';

interface Shown {
  text: string;
  className: string;
}

/** The English now: one sentence reworded since the hand-off, one added at the end. */
const ENGLISH = lines(
  '---',
  'title: Share a folder',
  'ms.topic: article',
  '---',
  '# Share a folder',
  '',
  'Select the folder you want to share. Contoso Drive sends a link to everyone you invite.',
  '',
  'Links expire after 30 days.',
  '',
);

/** The Romanian version, made from the English at hand-off (its lookups): "…to the people you invite." */
const ROMANIAN = lines(
  frontMatter('ro-RO', 'MT'),
  `# ${seg('a1b2c-101', 'Partajați un folder', 'Share a folder')}`,
  '',
  `${seg('a1b2c-102', 'Selectați folderul pe care doriți să-l partajați.', 'Select the folder you want to share.')} ${seg('a1b2c-103', 'Contoso Drive trimite un link persoanelor pe care le invitați.', 'Contoso Drive sends a link to the people you invite.')}`,
  '',
);

describe('VS Code: the preview shows what changed in the English', function () {
  const english = () => vscode.Uri.joinPath(workspaceRoot(), 'contoso-docs', 'articles', 'share-folder.md');
  const romanian = () => vscode.Uri.joinPath(workspaceRoot(), 'contoso-docs-pr.ro-RO', 'articles', 'share-folder.md');

  before(async function () {
    if (!process.env.SXS_SCREENSHOT_REQUESTS) this.skip(); // Needs the code-server runner to look into the webview.
    fs.writeFileSync(english().fsPath, ENGLISH);
    fs.writeFileSync(romanian().fsPath, ROMANIAN);
    await vscode.window.showTextDocument(romanian());
    // The locale index has read both files once the Romanian version is found older than its English.
    await waitForDiagnostics(romanian(), (d) => d.some((x) => codeOf(x) === 'stale-translation'), 60_000);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of [english(), romanian()]) fs.rmSync(uri.fsPath, { force: true });
  });

  it('gives the changed row the word diff to the English now, and the added English sentence a row of its own', async () => {
    await vscode.window.showTextDocument(romanian());
    await vscode.commands.executeCommand('sxsDocs.openPreviewToSide');
    await browserRequest({ kind: 'webviewWait', expression: "document.querySelectorAll('tr.ui-row').length === 4 && document.querySelectorAll('.ui-diff-words').length === 1" });
    const rows = (await browserRequest<Shown[]>({ kind: 'webviewQuery', selector: 'tr.ui-row' }))!;
    assert.deepEqual(
      rows.map((r) => /ui-added/.test(r.className)),
      [false, false, false, true],
      rows.map((r) => `${r.className}: ${r.text}`).join('\n'),
    );

    // Segment 103: the English it was translated from, and under it the words deleted and inserted since.
    const changed = rows.findIndex((r) => r.text.includes('Contoso Drive trimite'));
    assert.equal(changed, 2);
    const deleted = (await browserRequest<Shown[]>({ kind: 'webviewQuery', selector: '.ui-diff-words del' }))!.map((d) => d.text);
    const inserted = (await browserRequest<Shown[]>({ kind: 'webviewQuery', selector: '.ui-diff-words ins' }))!.map((d) => d.text);
    assert.deepEqual(deleted, ['the people']);
    assert.deepEqual(inserted, ['everyone']);
    const words = (await browserRequest<Shown[]>({ kind: 'webviewQuery', selector: '.ui-diff-words' }))!;
    assert.equal(words[0].text.replace(/\s+/g, ' ').trim(), 'Contoso Drive sends a link to the peopleeveryone you invite.');
    // The unchanged sentence beside it has no diff.
    assert.doesNotMatch(rows[1].text, /changed/i);

    // The sentence no segment has: after the row it follows, with a note where its translation would be.
    const added = rows[3];
    assert.match(added.text, /Links expire after 30 days\./);
    assert.doesNotMatch(added.text, /Contoso Drive trimite/);
    await screenshot('preview-english-changes', { waitFor: 'iframe.webview' });
  });
});
