import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openAndCheck, sampleUri } from '../vscode/util';

describe('VS Code: the packaged .vsix', () => {
  it('is installed from the .vsix (not loaded from the sources) and activates on a localized file', async () => {
    const extension = vscode.extensions.getExtension('sxs-docs.sxs-docs');
    assert.ok(extension, 'sxs-docs.sxs-docs is not installed');
    assert.match(extension.extensionPath, /sxs-docs\.sxs-docs-\d+\.\d+\.\d+/);
    const { diagnostics } = await openAndCheck(sampleUri('contoso-docs-pr.ro-RO', 'articles', 'sync-files.md'));
    assert.ok(diagnostics.some((d) => d.code === 'id-mismatch'));
    assert.ok(extension.isActive);
  });
});
