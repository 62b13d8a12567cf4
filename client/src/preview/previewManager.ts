import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { PreviewState } from '#protocol/webview';
import { PREVIEW_VIEW_TYPE, PreviewPanel } from './previewPanel';
import { PreviewStrings } from './strings';

/**
 * Opens side-by-side previews (one per document), restores them after a window reload,
 * and keeps each in step with its editor: edits update it, moving the cursor highlights
 * the segment, scrolling the editor scrolls the preview.
 */
export class PreviewManager implements vscode.Disposable {
  private readonly panels = new Map<string, PreviewPanel>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly client: LanguageClient,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state: PreviewState | undefined) => {
          if (!state?.uri) {
            panel.dispose();
            return;
          }
          this.track(new PreviewPanel(panel, vscode.Uri.parse(state.uri), state, this.client, this.extensionUri));
        },
      }),
      vscode.workspace.onDidChangeTextDocument((e) => this.panels.get(e.document.uri.toString())?.scheduleUpdate()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        for (const uri of e.uris) this.panels.get(uri.toString())?.scheduleUpdate(120);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        this.panels.get(e.textEditor.document.uri.toString())?.revealOffset(e.textEditor.document.offsetAt(e.selections[0].active), true);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        const panel = this.panels.get(e.textEditor.document.uri.toString());
        const top = e.visibleRanges[0]?.start;
        if (panel && top) panel.revealOffset(e.textEditor.document.offsetAt(top), false);
      }),
    );
  }

  /** Opens (or shows) the preview of a document; beside the editor with `toSide`. */
  async open(uri: vscode.Uri | undefined, toSide: boolean): Promise<PreviewPanel | undefined> {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!target) {
      void vscode.window.showInformationMessage(PreviewStrings.openFirst);
      return undefined;
    }
    const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    const existing = this.panels.get(target.toString());
    if (existing) {
      existing.panel.reveal(column, true);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, PreviewStrings.panelTitle, { viewColumn: column, preserveFocus: true }, { enableScripts: true, retainContextWhenHidden: false });
    return this.track(new PreviewPanel(panel, target, {}, this.client, this.extensionUri));
  }

  /** The open preview of a document, if any. */
  get(uri: vscode.Uri): PreviewPanel | undefined {
    return this.panels.get(uri.toString());
  }

  dispose(): void {
    for (const p of this.panels.values()) p.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private track(panel: PreviewPanel): PreviewPanel {
    const key = panel.uri.toString();
    this.panels.set(key, panel);
    panel.onDidDispose(() => {
      if (this.panels.get(key) === panel) this.panels.delete(key);
    });
    return panel;
  }
}
