import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openAndCheck, sampleUri, screenshot, waitForDiagnostics, withDeadline, codeOf } from './util';

const IT = ['contoso-docs-pr.it-IT', 'articles', 'sync-files.md'];
const FI = ['contoso-docs-pr.fi-FI', 'articles', 'sync-files.md'];

async function quickFixes(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await withDeadline(
    vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value),
    'the code actions',
  );
  return actions.filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

describe('VS Code: the checks and their quick fixes', () => {
  it('flags a translation defect on its token and fixes it with the quick fix', async () => {
    const uri = sampleUri(...IT);
    const { editor } = await openAndCheck(uri);
    const document = editor.document;
    // The rule is off by default (a wider gap is no defect a reader sees): turned on, as a team that wants tidy spacing does.
    await vscode.workspace.getConfiguration('sxsDocs', uri).update('rules.double-space', 'hint', vscode.ConfigurationTarget.Workspace);
    try {
      const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'double-space'));
      const double = diagnostics.find((d) => codeOf(d) === 'double-space');
      assert.ok(double, JSON.stringify(diagnostics.map(codeOf)));
      // A no-break space beside a space shows as a wider gap: a hint (spaces Markdown collapses are none).
      assert.equal(document.getText(double.range), ' \u00a0');
      assert.equal(double.severity, vscode.DiagnosticSeverity.Hint);
      const fragment = diagnostics.find((d) => codeOf(d) === 'link-text-fragment');
      assert.equal(fragment && document.getText(fragment.range), 'risoluzione');

      editor.selection = new vscode.Selection(double.range.start, double.range.start);
      editor.revealRange(double.range, vscode.TextEditorRevealType.InCenter);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await screenshot('checks-problems', { waitFor: '.markers-panel' });
      const fix = (await quickFixes(uri, double)).find((a) => a.title === 'Remove the extra spaces');
      assert.ok(fix?.edit, 'the quick fix has an edit');
      const line = double.range.start.line;
      const before = document.lineAt(line).text;
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.equal(document.lineAt(line).text, before.replace('disconnettersi \u00a0e', 'disconnettersi e'));
      await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'link-text-fragment') && !d.some((x) => codeOf(x) === 'double-space'));
      await vscode.commands.executeCommand('workbench.action.files.revert');
    } finally {
      await vscode.workspace.getConfiguration('sxsDocs', uri).update('rules.double-space', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('turns a rule off in the settings from its quick fix', async () => {
    const uri = sampleUri(...FI);
    const { diagnostics } = await openAndCheck(uri);
    const note = diagnostics.find((d) => codeOf(d) === 'link-text-fragment');
    assert.ok(note, JSON.stringify(diagnostics.map(codeOf)));
    const turnOff = (await quickFixes(uri, note)).find((a) => a.title === 'Turn off the link-text-fragment rule in settings');
    assert.ok(turnOff?.command, 'the quick fix runs a command');
    try {
      await vscode.commands.executeCommand(turnOff.command.command, ...(turnOff.command.arguments ?? []));
      assert.equal(vscode.workspace.getConfiguration('sxsDocs', uri).get('rules.link-text-fragment'), 'off');
      await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'mt-artifact') && !d.some((x) => codeOf(x) === 'link-text-fragment'));
    } finally {
      await vscode.workspace.getConfiguration('sxsDocs', uri).update('rules.link-text-fragment', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
