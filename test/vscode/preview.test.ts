import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { seg } from '../support/sxs';
import { browserRequest, sampleUri, screenshot, withDeadline, workspaceRoot } from './util';

interface Shown {
  text: string;
  className: string;
}

const RO = ['contoso-docs-pr.ro-RO', 'articles', 'sync-files.md'];

/** The preview's rows, once the webview shows rows for which `condition` (a JS expression over `rows`) holds. */
async function rowsWhen(condition: string): Promise<Shown[]> {
  await browserRequest({ kind: 'webviewWait', expression: `(() => { const rows = [...document.querySelectorAll('tr.ui-row')]; return ${condition}; })()` });
  return (await browserRequest<Shown[]>({ kind: 'webviewQuery', selector: 'tr.ui-row' })) ?? [];
}

function selectionChanged(uri: vscode.Uri): Promise<vscode.TextEditorSelectionChangeEvent> {
  return withDeadline(
    new Promise((resolve) => {
      const d = vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document.uri.toString() === uri.toString()) {
          d.dispose();
          resolve(e);
        }
      });
    }),
    'the editor selection to move',
  );
}

describe('VS Code: the side-by-side preview', function () {
  before(function () {
    if (!process.env.SXS_SCREENSHOT_REQUESTS) this.skip(); // Needs the code-server runner to look into the webview.
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows one row per segment with the English and the translation, and a click selects the segment in the editor', async () => {
    const uri = sampleUri(...RO);
    const editor = await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('sxsDocs.openPreviewToSide');
    const segments = (editor.document.getText().match(/data-ttu-id=/g) ?? []).length;
    const rows = await rowsWhen(`rows.length === ${segments}`);
    const row104 = rows.find((r) => r.text.includes('păstrează o copie'));
    assert.ok(row104, rows.map((r) => r.text).join('\n'));
    assert.match(row104.text, /Contoso Drive keeps a copy of your files on all your devices/);
    const mismatch = rows.find((r) => r.text.includes('id-mismatch'));
    assert.ok(mismatch && /ui-has-findings/.test(mismatch.className), 'the row with a finding shows it');

    const moved = selectionChanged(uri);
    const index = rows.findIndex((r) => r.text.includes('Prima sincronizare'));
    await browserRequest({ kind: 'webviewClick', selector: 'tr.ui-row', index });
    const event = await moved;
    assert.equal(event.textEditor.document.getText(event.selections[0]), 'Prima sincronizare poate dura până la 30 de minute.');
    await screenshot('preview-side-by-side', { waitFor: 'iframe.webview' });
  });

  it('adds another locale version as a column from the picker, and marks segments whose English is newer', async () => {
    const uri = sampleUri(...RO);
    await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('sxsDocs.openPreviewToSide');
    await rowsWhen("rows.length > 0 && document.querySelectorAll('.ui-toolbar .ui-button').length === 2");
    // The English now, as a word diff under the English the row was translated from (the deleted words struck, the new ones inserted).
    const stale = await browserRequest<Shown[]>({ kind: 'webviewQuery', selector: 'tr.ui-stale .ui-diff-words' });
    assert.match(stale?.[0]?.text ?? '', /Contoso Drive[\s\S]*every device you sign in to/);
    await browserRequest({ kind: 'webviewClick', selector: '.ui-toolbar .ui-button', index: 1 });
    await browserRequest({ kind: 'pageClick', selector: '.quick-input-widget .monaco-list-row' });
    await browserRequest({ kind: 'webviewWait', expression: "document.querySelectorAll('thead th').length === 4" });
    const header = (await browserRequest<Shown[]>({ kind: 'webviewQuery', selector: 'thead th' }))!.map((h) => h.text.replace('×', '').trim());
    const added = header[3];
    assert.ok(['de-DE', 'fi-FI', 'it-IT'].includes(added), header.join(' | '));
    const first = { 'de-DE': 'speichert eine Kopie', 'fi-FI': 'säilyttää kopion', 'it-IT': 'conserva una copia' }[added]!;
    const rows = await rowsWhen(`rows.some((r) => r.textContent.includes(${JSON.stringify(first)}))`);
    assert.ok(rows.find((r) => r.text.includes('păstrează o copie'))?.text.includes(first));
    await screenshot('preview-locales', { waitFor: 'iframe.webview' });
  });

  it('moves its highlight to the segment under the editor cursor', async () => {
    const uri = sampleUri(...RO);
    const editor = await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('sxsDocs.openPreviewToSide');
    await rowsWhen('rows.length > 0');
    const line = editor.document.getText().split('\n').findIndex((l) => l.includes('e869d-127'));
    editor.selection = new vscode.Selection(line, 20, line, 20);
    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    const rows = await rowsWhen("rows.some((r) => r.classList.contains('ui-active'))");
    assert.match(rows.find((r) => /ui-active/.test(r.className))!.text, /0x8004de40/);
  });

  it('shows document content without running it: scripts, handlers, frames, javascript: links and styles are inert', async () => {
    const file = vscode.Uri.joinPath(workspaceRoot(), 'contoso-docs-pr.ro-RO', 'articles', 'hostile.md');
    const hostile = [
      '---',
      'ms.contentlocale: ro-RO',
      '---',
      seg('e869d-101', 'A <script>window.__sxsRan = 1</script> b', 'A b'),
      seg('e869d-102', '<img src="x" onerror="window.__sxsRan = 2"> c', 'c'),
      seg('e869d-103', '<iframe src="javascript:parent.__sxsRan = 3"></iframe> d', 'd'),
      seg('e869d-104', '[link](javascript:window.__sxsRan=4) <a href="javascript:window.__sxsRan=5">raw</a>', 'link'),
      seg('e869d-105', '<div style="position:fixed;inset:0;background:red">overlay</div><style>body{display:none}</style>', 'e'),
      seg('e869d-106', '<svg onload="window.__sxsRan = 6"></svg><details open ontoggle="window.__sxsRan = 7">x</details>', 'f'),
      '',
    ].join('\n');
    fs.writeFileSync(file.fsPath, hostile);
    await vscode.window.showTextDocument(file);
    await vscode.commands.executeCommand('sxsDocs.openPreviewToSide');
    await rowsWhen('rows.length === 6');
    await browserRequest({ kind: 'webviewClick', selector: 'tr.ui-row a' });
    const found = await browserRequest<Record<string, unknown>>({
      kind: 'webviewEval',
      expression: `({
        ran: window.__sxsRan ?? null,
        scripts: document.querySelectorAll('#app script').length,
        frames: document.querySelectorAll('#app iframe, #app svg, #app style').length,
        handlers: [...document.querySelectorAll('#app *')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
        styled: document.querySelectorAll('#app [style]').length,
        jsLinks: [...document.querySelectorAll('#app a')].filter((a) => /^javascript:/i.test(a.getAttribute('href') || '')).length,
        bodyShown: getComputedStyle(document.body).display !== 'none',
      })`,
    });
    assert.deepEqual(found, { ran: null, scripts: 0, frames: 0, handlers: 0, styled: 0, jsLinks: 0, bodyShown: true });
  });

  it('follows edits: a changed translation, a segment added in place, one removed', async () => {
    const file = vscode.Uri.joinPath(workspaceRoot(), 'contoso-docs-pr.ro-RO', 'articles', 'edits.md');
    const text = ['---', 'ms.contentlocale: ro-RO', '---', seg('e869d-101', 'Unu', 'One'), '', seg('e869d-102', 'Doi', 'Two'), '', seg('e869d-103', 'Trei', 'Three'), ''].join('\n');
    fs.writeFileSync(file.fsPath, text);
    const editor = await vscode.window.showTextDocument(file);
    await vscode.commands.executeCommand('sxsDocs.openPreviewToSide');
    await rowsWhen('rows.length === 3');
    const at = (needle: string) => editor.document.positionAt(editor.document.getText().indexOf(needle));
    // The translation column, row by row.
    const translations = async () => ((await browserRequest<Shown[]>({ kind: 'webviewQuery', selector: 'tr.ui-row td:nth-child(3)' })) ?? []).map((c) => c.text.trim());

    await editor.edit((b) => b.insert(at('Doi</span>').translate(0, 3), ' modificat'));
    await rowsWhen("rows.some((r) => r.textContent.includes('Doi modificat'))");
    assert.deepEqual(await translations(), ['Unu', 'Doi modificat', 'Trei']);

    await editor.edit((b) => b.insert(at('<span data-ttu-id="e869d-102">'), `${seg('e869d-104', 'Patru', 'Four')}\n\n`));
    await rowsWhen('rows.length === 4');
    assert.deepEqual(await translations(), ['Unu', 'Patru', 'Doi modificat', 'Trei']);

    const first = editor.document.getText().indexOf('<span data-ttu-id="e869d-101">');
    const second = editor.document.getText().indexOf('<span data-ttu-id="e869d-104">');
    await editor.edit((b) => b.delete(new vscode.Range(editor.document.positionAt(first), editor.document.positionAt(second))));
    await rowsWhen('rows.length === 3');
    assert.deepEqual(await translations(), ['Patru', 'Doi modificat', 'Trei']);
    await editor.document.save(); // Nothing left for closing the editor to ask about.
  });

  it('renders the document as a reader sees it, with a Read in English toggle', async () => {
    const uri = sampleUri(...RO);
    await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('sxsDocs.openPreviewToSide');
    await rowsWhen('rows.length > 0');
    await browserRequest({ kind: 'webviewClick', selector: '.ui-toolbar .ui-button' });
    const reader = await browserRequest<Shown[]>({ kind: 'webviewQuery', selector: '.ui-reader:not([hidden]) h1' });
    assert.equal(reader?.[0]?.text.trim(), 'Sincronizați fișierele cu Contoso Drive');
    await browserRequest({ kind: 'webviewClick', selector: '.ui-toolbar input[type=checkbox]' });
    const english = await browserRequest<Shown[]>({ kind: 'webviewQuery', selector: '.ui-reader.ui-english h1' });
    assert.equal(english?.[0]?.text.trim(), 'Sync your files with Contoso Drive');
    await screenshot('preview-reader', { waitFor: 'iframe.webview' });
  });
});
