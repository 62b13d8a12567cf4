import type * as vscode from 'vscode';
import type { AppliedDecorations } from './readingView';

/** The reading view as the extension's API shows it (the real-VS Code tests read it). */
export interface ReadingApi {
  /** "Focus on Translation" is on. */
  readonly focusOnTranslation: boolean;
  /** The ranges dimmed and hidden in an editor now. */
  decorationsOf(editor: vscode.TextEditor): AppliedDecorations;
  /** Asks for the document's markup if needed and decorates it; true when it is known at the document's current version. */
  ready(document: vscode.TextDocument): Promise<boolean>;
}
