import * as vscode from 'vscode';

/** The context key that says the active editor holds a localized (sxs) document: it shows the preview button. */
export const LOCALIZED_CONTEXT = 'sxsDocs.isLocalized';

const LOCALIZED = /data-ttu-id=|^ms\.contentlocale:/m;

/** Keeps {@link LOCALIZED_CONTEXT} true while the active editor holds a localized Markdown document. */
export function trackLocalizedEditor(): vscode.Disposable {
  let current: boolean | undefined;
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    const localized = !!document && document.languageId === 'markdown' && LOCALIZED.test(document.getText());
    if (localized !== current) {
      current = localized;
      void vscode.commands.executeCommand('setContext', LOCALIZED_CONTEXT, localized);
    }
  };
  update();
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) update();
    }),
  );
}
