import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SxsDocsApi } from '../../client/src/extension';
import { browserRequest, hoverText, sampleUri, screenshot, withDeadline } from './util';

const NEW = ['contoso-docs-pr.de-DE', 'articles', 'new-device.md'];
const ENGLISH = 'Contoso Drive keeps a copy of your files on each device you sign in to.';
const HT_TRANSLATION = 'Contoso Drive speichert eine Kopie Ihrer Dateien auf jedem Gerät, auf dem Sie sich anmelden.';

/** A machine-translated German file whose one segment's English differs from sync-files.md's 104 by one word. */
const NEW_FILE = [
  '---',
  'title: Neues Gerät',
  'ms.translationtype: MT',
  'ms.contentlocale: de-DE',
  'ms.lasthandoff: 03/20/2024',
  '---',
  '',
  `<span data-ttu-id="9c1d2-104">Contoso-Laufwerk hält eine Kopie von Ihre Dateien auf jedem Apparat.</span><span class="sxs-lookup"><span data-stu-id="9c1d2-104">${ENGLISH}</span></span>`,
  '',
].join('\n');

async function api(): Promise<SxsDocsApi> {
  const extension = vscode.extensions.getExtension<SxsDocsApi>('sxs-docs.sxs-docs');
  assert.ok(extension, 'the extension is not installed');
  return withDeadline(extension.activate(), 'the extension to activate');
}

/** Asks again, each time the view has shown its answer, until `check` holds; rejects at the deadline. */
async function untilMatches(view: SxsDocsApi['memory']['matches'], check: () => boolean, what: string): Promise<void> {
  await withDeadline(
    (async () => {
      while (!check()) await view.refresh();
    })(),
    what,
  );
}

describe('VS Code: translation memory and glossary', () => {
  const uri = sampleUri(...NEW);
  const glossary = sampleUri('terms.csv');

  before(async () => {
    await vscode.workspace.fs.writeFile(glossary, new TextEncoder().encode('english,locale,translation,status\ndevice,de-DE,Gerät,approved\n'));
    await vscode.workspace.getConfiguration('sxsDocs').update('terminology.glossaries', ['terms.csv'], vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(NEW_FILE));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('sxsDocs').update('terminology.glossaries', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(uri);
    await vscode.workspace.fs.delete(glossary);
  });

  it('shows the human translation of a like sentence in the Matches view, following the cursor, and the hover line and glossary term', async () => {
    const { memory, reading } = await api();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    assert.ok(await withDeadline(reading.ready(editor.document), 'the server to read the document'));
    const at = editor.document.positionAt(editor.document.getText().indexOf('Contoso-Laufwerk') + 3);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('sxsDocs.matches.focus');
    await untilMatches(memory.matches, () => memory.matches.matches?.matches[0]?.percent === 93, 'the 93% match in the Matches view');
    const best = memory.matches.matches!.matches[0];
    assert.equal(best.translationType, 'HT');
    assert.equal(best.translation, HT_TRANSLATION);
    assert.deepEqual(best.diff.filter((c) => c.kind !== 'same'), [
      { kind: 'removed', text: 'every' },
      { kind: 'added', text: 'each' },
    ]);
    await vscode.window.showTextDocument(editor.document);
    await screenshot('memory-matches', { waitFor: '[id="workbench.view.extension.sxsDocs"] .monaco-list-row' });

    const hovers = await withDeadline(vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at), 'the hover');
    const text = hoverText(hovers);
    assert.match(text, /`device` → `Gerät`/);
    assert.match(text, /Translation memory: 1 match \(93% HT\)/);
  });

  it('applies the best match to the translation text only, on the user\'s command', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const before = editor.document.getText();
    assert.ok(await vscode.commands.executeCommand<boolean>('sxsDocs.applyBestMatch'));
    assert.equal(editor.document.getText(), before.replace('Contoso-Laufwerk hält eine Kopie von Ihre Dateien auf jedem Apparat.', HT_TRANSLATION));
    await vscode.commands.executeCommand('undo');
  });

  it('finds a phrase in the English with the concordance, the hit highlighted', async () => {
    const { memory } = await api();
    await memory.concordance.run({ phrase: 'copy of your files', locale: 'de-DE', side: 'english' });
    const shown = memory.concordance.shown;
    assert.deepEqual(shown.map((p) => p.segment).sort(), ['4b7e2-104', '9c1d2-104']);
    assert.ok(shown.every((p) => p.english.slice(p.hits[0].start, p.hits[0].end) === 'copy of your files'));
    const rows = await browserRequest<string[]>({ kind: 'pageText', selector: '[id="workbench.view.extension.sxsDocs"] .monaco-list-row:has(.highlight)' });
    assert.ok(rows?.some((r) => r.includes('copy of your files')), JSON.stringify(rows));
    await screenshot('memory-concordance', { waitFor: '[id="workbench.view.extension.sxsDocs"] .monaco-list-row .highlight' });
  });
});
