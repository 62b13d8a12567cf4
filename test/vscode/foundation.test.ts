import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, openAndCheck, sampleUri, screenshot, withDeadline, codeOf } from './util';

const RO = ['contoso-docs-pr.ro-RO', 'articles', 'sync-files.md'];

describe('VS Code: the extension end to end', () => {
  it('activates for Markdown and publishes the structural problems of a localized file', async () => {
    const uri = sampleUri(...RO);
    const { diagnostics } = await openAndCheck(uri);
    const mismatch = diagnostics.find((d) => codeOf(d) === 'id-mismatch');
    assert.ok(mismatch, JSON.stringify(diagnostics.map(codeOf)));
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.getText(mismatch.range), 'e869d-121');
    assert.equal(mismatch.severity, vscode.DiagnosticSeverity.Error);
    const extension = vscode.extensions.getExtension('sxs-docs.sxs-docs');
    assert.ok(extension?.isActive);
  });

  it('shows the English source when hovering a translated span', async () => {
    const uri = sampleUri(...RO);
    const { editor } = await openAndCheck(uri);
    const line = editor.document.lineAt(editor.document.getText().split('\n').findIndex((l) => l.includes('e869d-104')));
    const position = line.range.start.translate(0, line.text.indexOf('păstrează'));
    const hovers = await withDeadline(
      vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position),
      'the hover',
    );
    assert.match(hoverText(hovers), /Contoso Drive keeps a copy of your files/);
    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover', { waitFor: '.monaco-hover .markdown-hover' });
  });
});
