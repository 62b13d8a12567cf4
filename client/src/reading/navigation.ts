import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FindUntranslatedRequest, DIAGNOSTIC_SOURCE } from '#protocol';
import { READING_STRINGS } from './strings';

/** The `source` of the diagnostics this extension publishes. */
const STATUS_MS = 6000;

export type Direction = 'next' | 'previous';

/**
 * Moves the cursor to the next (or previous) sxs-docs finding of the active file, coming round
 * at the ends, and opens the hover there, which shows the finding's message and the segment's
 * English. Findings of other extensions are left to VS Code's own "Go to Next Problem".
 */
export async function goToFinding(direction: Direction): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return void vscode.window.showInformationMessage(READING_STRINGS.noEditor);
  const findings = vscode.languages
    .getDiagnostics(editor.document.uri)
    .filter((d) => d.source === DIAGNOSTIC_SOURCE)
    .sort((a, b) => a.range.start.compareTo(b.range.start) || a.range.end.compareTo(b.range.end));
  if (!findings.length) return void vscode.window.setStatusBarMessage(READING_STRINGS.noFindings, STATUS_MS);
  const at = editor.selection.active;
  let index = direction === 'next' ? findings.findIndex((d) => d.range.start.isAfter(at)) : findLastIndex(findings, (d) => d.range.start.isBefore(at));
  const wrapped = index === -1;
  if (wrapped) index = direction === 'next' ? 0 : findings.length - 1;
  const finding = findings[index];
  reveal(editor, finding.range.start);
  vscode.window.setStatusBarMessage(withWrap(READING_STRINGS.finding(index + 1, findings.length, finding.message), wrapped, direction), STATUS_MS);
  await vscode.commands.executeCommand('editor.action.showHover');
}

/**
 * Moves the cursor to the start of the next (or previous) untranslated segment's translation:
 * one whose translation is empty or reads the same as its English (see the server's
 * `isUntranslated`), coming round at the ends.
 */
export async function goToUntranslated(client: LanguageClient, direction: Direction): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return void vscode.window.showInformationMessage(READING_STRINGS.noEditor);
  const params: FindUntranslatedRequest.Params = {
    textDocument: { uri: client.code2ProtocolConverter.asUri(editor.document.uri) },
    position: client.code2ProtocolConverter.asPosition(editor.selection.active),
    direction,
  };
  const match = await client.sendRequest(FindUntranslatedRequest.type, params);
  if (!match) return void vscode.window.setStatusBarMessage(READING_STRINGS.noUntranslated, STATUS_MS);
  reveal(editor, client.protocol2CodeConverter.asRange(match.range).start);
  const describe = match.reason === 'empty' ? READING_STRINGS.untranslatedEmpty : READING_STRINGS.untranslatedSame;
  vscode.window.setStatusBarMessage(withWrap(describe(match.ordinal, match.total, match.id), match.wrapped, direction), STATUS_MS);
}

function reveal(editor: vscode.TextEditor, position: vscode.Position): void {
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function withWrap(message: string, wrapped: boolean, direction: Direction): string {
  if (!wrapped) return message;
  return direction === 'next' ? READING_STRINGS.wrappedTop(message) : READING_STRINGS.wrappedBottom(message);
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
