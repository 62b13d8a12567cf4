import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, sampleUri, screenshot, waitForDiagnostics, withDeadline, codeOf } from './util';

const RO = sampleUri('contoso-docs-pr.ro-RO', 'articles', 'sync-files.md');
const ENGLISH = sampleUri('contoso-docs', 'articles', 'sync-files.md');

/** The start of the translated text of segment `id` (`e869d-104`). */
function translationStart(document: vscode.TextDocument, id: string): vscode.Position {
  const open = `<span data-ttu-id="${id}">`;
  const at = document.getText().indexOf(open);
  assert.ok(at >= 0, `segment ${id}`);
  return document.positionAt(at + open.length + 2);
}

/** Resolves when a diff editor is the active tab (VS Code opens it asynchronously). */
function activeDiff(): Promise<vscode.TabInputTextDiff> {
  return new Promise((resolve) => {
    const check = () => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      if (input instanceof vscode.TabInputTextDiff) {
        listener.dispose();
        resolve(input);
        return true;
      }
      return false;
    };
    const listener = vscode.window.tabGroups.onDidChangeTabs(() => check());
    check();
  });
}

describe('VS Code: what changed in the English', () => {
  before(async () => {
    // The stale ro-RO sample's English changed in segment 104; the checks know it once the locale index is built.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(RO));
    await waitForDiagnostics(RO, (d) => d.some((x) => codeOf(x) === 'stale-translation'), 60_000);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the hover on a changed segment shows the word diff to the English now', async () => {
    const document = await vscode.workspace.openTextDocument(RO);
    await vscode.window.showTextDocument(document);
    const hovers = await withDeadline(vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', RO, translationStart(document, 'e869d-104')), 'the hover');
    const text = hoverText(hovers);
    assert.match(text, /The English has changed/);
    // "…on all your devices." → "…on every device you sign in to."
    assert.match(text, /~~all your devices~~ \*\*every device you sign in to\*\*/);
  });

  it('"Compare the English at Hand-off with the English Now" opens the diff editor on the English source', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(RO));
    const opened = activeDiff();
    await vscode.commands.executeCommand('sxsDocs.compareEnglish');
    const diff = await withDeadline(opened, 'the diff editor');
    assert.equal(diff.original.scheme, 'sxs-docs-english');
    assert.equal(diff.modified.toString(), ENGLISH.toString());
    const handoff = await vscode.workspace.openTextDocument(diff.original);
    assert.match(handoff.getText(), /Contoso Drive keeps a copy of your files on all your devices\./);
    assert.doesNotMatch(handoff.getText(), /data-ttu-id|sxs-lookup|ms\.openlocfilehash/);
    await screenshot('compare-english', { waitFor: '.monaco-diff-editor' });
  });
});
