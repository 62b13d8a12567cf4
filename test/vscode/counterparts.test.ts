import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { sampleUri, screenshot, waitForDiagnostics, withDeadline, codeOf } from './util';

function versionUri(locale: string): vscode.Uri {
  return locale === 'en-US' ? sampleUri('contoso-docs', 'articles', 'sync-files.md') : sampleUri(`contoso-docs-pr.${locale}`, 'articles', 'sync-files.md');
}

/** The range of the translated text of segment `number` in a document. */
function segmentRange(document: vscode.TextDocument, number: string): vscode.Range {
  const text = document.getText();
  const open = new RegExp(`<span data-ttu-id="[0-9a-f]{5}-${number}">`).exec(text);
  assert.ok(open, `segment ${number} in ${document.uri.path}`);
  const start = open.index + open[0].length;
  return new vscode.Range(document.positionAt(start), document.positionAt(text.indexOf('</span>', start)));
}

async function showAtSegment(locale: string, number: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(versionUri(locale));
  const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
  const at = segmentRange(document, number).start.translate(0, 3);
  editor.selection = new vscode.Selection(at, at);
  return editor;
}

describe('VS Code: counterparts across locales', () => {
  before(async () => {
    // The cross-locale check of the stale ro-RO version appears once the locale index is built.
    const ro = versionUri('ro-RO');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(ro));
    await waitForDiagnostics(ro, (d) => d.some((x) => codeOf(x) === 'stale-translation'), 60_000);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Go to Definition on a segment returns the same segment in every other locale and the English', async () => {
    const editor = await showAtSegment('de-DE', '115');
    const results = await withDeadline(
      vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', editor.document.uri, editor.selection.active),
      'the definitions',
    );
    const targets = results.map((r) => ('targetUri' in r ? { uri: r.targetUri, range: r.targetSelectionRange ?? r.targetRange } : r));
    assert.deepEqual(targets.map((t) => t.uri.toString()).sort(), ['en-US', 'fi-FI', 'it-IT', 'ro-RO'].map((l) => versionUri(l).toString()).sort());
    for (const target of targets) {
      const document = await vscode.workspace.openTextDocument(target.uri);
      if (target.uri.toString() === versionUri('en-US').toString()) assert.equal(document.getText(target.range), 'The first sync can take up to 30 minutes.');
      else assert.deepEqual(target.range, segmentRange(document, '115'), target.uri.path);
    }
    await vscode.commands.executeCommand('editor.action.peekDefinition');
    await screenshot('counterparts-peek', { waitFor: '.peekview-widget .monaco-list-row' });
  });

  it('on a sentence of the English source, the hover shows its translations and Go to Definition goes to each', async () => {
    const document = await vscode.workspace.openTextDocument(versionUri('en-US'));
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const sentence = 'The first sync can take up to 30 minutes.';
    const start = document.positionAt(document.getText().indexOf(sentence));
    const at = start.translate(0, 4);
    editor.selection = new vscode.Selection(at, at);
    const locales = ['de-DE', 'fi-FI', 'it-IT', 'ro-RO'];
    const translations = new Map<string, string>();
    for (const locale of locales) {
      const version = await vscode.workspace.openTextDocument(versionUri(locale));
      translations.set(locale, version.getText(segmentRange(version, '115')));
    }
    const hovers = await withDeadline(vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at), 'the hover');
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Translations of this sentence/);
    for (const locale of locales) assert.ok(text.includes(`| ${translations.get(locale)} |`), `${locale}: ${text}`);
    const results = await withDeadline(vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, at), 'the definitions');
    const targets = results.map((r) => ('targetUri' in r ? { uri: r.targetUri, range: r.targetSelectionRange ?? r.targetRange } : r));
    assert.deepEqual(targets.map((t) => t.uri.toString()).sort(), locales.map((l) => versionUri(l).toString()).sort());
    for (const target of targets) {
      const version = await vscode.workspace.openTextDocument(target.uri);
      assert.deepEqual(target.range, segmentRange(version, '115'), target.uri.path);
    }
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('english-source-hover', { waitFor: '.monaco-hover table' });
  });

  it('"Open Counterpart" opens the chosen locale at the same segment', async () => {
    await showAtSegment('de-DE', '113');
    const opened = await withDeadline(vscode.commands.executeCommand<vscode.TextEditor>('sxsDocs.openCounterpart', { locale: 'fi-FI' }), 'the counterpart');
    const active = vscode.window.activeTextEditor;
    assert.equal(active?.document.uri.toString(), versionUri('fi-FI').toString());
    assert.equal(opened?.document.uri.toString(), versionUri('fi-FI').toString());
    assert.deepEqual(active!.selection.active, segmentRange(active!.document, '113').start);
  });

  it('"Open Counterpart to the Side" opens it beside, at a paragraph segment for the sentences it stands for', async () => {
    await showAtSegment('de-DE', '125');
    await withDeadline(vscode.commands.executeCommand('sxsDocs.openCounterpartToSide', { locale: 'it-IT' }), 'the counterpart');
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.uri.toString(), versionUri('it-IT').toString());
    assert.equal(active.viewColumn, vscode.ViewColumn.Two);
    assert.deepEqual(active.selection.active, segmentRange(active.document, 'p124').start);
  });

  it('next and previous locale go round the versions in order, at the same segment', async () => {
    await showAtSegment('fi-FI', '109');
    await withDeadline(vscode.commands.executeCommand('sxsDocs.nextLocale'), 'the next locale');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), versionUri('it-IT').toString());
    await withDeadline(vscode.commands.executeCommand('sxsDocs.nextLocale'), 'the next locale');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), versionUri('ro-RO').toString());
    await withDeadline(vscode.commands.executeCommand('sxsDocs.nextLocale'), 'the next locale');
    const english = vscode.window.activeTextEditor!;
    assert.equal(english.document.uri.toString(), versionUri('en-US').toString());
    assert.equal(english.document.lineAt(english.selection.active.line).text.includes('Manage sync for your organization'), true);
    await withDeadline(vscode.commands.executeCommand('sxsDocs.previousLocale'), 'the previous locale');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), versionUri('ro-RO').toString());
  });

  it('"Open Counterpart…" offers every other locale in a quick pick', async () => {
    await showAtSegment('de-DE', '104');
    const picked = vscode.commands.executeCommand('sxsDocs.openCounterpart');
    await screenshot('counterparts-pick', { waitFor: '.quick-input-widget .quick-input-list .monaco-list-row' });
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await withDeadline(picked, 'the quick pick');
    // The first entry is the English source.
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), versionUri('en-US').toString());
  });
});
