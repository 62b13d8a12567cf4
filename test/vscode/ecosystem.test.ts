import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SxsDocsApi } from '../../client/src/extension';
import type { FileStatusState } from '../../client/src/status/fileStatus';
import { browserRequest, openAndCheck, sampleUri, screenshot, waitForDiagnostics, withDeadline, codeOf } from './util';

const RO = ['contoso-docs-pr.ro-RO', 'articles', 'sync-files.md'];
const DE = ['contoso-docs-pr.de-DE', 'articles', 'sync-files.md'];

function api(): SxsDocsApi {
  const extension = vscode.extensions.getExtension<SxsDocsApi>('sxs-docs.sxs-docs');
  assert.ok(extension?.isActive, 'the extension is not active');
  return extension.exports;
}

/** Waits until the status bar item shows a state that satisfies `accept` (checking the current one first). */
function waitForStatus(accept: (s: FileStatusState | undefined) => boolean, what: string): Promise<FileStatusState | undefined> {
  const status = api().status;
  return withDeadline(
    new Promise<FileStatusState | undefined>((resolve) => {
      if (accept(status.state)) return resolve(status.state);
      const listener = status.onDidChange((s) => {
        if (!accept(s)) return;
        listener.dispose();
        resolve(s);
      });
    }),
    `the status bar item to show ${what}`,
  );
}

const sxsFindings = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'sxs-docs');

/** Waits until a tab satisfies `accept`. */
function waitForTab(accept: (tab: vscode.Tab) => boolean, what: string): Promise<vscode.Tab> {
  const find = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find(accept);
  return withDeadline(
    new Promise<vscode.Tab>((resolve) => {
      const now = find();
      if (now) return resolve(now);
      const listener = vscode.window.tabGroups.onDidChangeTabs(() => {
        const tab = find();
        if (!tab) return;
        listener.dispose();
        resolve(tab);
      });
    }),
    what,
  );
}

describe('VS Code: the status bar item of a localized file', () => {
  it('shows the locale, MT or HT, the number of findings and the stale mark, and follows the active editor', async () => {
    const ro = sampleUri(...RO);
    await openAndCheck(ro);
    // The Romanian sample is machine-translated and made from an older English (its hash is the old one).
    const stale = await waitForStatus((s) => s?.uri === ro.toString() && s.stale && s.findings === sxsFindings(ro).length, 'the Romanian file as stale');
    assert.equal(stale?.locale, 'ro-RO');
    assert.equal(stale?.translationType, 'MT');
    assert.ok(stale!.findings > 0);
    assert.match(stale!.text, /ro-RO · MT · \$\((error|warning)\) \d+ · \$\(history\) Stale/);

    const de = sampleUri(...DE);
    await openAndCheck(de);
    const current = await waitForStatus((s) => s?.uri === de.toString() && s.findings === sxsFindings(de).length, 'the German file');
    assert.equal(current?.locale, 'de-DE');
    assert.equal(current?.stale, false);
    assert.doesNotMatch(current!.text, /history/);

    // The English source: how many locale versions it has, and how many are out of date.
    const en = sampleUri('contoso-docs', 'articles', 'sync-files.md');
    await vscode.window.showTextDocument(en);
    const english = await waitForStatus((s) => s?.uri === en.toString(), 'the English source');
    assert.deepEqual(
      english?.translations?.map((t) => [t.locale, t.translationType, t.stale]),
      [
        ['de-DE', 'HT', false],
        ['fi-FI', 'MT', false],
        ['it-IT', 'HT', false],
        ['ro-RO', 'MT', true],
      ],
    );
    assert.equal(english?.text, '$(globe) English · 4 locales · $(history) 1 stale');
    // Its menu offers the locale versions only: an English source has no preview and no findings of its own.
    void vscode.commands.executeCommand('sxsDocs.showFileActions');
    const rows = await browserRequest<string[]>({ kind: 'pageText', selector: '.quick-input-widget .quick-input-list .monaco-list-row' });
    if (rows !== undefined) {
      assert.match(rows.join('\n'), /Open Counterpart/);
      assert.doesNotMatch(rows.join('\n'), /Preview|Findings/);
    }
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    // A Markdown file that is no version of anything: the item goes away.
    const plain = vscode.Uri.joinPath(en, '..', '..', '..', 'README-status-test.md');
    await vscode.workspace.fs.writeFile(plain, new TextEncoder().encode('# Notes\n\nNothing localized here.\n'));
    await vscode.window.showTextDocument(plain);
    await waitForStatus((s) => s === undefined, 'nothing for a plain Markdown file');
    await vscode.workspace.fs.delete(plain);
  });

  it('counts the findings again after an edit', async () => {
    const { editor } = await openAndCheck(sampleUri(...DE));
    const uri = editor.document.uri;
    const before = (await waitForStatus((s) => s?.uri === uri.toString() && s.findings === sxsFindings(uri).length, 'the German file'))!.findings;
    // A sentence run into the next without a space (missing-space) is one more finding.
    // After two words of segment 104's translation.
    const tag = /data-ttu-id="[0-9a-f]+-104">\S+ \S+/.exec(editor.document.getText())!;
    await editor.edit((e) => e.insert(editor.document.positionAt(tag.index + tag[0].length), '.Das'));
    try {
      await waitForDiagnostics(uri, (d) => d.filter((x) => x.source === 'sxs-docs').length === before + 1);
      await waitForStatus((s) => s?.uri === uri.toString() && s.findings === before + 1, `${before + 1} findings`);
    } finally {
      await vscode.commands.executeCommand('undo');
      await vscode.commands.executeCommand('workbench.action.files.save');
    }
  });

  it('opens a quick menu whose preview action opens the side-by-side preview', async () => {
    await openAndCheck(sampleUri(...RO));
    await waitForStatus((s) => s?.uri === sampleUri(...RO).toString(), 'the Romanian file');
    void vscode.commands.executeCommand('sxsDocs.showFileActions');
    const rows = await browserRequest<string[]>({ kind: 'pageText', selector: '.quick-input-widget .quick-input-list .monaco-list-row' });
    if (rows === undefined) return; // Under @vscode/test-electron there is no browser to click in.
    const text = rows.join('\n');
    assert.match(text, /Open Side-by-Side Preview/);
    assert.match(text, /Open Counterpart/);
    assert.match(text, /Open the English Source/, 'a stale file offers its English source');
    assert.match(text, /Show the \d+ Findings/);
    await screenshot('readme-status-menu', { waitFor: '.quick-input-widget .quick-input-list .monaco-list-row' });
    await browserRequest({ kind: 'pageClick', selector: '.quick-input-widget .quick-input-list .monaco-list-row:first-child' });
    await waitForTab((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('sxsDocs.preview'), 'the preview to open');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

describe('VS Code: the Get Started walkthrough', () => {
  it('copies the sample workspace shipped with the extension, without overwriting an earlier copy', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-sample-'));
    try {
      const first = await vscode.commands.executeCommand<vscode.Uri>('sxsDocs.openSampleWorkspace', { target: vscode.Uri.file(parent), open: false });
      const second = await vscode.commands.executeCommand<vscode.Uri>('sxsDocs.openSampleWorkspace', { target: vscode.Uri.file(parent), open: false });
      assert.equal(path.basename(first.fsPath), 'sxs-docs-sample');
      assert.equal(path.basename(second.fsPath), 'sxs-docs-sample-2');
      for (const locale of ['contoso-docs', 'contoso-docs-pr.de-DE', 'contoso-docs-pr.ro-RO', 'contoso-docs-pr.fi-FI', 'contoso-docs-pr.it-IT']) {
        const copied = fs.readFileSync(path.join(first.fsPath, locale, 'articles', 'sync-files.md'), 'utf8');
        const shipped = fs.readFileSync(path.join(api() && vscode.extensions.getExtension('sxs-docs.sxs-docs')!.extensionPath, 'samples', 'workspace', locale, 'articles', 'sync-files.md'), 'utf8');
        assert.equal(copied, shipped, locale);
      }
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });

  it('opens, and its steps show the hover, a counterpart, the preview and a quick fix in the sample', async () => {
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'sxs-docs.sxs-docs#sxsDocs.gettingStarted', false);
    const titles = await browserRequest<string[]>({ kind: 'pageText', selector: 'h2.category-title' });
    if (titles !== undefined) assert.ok(titles.some((t) => t.includes('Get Started with Side-by-Side Docs')), titles.join(' | '));
    await screenshot('readme-walkthrough', { waitFor: 'h2.category-title' });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');

    await vscode.commands.executeCommand('sxsDocs.walkthrough.hover');
    const editor = vscode.window.activeTextEditor!;
    assert.ok(editor.document.uri.path.endsWith('contoso-docs-pr.de-DE/articles/sync-files.md'));
    const offset = editor.document.offsetAt(editor.selection.active);
    const text = editor.document.getText();
    const tag = /data-ttu-id="[0-9a-f]+-104">/.exec(text)!;
    assert.ok(offset > tag.index + tag[0].length && offset < text.indexOf('</span>', tag.index), 'the cursor is in the translation of segment 104');
    await screenshot('readme-hover', { waitFor: '.monaco-hover .markdown-hover', clip: '.part.editor' });

    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    void vscode.commands.executeCommand('sxsDocs.walkthrough.counterpart');
    const versions = await browserRequest<string[]>({ kind: 'pageText', selector: '.quick-input-widget .quick-input-list .monaco-list-row' });
    if (versions !== undefined) assert.ok(['en-US', 'fi-FI', 'it-IT', 'ro-RO'].every((l) => versions.join('\n').includes(l)), versions.join(' | '));
    await screenshot('readme-counterparts', { waitFor: '.quick-input-widget .quick-input-list .monaco-list-row' });
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');

    await vscode.commands.executeCommand('sxsDocs.walkthrough.preview');
    await waitForTab((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('sxsDocs.preview'), 'the preview to open');
    await browserRequest({ kind: 'webviewWait', expression: "document.querySelectorAll('tr.ui-row').length > 5" });
    await screenshot('readme-preview', { waitFor: 'iframe.webview' });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');

    const ro = sampleUri(...RO);
    const before = (await vscode.workspace.openTextDocument(ro)).getText();
    await vscode.commands.executeCommand('sxsDocs.walkthrough.quickFix');
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.uri.toString(), ro.toString());
    const placeholder = sxsFindings(ro).find((d) => codeOf(d) === 'placeholder');
    assert.ok(placeholder && placeholder.range.contains(active.selection.active), 'the cursor is on the placeholder finding');
    await screenshot('readme-quick-fix', { waitFor: '.action-widget', clip: '.part.editor' });
    await vscode.commands.executeCommand('hideCodeActionWidget');
    assert.equal(active.document.getText(), before, 'showing the quick fixes changed nothing');
  });
});

describe('VS Code: the Problems panel with the findings of the sample', () => {
  it('lists the findings of every locale version', async () => {
    for (const locale of ['contoso-docs-pr.de-DE', 'contoso-docs-pr.fi-FI', 'contoso-docs-pr.it-IT', 'contoso-docs-pr.ro-RO']) await openAndCheck(sampleUri(locale, 'articles', 'sync-files.md'));
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const rows = await browserRequest<string[]>({ kind: 'pageText', selector: '.markers-panel .monaco-list-row' });
    if (rows !== undefined) assert.ok(rows.some((r) => r.includes('sxs-docs(placeholder)') || r.includes('placeholder')), rows.slice(0, 5).join(' | '));
    await screenshot('readme-problems', { waitFor: '.markers-panel .monaco-list-row' });
  });
});
