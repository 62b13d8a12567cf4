import * as vscode from 'vscode';
import { createDocsMarkdown, type DocsMarkdown } from '../../../server/src/core/preview/markdown';

const MAX_CACHED = 20_000;

/**
 * Renders document Markdown for one preview: images resolve to webview resources when
 * they are files inside the workspace (remote images are never loaded). Rendered cells are
 * cached by their text, so an edit re-renders only the segments it changed.
 */
export class CellRenderer {
  private readonly markdown: DocsMarkdown;
  private readonly cache = new Map<string, string>();

  constructor(
    private readonly webview: vscode.Webview,
    private readonly document: vscode.Uri,
  ) {
    this.markdown = createDocsMarkdown({ resolveImage: (src) => this.resolveImage(src) });
  }

  inline(text: string): string {
    let html = this.cache.get(text);
    if (html === undefined) {
      html = this.markdown.renderInline(text);
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(text, html);
    }
    return html;
  }

  renderDocument(text: string): string {
    return this.markdown.render(text);
  }

  /** The origin images may load from: the webview's resource origin. */
  resourceBase(): string {
    const uri = this.webview.asWebviewUri(this.document).toString();
    try {
      return `${new URL(uri).origin}/`;
    } catch {
      return uri;
    }
  }

  private resolveImage(src: string): string | undefined {
    if (!src || /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) return undefined;
    let path: string;
    try {
      path = decodeURI(src.split(/[?#]/)[0]);
    } catch {
      return undefined;
    }
    const target = path.startsWith('/')
      ? vscode.Uri.joinPath(vscode.workspace.getWorkspaceFolder(this.document)?.uri ?? this.document, path)
      : vscode.Uri.joinPath(this.document, '..', path);
    if (!vscode.workspace.getWorkspaceFolder(target)) return undefined;
    return this.webview.asWebviewUri(target).toString();
  }
}
