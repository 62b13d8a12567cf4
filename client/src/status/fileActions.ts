import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CounterpartsRequest, COMMANDS } from '#protocol';
import type { FileStatus } from './fileStatus';
import { StatusStrings } from './strings';

/** The command the status bar item runs: a quick menu of what to do with the active file. */
export const FILE_ACTIONS_COMMAND = COMMANDS.showFileActions.id;

interface ActionItem extends vscode.QuickPickItem {
  readonly run: () => Thenable<unknown>;
}

/** Registers {@link FILE_ACTIONS_COMMAND}: open the preview, a counterpart, the English source when stale, or the findings. */
export function registerFileActions(client: LanguageClient, status: FileStatus): vscode.Disposable {
  return vscode.commands.registerCommand(FILE_ACTIONS_COMMAND, async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const picked = await vscode.window.showQuickPick(await actions(client, status, editor), { title: StatusStrings.menuTitle, matchOnDetail: true });
    return picked?.run();
  });
}

async function actions(client: LanguageClient, status: FileStatus, editor: vscode.TextEditor): Promise<ActionItem[]> {
  const state = status.state?.uri === editor.document.uri.toString() ? status.state : undefined;
  // An English source has no preview and no findings of its own: its locale versions.
  if (state?.translations) return [{ label: `$(go-to-file) ${StatusStrings.openCounterpart}`, detail: StatusStrings.openCounterpartEnglishDetail, run: () => vscode.commands.executeCommand(COMMANDS.openCounterpart.id) }];
  const items: ActionItem[] = [
    { label: `$(open-preview) ${StatusStrings.openPreview}`, detail: StatusStrings.openPreviewDetail, run: () => vscode.commands.executeCommand(COMMANDS.openPreviewToSide.id, editor.document.uri) },
    { label: `$(go-to-file) ${StatusStrings.openCounterpart}`, detail: StatusStrings.openCounterpartDetail, run: () => vscode.commands.executeCommand(COMMANDS.openCounterpart.id) },
  ];
  if (state?.stale) {
    const english = await englishLocale(client, editor);
    if (english) items.push({ label: `$(history) ${StatusStrings.openEnglish}`, detail: StatusStrings.openEnglishDetail, run: () => vscode.commands.executeCommand(COMMANDS.openCounterpartToSide.id, { locale: english }) });
  }
  const findings = state?.findings ?? 0;
  items.push(
    findings
      ? { label: `$(warning) ${StatusStrings.showFindings(findings)}`, detail: StatusStrings.showFindingsDetail, run: showFindings }
      : { label: `$(check) ${StatusStrings.noFindings}`, run: () => Promise.resolve() },
  );
  return items;
}

/** The locale of the document's English source, when the index knows it. */
async function englishLocale(client: LanguageClient, editor: vscode.TextEditor): Promise<string | undefined> {
  try {
    const result = await client.sendRequest(CounterpartsRequest.type, { textDocument: { uri: client.code2ProtocolConverter.asUri(editor.document.uri) } });
    return result.versions.find((v) => v.english)?.locale;
  } catch {
    return undefined;
  }
}

/** Opens the Problems panel and goes to the file's first finding (with its hover). */
async function showFindings(): Promise<void> {
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  const editor = vscode.window.activeTextEditor;
  if (editor) {
    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand(COMMANDS.goToNextFinding.id);
  }
}
