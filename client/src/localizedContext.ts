import { IsLocalizedRequest } from '#protocol';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** The context key that says the active editor holds a localized (sxs) document: it shows the preview button. */
export const LOCALIZED_CONTEXT = 'sxsDocs.isLocalized';

/**
 * Keeps {@link LOCALIZED_CONTEXT} true while the active editor holds a localized Markdown
 * document, as the server reads it (the client runs no pattern of its own over the text).
 * One question at a time: edits made while one is asked lead to one more question, of the
 * version current then; an answer for an older version is not used.
 */
export function trackLocalizedEditor(client: LanguageClient): vscode.Disposable {
  let current: boolean | undefined;
  let asking = false;
  let again = false;
  let disposed = false;
  const set = (localized: boolean) => {
    if (localized === current) return;
    current = localized;
    void vscode.commands.executeCommand('setContext', LOCALIZED_CONTEXT, localized);
  };
  const update = async (): Promise<void> => {
    if (asking) {
      again = true;
      return;
    }
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'markdown') return set(false);
    asking = true;
    try {
      const answer = await client.sendRequest(IsLocalizedRequest.type, { textDocument: { uri: document.uri.toString() } });
      if (!disposed && answer && answer.version === document.version && document === vscode.window.activeTextEditor?.document) set(answer.localized);
    } catch {
      // The server is restarting; the next edit or editor change asks again.
    } finally {
      asking = false;
    }
    if (again && !disposed) {
      again = false;
      void update();
    }
  };
  void update();
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) void update();
    }),
    { dispose: () => (disposed = true) },
  );
}
