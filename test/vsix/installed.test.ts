import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { openAndCheck, sampleUri } from '../vscode/util';

describe('VS Code: the packaged .vsix', () => {
  it('is installed from the .vsix (not loaded from the sources) and activates on a localized file', async () => {
    const extension = vscode.extensions.getExtension('sxs-docs.sxs-docs');
    assert.ok(extension, 'sxs-docs.sxs-docs is not installed');
    assert.match(extension.extensionPath, /sxs-docs\.sxs-docs-\d+\.\d+\.\d+/);
    const { diagnostics } = await openAndCheck(sampleUri('contoso-docs-pr.ro-RO', 'articles', 'sync-files.md'));
    assert.ok(diagnostics.some((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'id-mismatch'));
    assert.ok(extension.isActive);
  });
});

describe('VS Code: what the .vsix ships for the walkthrough and the languages', () => {
  it('has the walkthrough media, the sample workspace and every translation', async () => {
    const extension = vscode.extensions.getExtension('sxs-docs.sxs-docs')!;
    const manifest = extension.packageJSON as { contributes: { walkthroughs: { steps: { media: Record<string, string> }[] }[] } };
    const files = manifest.contributes.walkthroughs.flatMap((w) => w.steps.flatMap((s) => Object.entries(s.media).filter(([k]) => k !== 'altText').map(([, v]) => v)));
    files.push('samples/workspace/contoso-docs-pr.de-DE/articles/sync-files.md');
    for (const language of ['de', 'fi', 'it', 'ro', 'zh-tw']) files.push(`package.nls.${language}.json`, `l10n/bundle.l10n.${language}.json`);
    for (const file of files) await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, file)).then(undefined, () => assert.fail(`the .vsix lacks ${file}`));
  });

  it('copies the sample workspace from the installed extension', async () => {
    const parent = vscode.Uri.joinPath(vscode.Uri.file(os.tmpdir()), `sxs-vsix-${Date.now()}`);
    await vscode.workspace.fs.createDirectory(parent);
    try {
      const copy = await vscode.commands.executeCommand<vscode.Uri>('sxsDocs.openSampleWorkspace', { target: parent, open: false });
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(copy, 'contoso-docs', 'articles', 'sync-files.md'));
    } finally {
      await vscode.workspace.fs.delete(parent, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
  });
});
