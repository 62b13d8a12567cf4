import { COMMANDS } from '#protocol';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { WalkthroughStrings } from './strings';

/** Copies the sample workspace shipped with the extension to a folder the user picks, and opens it. */
export const OPEN_SAMPLE_COMMAND = COMMANDS.openSampleWorkspace.id;
/** The walkthrough's own category id, as `workbench.action.openWalkthrough` names it. */
export const WALKTHROUGH_ID = 'sxs-docs.sxs-docs#sxsDocs.gettingStarted';
/** Where the sample is inside the extension. */
const SAMPLE_FOLDER = ['samples', 'workspace'];
/** The name of the copy in the folder the user picks (`-2`, `-3` when it is taken). */
const COPY_NAME = 'sxs-docs-sample';
/** globalState key: the copy that was just opened, so that the new window opens its first file and the walkthrough. */
const PENDING_KEY = 'sxsDocs.sampleWorkspaceOpened';

/** Arguments for tests and other callers: copy into `target` without asking, and open the copy unless `open` is false. */
export interface OpenSampleArgs {
  readonly target?: vscode.Uri;
  readonly open?: boolean;
}

/**
 * The sample workspace is shipped inside the extension (`samples/workspace`), which is no place to
 * edit: an update replaces it, and the walkthrough's quick fix changes a file. So the command
 * copies it to a folder the user picks and opens the copy; the window that opens shows the German
 * sample file and comes back to the walkthrough.
 */
export function registerSampleWorkspace(context: vscode.ExtensionContext): vscode.Disposable {
  void resumeAfterOpen(context);
  return vscode.commands.registerCommand(OPEN_SAMPLE_COMMAND, async (args?: OpenSampleArgs) => {
    const parent = args?.target ?? (await pickParent());
    if (!parent) return undefined;
    let copy: vscode.Uri;
    try {
      copy = await freeName(parent);
      await vscode.workspace.fs.copy(vscode.Uri.joinPath(context.extensionUri, ...SAMPLE_FOLDER), copy, { overwrite: false });
    } catch (e) {
      void vscode.window.showErrorMessage(WalkthroughStrings.copyFailed(e instanceof Error ? e.message : String(e)));
      return undefined;
    }
    if (args?.open !== false) {
      await context.globalState.update(PENDING_KEY, copy.toString());
      await vscode.commands.executeCommand('vscode.openFolder', copy, { forceNewWindow: false });
    }
    return copy;
  });
}

async function pickParent(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(os.homedir()),
    title: WalkthroughStrings.pickTitle,
    openLabel: WalkthroughStrings.pickButton,
  });
  return picked?.[0];
}

/** `parent/sxs-docs-sample`, or the first of `-2`, `-3`… that does not exist yet. */
async function freeName(parent: vscode.Uri): Promise<vscode.Uri> {
  for (let n = 1; ; n++) {
    const candidate = vscode.Uri.joinPath(parent, n === 1 ? COPY_NAME : `${COPY_NAME}-${n}`);
    try {
      await vscode.workspace.fs.stat(candidate);
    } catch {
      return candidate;
    }
  }
}

/** In the window the copy opened in: show the German sample file and go back to the walkthrough. */
async function resumeAfterOpen(context: vscode.ExtensionContext): Promise<void> {
  const pending = context.globalState.get<string>(PENDING_KEY);
  if (!pending || !vscode.workspace.workspaceFolders?.some((f) => f.uri.toString() === pending)) return;
  await context.globalState.update(PENDING_KEY, undefined);
  const file = vscode.Uri.joinPath(vscode.Uri.parse(pending), 'contoso-docs-pr.de-DE', 'articles', 'sync-files.md');
  await vscode.window.showTextDocument(file, { preview: false });
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', { category: WALKTHROUGH_ID, step: `${WALKTHROUGH_ID}#hover` }, true);
}
