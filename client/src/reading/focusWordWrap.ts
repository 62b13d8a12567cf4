import * as vscode from 'vscode';

const TOGGLE_WORD_WRAP = 'editor.action.toggleWordWrap';

/**
 * Word wrap while "Focus on Translation" is on. The editor wraps a line where its whole text
 * would wrap, hidden markup included (a decoration cannot move a wrap point), so a table row
 * or a heading that wraps shows in pieces with blank gaps once its markup is hidden. While
 * focus is on, the active editor of a localized document therefore has word wrap turned off,
 * and each source line stays one line; when focus goes off, word wrap comes back in each
 * document as soon as its editor is active again.
 *
 * The switch is VS Code's own View: Toggle Word Wrap, which VS Code keeps per document for
 * the session and which acts on the active editor only: the extension API has no other way
 * to set word wrap for one editor without writing the user's settings.
 */
export class FocusWordWrap implements vscode.Disposable {
  /** The documents whose word wrap this turned off, to turn back on. */
  private readonly unwrapped = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];
  private focus = false;
  private syncing: Promise<void> = Promise.resolve();

  /** `applies`: whether focus hides anything in the document (a localized Markdown file whose markup is known). */
  constructor(private readonly applies: (document: vscode.TextDocument) => boolean) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.sync()),
      vscode.workspace.onDidCloseTextDocument((d) => this.unwrapped.delete(d.uri.toString())),
    );
  }

  /** Follows "Focus on Translation" being turned on or off; resolves once the active editor is set. */
  setFocus(on: boolean): Promise<void> {
    this.focus = on;
    return this.sync();
  }

  /** Word wrap is off in the document because focus is on. */
  isUnwrapped(document: vscode.TextDocument): boolean {
    return this.unwrapped.has(document.uri.toString());
  }

  /** Checks the active editor again (its markup became known, say). */
  sync(): Promise<void> {
    this.syncing = this.syncing.then(() => this.syncActive()).catch(() => undefined);
    return this.syncing;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }

  private async syncActive(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) return;
    const key = document.uri.toString();
    if (this.focus && !this.unwrapped.has(key) && this.applies(document) && wraps(document)) {
      this.unwrapped.add(key);
      await vscode.commands.executeCommand(TOGGLE_WORD_WRAP);
    } else if (!this.focus && this.unwrapped.has(key)) {
      this.unwrapped.delete(key);
      await vscode.commands.executeCommand(TOGGLE_WORD_WRAP);
    }
  }
}

/** The document's editors wrap lines by its settings (`editor.wordWrap`, for its language). */
function wraps(document: vscode.TextDocument): boolean {
  return vscode.workspace.getConfiguration('editor', { uri: document.uri, languageId: document.languageId }).get<string>('wordWrap', 'off') !== 'off';
}
