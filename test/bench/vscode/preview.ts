import * as vscode from 'vscode';
import { writeResults } from '../../vscode/results';
import { browserRequest, withDeadline } from '../../vscode/util';

/** Edits timed per file; the first two warm up and are not counted. */
const EDITS = 14;
const WARM_UP = 2;

export interface PreviewTimes {
  readonly file: string;
  readonly segments: number;
  /** From the command to every row shown. */
  readonly openMs: number;
  /** From each edit to its text shown in the preview, sorted. */
  readonly editMs: number[];
}

/**
 * Runs in the extension host of code-server (as `extensionTestsPath`): for each file named in
 * SXS_BENCH_FILES (paths relative to the workspace), opens the side-by-side preview and times
 * how long until all its rows show, then types a word into a translation in the middle of the
 * document again and again and times how long each takes to show in the preview. Both ends of
 * an edit are read from the same clock (`Date.now()` in the extension host when the edit is
 * made, in the webview when the word appears there), so the browser round trip of the
 * requests that ask for it is not counted. Writes the times to SXS_TEST_RESULTS.
 */
export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const files = JSON.parse(process.env.SXS_BENCH_FILES!) as string[];
  const results: PreviewTimes[] = [];
  for (const file of files) results.push(await timePreview(vscode.Uri.joinPath(folder, file), file));
  writeResults(process.env.SXS_TEST_RESULTS!, results);
}

async function timePreview(uri: vscode.Uri, file: string): Promise<PreviewTimes> {
  const editor = await vscode.window.showTextDocument(uri);
  const text = editor.document.getText();
  const segments = text.split('data-ttu-id="').length - 1;
  const started = Date.now();
  await vscode.commands.executeCommand('sxsDocs.openPreviewToSide');
  await browserRequest({ kind: 'webviewWait', expression: `document.querySelectorAll('tr.ui-row').length === ${segments}`, timeout: 120_000 }, 130_000);
  const openMs = Date.now() - started;

  // Inside the translation of the middle segment.
  let at = -1;
  for (let i = 0; i <= segments / 2; i++) at = text.indexOf('data-ttu-id="', at + 1);
  const offset = text.indexOf('">', at) + 2;
  const editMs: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const word = `zqxbench${i}`;
    // The webview notes the time when the word first shows (on the body, outside what it
    // watches: a DOM change that the wait for it sees); the edit is made after the observer is in place.
    await browserRequest({
      kind: 'webviewEval',
      expression: `(() => {
        delete document.body.dataset.sxsBenchShown;
        const app = document.getElementById('app');
        const observer = new MutationObserver(() => {
          if (app.textContent.includes(${JSON.stringify(word)})) { document.body.dataset.sxsBenchShown = String(Date.now()); observer.disconnect(); }
        });
        observer.observe(app, { subtree: true, childList: true, characterData: true });
        return true;
      })()`,
    });
    const edited = Date.now();
    const applied = await editor.edit((b) => b.insert(editor.document.positionAt(offset), `${word} `));
    if (!applied) throw new Error(`the edit of ${file} was not applied`);
    await browserRequest({ kind: 'webviewWait', expression: 'document.body.dataset.sxsBenchShown !== undefined', timeout: 30_000 }, 40_000);
    const shown = await browserRequest<number>({ kind: 'webviewEval', expression: 'Number(document.body.dataset.sxsBenchShown)' });
    if (i >= WARM_UP) editMs.push(shown! - edited);
  }
  // The workspace is a throwaway copy: saving leaves nothing for a prompt to ask about.
  await withDeadline(editor.document.save(), 'the edited copy to be saved');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  return { file, segments, openMs, editMs: editMs.sort((a, b) => a - b) };
}
