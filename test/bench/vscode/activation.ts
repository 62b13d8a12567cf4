import * as vscode from 'vscode';
import { writeResults } from '../../vscode/results';

/**
 * Runs in the extension host of code-server (as `extensionTestsPath`): opens a localized
 * sample, which activates the extension, and times how long until its first diagnostics,
 * beside how long VS Code itself took to show the document. Writes the times to
 * SXS_TEST_RESULTS.
 */
export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const uri = vscode.Uri.joinPath(folder, 'contoso-docs-pr.ro-RO', 'articles', 'sync-files.md');
  const extension = vscode.extensions.getExtension('sxs-docs.sxs-docs');
  const wasActive = extension?.isActive ?? false;
  const diagnosed = new Promise<number>((resolve) => {
    const check = () => {
      if (vscode.languages.getDiagnostics(uri).some((d) => d.source === 'sxs-docs')) {
        listener.dispose();
        resolve(performance.now());
      }
    };
    const listener = vscode.languages.onDidChangeDiagnostics(check);
  });
  const started = performance.now();
  await vscode.window.showTextDocument(uri);
  const shown = performance.now();
  const deadline = new Promise<number>((_, reject) => setTimeout(() => reject(new Error('no diagnostics within 60 s')), 60_000));
  const firstDiagnostics = await Promise.race([diagnosed, deadline]);
  const out = process.env.SXS_TEST_RESULTS!;
  writeResults(out, { wasActive, openMs: shown - started, diagnosticsMs: firstDiagnostics - started });
}
