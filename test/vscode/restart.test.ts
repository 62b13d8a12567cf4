import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { hoverText, sampleUri, waitForDiagnostics, withDeadline, codeOf } from './util';

/** The language server processes this extension host started. */
function serverPids(): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => /dist[/\\]server\.js/.test(line))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

describe('VS Code: a crashed server comes back', () => {
  it('restarts the server after it is killed, and its diagnostics come back', async function () {
    if (process.platform === 'win32') this.skip();
    const uri = sampleUri('contoso-docs-pr.ro-RO', 'articles', 'sync-files.md');
    await vscode.window.showTextDocument(uri);
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'id-mismatch'));
    const [before] = serverPids();
    assert.ok(before, 'no language server process under the extension host');

    // The client clears the diagnostics when the connection drops, and the new server publishes them again.
    const cleared = waitForDiagnostics(uri, (d) => !d.some((x) => x.source === 'sxs-docs'), 30_000);
    process.kill(before, 'SIGKILL');
    await cleared;
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'id-mismatch'), 30_000);
    const after = serverPids();
    assert.ok(after.length === 1 && after[0] !== before, `server processes before ${before}, after ${after.join(', ')}`);
    // A hover on segment 104's translation shows its English: only the new server can answer it.
    const document = await vscode.workspace.openTextDocument(uri);
    const line = document.lineAt(document.getText().split('\n').findIndex((l) => l.includes('e869d-104')));
    const position = line.range.start.translate(0, line.text.indexOf('păstrează'));
    const hovers = await withDeadline(
      vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position),
      'a hover from the new server',
    );
    assert.match(hoverText(hovers), /Contoso Drive keeps a copy of your files/);
  });
});
