import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { SxsDocsApi } from '../../client/src/extension';
import { frontMatter, lines, seg } from '../support/sxs';
import { browserRequest, hoverText, openAndCheck, sampleUri, screenshot, withDeadline, workspaceRoot } from './util';

const IT = ['contoso-docs-pr.it-IT', 'articles', 'sync-files.md'];
const DE = ['contoso-docs-pr.de-DE', 'articles', 'sync-files.md'];
const RO = ['contoso-docs-pr.ro-RO', 'articles', 'sync-files.md'];

/** The extension's API, once it has activated (opening a Markdown file activates it). */
async function api(): Promise<SxsDocsApi> {
  const extension = vscode.extensions.getExtension<SxsDocsApi>('sxs-docs.sxs-docs');
  assert.ok(extension, 'the extension is not installed');
  return withDeadline(extension.activate(), 'the extension to activate');
}

/** The position of the first occurrence of `needle` in the document (plus `delta` characters). */
function positionOf(document: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} is not in ${document.uri.fsPath}`);
  return document.positionAt(offset + delta);
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/** Resolves when `check` holds, checking now and after each of the events; rejects at the deadline. */
function waitUntil(check: () => boolean, events: vscode.Event<unknown>[], what: string): Promise<void> {
  return withDeadline(
    new Promise<void>((resolve) => {
      const listeners: vscode.Disposable[] = [];
      const test = () => {
        if (!check()) return;
        listeners.forEach((l) => l.dispose());
        resolve();
      };
      listeners.push(...events.map((e) => e(test)));
      test();
    }),
    what,
  );
}

/**
 * Opens a localized file in an editor and waits until the server has read it (its markup is
 * known). Files without structural problems publish no diagnostics to wait for.
 */
async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  assert.ok(await withDeadline((await api()).reading.ready(editor.document), 'the server to read the document'), 'the server does not know the document');
  return editor;
}

async function hoverAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await withDeadline(vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position), 'the hover');
  return hoverText(hovers);
}

describe('VS Code: reading a translation', () => {
  it('hovers a translation with its English rendered, its id and the file\'s HT status', async () => {
    const uri = sampleUri(...IT);
    const editor = await open(uri);
    const position = positionOf(editor.document, 'È necessario', 3);
    const text = await hoverAt(uri, position);
    assert.match(text, /\*\*English\*\* · `60fa6-106` · Human translation \(HT\)/);
    assert.match(text, /> You need a \[Contoso 365 subscription\]\(https:\/\/contoso\.example\/subscriptions\) with at least 2 GB of free storage\./);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover-translation', { waitFor: '.monaco-hover .markdown-hover' });
    await vscode.commands.executeCommand('editor.action.hideHover');
  });

  it('hovers the English lookup with the translation, and a heading anchor with its English heading', async () => {
    const uri = sampleUri(...IT);
    const document = await vscode.workspace.openTextDocument(uri);
    assert.match(await hoverAt(uri, positionOf(document, 'You need a [Contoso', 3)), /\*\*Translation \(it-IT\)\*\* · `60fa6-106`[\s\S]*> È necessario un \[abbonamento a Contoso 365\]/);
    const anchor = await hoverAt(uri, positionOf(document, 'before-you-begin', 2));
    assert.match(anchor, /\*\*Anchor\*\* `before-you-begin` · of the English heading\n\n> Before you begin/);
  });

  it('gives the outline: translated headings with the English beside them, nested, with their segments', async () => {
    const uri = sampleUri(...IT);
    await open(uri);
    const symbols = await withDeadline(vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri), 'the document symbols');
    const title = symbols.find((s) => s.name === 'Sincronizzare i file con Contoso Drive' && s.detail === 'Sync your files with Contoso Drive');
    assert.ok(title, JSON.stringify(symbols.map((s) => [s.name, s.detail])));
    const before = title.children.find((s) => s.name === 'Prima di iniziare');
    assert.equal(before?.detail, 'Before you begin');
    assert.deepEqual(
      before?.children.map((s) => s.name.slice(0, 20)),
      ['106 · È necessario u', '107 · Installare l\'a', '108 · La sincronizza', '109 · Vedere Gestire'],
    );
    await vscode.commands.executeCommand('outline.focus');
    await screenshot('outline', { waitFor: '.outline-pane .monaco-list-row' });
  });

  it('dims the lookups, the translation tags and the anchors, and the toggle command switches it', async () => {
    const uri = sampleUri(...IT);
    const editor = await open(uri);
    const reading = (await api()).reading;
    const text = editor.document.getText();
    const expected = count(text, 'class="sxs-lookup"') + 2 * count(text, 'data-ttu-id=') + count(text, '<a name=');
    assert.equal(reading.decorationsOf(editor).dimmed.length, expected);
    assert.ok(reading.decorationsOf(editor).dimmed.every((r) => !editor.document.getText(r).includes('Prima di iniziare')));

    const configChanged = vscode.workspace.onDidChangeConfiguration;
    try {
      await vscode.commands.executeCommand('sxsDocs.toggleDimMarkup');
      await waitUntil(() => reading.decorationsOf(editor).dimmed.length === 0, [configChanged], 'the dimming to go');
      assert.equal(vscode.workspace.getConfiguration('sxsDocs').get('reading.dimMarkup'), false);
      await vscode.commands.executeCommand('sxsDocs.toggleDimMarkup');
      await waitUntil(() => reading.decorationsOf(editor).dimmed.length === expected, [configChanged], 'the dimming to come back');
    } finally {
      await vscode.workspace.getConfiguration('sxsDocs').update('reading.dimMarkup', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('focuses on the translation: markup hidden except on the lines being edited', async () => {
    const uri = sampleUri(...IT);
    const editor = await open(uri);
    const reading = (await api()).reading;
    const line = positionOf(editor.document, 'Selezionare **Impostazioni**').line;
    editor.selection = new vscode.Selection(line, 0, line, 0);
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenter);
    try {
      await vscode.commands.executeCommand('sxsDocs.focusOnTranslation');
      assert.equal(reading.focusOnTranslation, true);
      const applied = reading.decorationsOf(editor);
      assert.ok(applied.hidden.length > 10);
      assert.ok(applied.dimmed.length > 0 && applied.dimmed.every((r) => r.start.line === line), JSON.stringify(applied.dimmed));
      assert.ok(applied.hidden.every((r) => r.start.line !== line));
      await screenshot('focus-on-translation');

      const next = positionOf(editor.document, 'Prima di iniziare').line;
      editor.selection = new vscode.Selection(next, 0, next, 0);
      await waitUntil(() => reading.decorationsOf(editor).dimmed.every((r) => r.start.line === next), [vscode.window.onDidChangeTextEditorSelection], 'the markup of the new cursor line to show');
      assert.ok(reading.decorationsOf(editor).hidden.some((r) => r.start.line === line));
    } finally {
      if (reading.focusOnTranslation) await vscode.commands.executeCommand('sxsDocs.focusOnTranslation');
    }
    assert.equal(reading.focusOnTranslation, false);
    assert.equal(reading.decorationsOf(editor).hidden.length, 0);
  });

  it('keeps each source line one line in Focus on Translation: word wrap is off while it is on, and comes back after', async function () {
    if (!process.env.SXS_SCREENSHOT_REQUESTS) this.skip(); // Reads the editor's rendered lines in the browser.
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'contoso-docs-pr.it-IT', 'articles', 'focus-lines.md');
    const cell = (n: number, it: string, en: string) => seg(`f0c05-${n}`, it, en);
    fs.writeFileSync(
      uri.fsPath,
      lines(
        frontMatter('it-IT', 'HT'),
        `## <a name="sync-settings-for-every-device"></a>${cell(101, 'Inizio del titolo sulle impostazioni di sincronizzazione', 'Synchronization settings for every device and every account')} ${cell(102, 'fine del titolo', 'end of the heading')}`,
        '',
        '| Colonna | Significato | Nota |',
        '|---|---|---|',
        `| ${cell(103, 'Prima colonna della riga', 'The first column of the row')} | ${cell(104, 'Seconda colonna della riga', 'The second column of the row')} | ${cell(105, 'Terza colonna della riga', 'The third column of the row')} |`,
        '',
      ),
    );
    // VS Code wraps Markdown by default; the test makes sure of it.
    const editorConfig = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
    const wrapped = editorConfig.get<string>('wordWrap');
    if (wrapped === 'off') await editorConfig.update('wordWrap', 'on', vscode.ConfigurationTarget.Global, true);
    const editor = await open(uri);
    const reading = (await api()).reading;
    editor.selection = new vscode.Selection(0, 0, 0, 0); // The cursor in the front matter: the heading and the row show without markup.
    /** True when the first text shows on exactly one line of the editor, and the last text on that same line (the editor shows spaces as no-break spaces). */
    const oneLine = (first: string, last: string) => `(() => {
      const shown = [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line')].map((l) => l.innerText.replace(/\u00a0/g, ' '));
      const at = shown.filter((t) => t.includes(${JSON.stringify(first)}));
      return at.length === 1 && at[0].includes(${JSON.stringify(last)});
    })()`;
    const both = `${oneLine('Prima colonna', 'Terza colonna')} && ${oneLine('Inizio del titolo', 'fine del titolo')}`;
    try {
      await vscode.commands.executeCommand('sxsDocs.focusOnTranslation');
      assert.equal(reading.focusOnTranslation, true);
      await browserRequest({ kind: 'pageWait', expression: both });
      await screenshot('focus-one-line');
      await vscode.commands.executeCommand('sxsDocs.focusOnTranslation');
      // Word wrap is back, and with the markup showing the row wraps again.
      await browserRequest({ kind: 'pageWait', expression: `!${oneLine('Prima colonna', 'Terza colonna')}` });
    } finally {
      if (reading.focusOnTranslation) await vscode.commands.executeCommand('sxsDocs.focusOnTranslation');
      if (wrapped === 'off') await editorConfig.update('wordWrap', undefined, vscode.ConfigurationTarget.Global, true);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      fs.rmSync(uri.fsPath, { force: true });
    }
  });

  it('goes to the next untranslated segment', async () => {
    const uri = sampleUri(...DE);
    const editor = await open(uri);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('sxsDocs.goToNextUntranslated');
    assert.deepEqual(editor.selection.active, positionOf(editor.document, '<span data-ttu-id="4b7e2-122">', '<span data-ttu-id="4b7e2-122">'.length));
  });

  it('goes to the next and previous sxs-docs finding of the file', async () => {
    const uri = sampleUri(...RO);
    const { editor, diagnostics } = await openAndCheck(uri);
    const starts = diagnostics.filter((d) => d.source === 'sxs-docs').map((d) => d.range.start).sort((a, b) => a.compareTo(b));
    assert.ok(starts.length > 0);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('sxsDocs.goToNextFinding');
    assert.deepEqual(editor.selection.active, starts[0]);
    await vscode.commands.executeCommand('sxsDocs.goToPreviousFinding');
    assert.deepEqual(editor.selection.active, starts[starts.length - 1], 'previous from the first finding comes round to the last');
    await vscode.commands.executeCommand('editor.action.hideHover');
  });
});
