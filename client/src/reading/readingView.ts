import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FOCUS_CONTEXT_KEY, READING_SETTINGS } from './commands';
import { FocusWordWrap } from './focusWordWrap';
import { fetchMarkup, type DocumentMarkup } from './markupRangesClient';

/** How long after the last edit the markup is asked for again. */
const REFRESH_DELAY_MS = 150;
/** How often to ask again for a document the server does not have yet (it is being opened). */
const UNKNOWN_RETRIES = 5;
const DEFAULT_OPACITY = 0.45;

/** What the view has put on an editor: for the extension's API, which tests read. */
export interface AppliedDecorations {
  readonly dimmed: readonly vscode.Range[];
  readonly hidden: readonly vscode.Range[];
}

/**
 * Makes the markup of localized Markdown get out of the way of the translation: dims the
 * English lookups, the translation span tags with their ids, and the heading anchors
 * (`sxsDocs.reading.dimMarkup`), and in "Focus on Translation" hides them on every line but
 * the ones holding a cursor or selection, where they show dimmed so that editing stays exact
 * (and turns word wrap off in the active editor, so that each line stays one line).
 * The ranges come from the server's model of the document, asked again after edits.
 */
export class ReadingView implements vscode.Disposable {
  private dimType: vscode.TextEditorDecorationType;
  /** `display: none` through the decoration's CSS: the one way the editor API offers to hide text. */
  private readonly hiddenType = vscode.window.createTextEditorDecorationType({
    textDecoration: 'none; display: none',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly markup = new Map<string, DocumentMarkup>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly retries = new Map<string, number>();
  private readonly applied = new Map<vscode.TextEditor, AppliedDecorations>();
  private readonly disposables: vscode.Disposable[] = [];
  private focus = false;
  private readonly wordWrap = new FocusWordWrap((document) => this.hasMarkup(document));

  constructor(private readonly client: LanguageClient) {
    this.dimType = createDimType(this.opacity());
    this.disposables.push(
      this.wordWrap,
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshVisible()),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.window.onDidChangeTextEditorSelection((e) => this.focus && this.apply(e.textEditor)),
      vscode.workspace.onDidChangeConfiguration((e) => this.configurationChanged(e)),
    );
    void vscode.commands.executeCommand('setContext', FOCUS_CONTEXT_KEY, false);
    this.refreshVisible();
  }

  get focusOnTranslation(): boolean {
    return this.focus;
  }

  /** Turns "Focus on Translation" on or off in every editor; resolves once the active editor's word wrap follows. */
  async setFocus(on: boolean): Promise<void> {
    this.focus = on;
    void vscode.commands.executeCommand('setContext', FOCUS_CONTEXT_KEY, on);
    for (const editor of vscode.window.visibleTextEditors) this.apply(editor);
    await this.wordWrap.setFocus(on);
  }

  /** The ranges currently dimmed and hidden in an editor. */
  decorationsOf(editor: vscode.TextEditor): AppliedDecorations {
    return this.applied.get(editor) ?? { dimmed: [], hidden: [] };
  }

  /** Asks for the markup of the document if it is not known at its current version; true when it then is. */
  async ready(document: vscode.TextDocument): Promise<boolean> {
    await this.load(document);
    return this.markup.get(document.uri.toString())?.version === document.version;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.disposables.forEach((d) => d.dispose());
    this.dimType.dispose();
    this.hiddenType.dispose();
  }

  private refreshVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (isMarkdown(editor.document)) void this.load(editor.document);
    }
  }

  private schedule(document: vscode.TextDocument): void {
    if (!isMarkdown(document) || document.isClosed || !vscode.window.visibleTextEditors.some((e) => e.document === document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.load(document);
      }, REFRESH_DELAY_MS),
    );
  }

  private async load(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    if (this.markup.get(key)?.version === document.version) return this.applyTo(document);
    try {
      const markup = await fetchMarkup(this.client, document);
      // A stale answer: the document changed meanwhile, and its change schedules another load.
      if (markup === 'stale') return;
      if (markup === 'unknown') return this.retry(document);
      this.retries.delete(key);
      this.markup.set(key, markup);
      this.applyTo(document);
    } catch {
      // The server is restarting or the document went away: the next change or editor asks again.
    }
  }

  private retry(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const count = this.retries.get(key) ?? 0;
    if (count >= UNKNOWN_RETRIES) return;
    this.retries.set(key, count + 1);
    this.schedule(document);
  }

  private applyTo(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.apply(editor);
    // A document opened while focus is on: its markup is known only now.
    if (this.focus) void this.wordWrap.sync();
  }

  private hasMarkup(document: vscode.TextDocument): boolean {
    const markup = this.markup.get(document.uri.toString());
    return !!markup && markup.lookups.length + markup.tags.length + markup.anchors.length > 0;
  }

  private apply(editor: vscode.TextEditor): void {
    const markup = this.markup.get(editor.document.uri.toString());
    const all = markup ? [...markup.lookups, ...markup.tags, ...markup.anchors] : [];
    let dimmed: vscode.Range[] = [];
    const hidden: vscode.Range[] = [];
    if (this.focus) {
      const editing = editor.selections.map((s) => [s.start.line, s.end.line] as const);
      const onEditingLine = (r: vscode.Range) => editing.some(([from, to]) => r.start.line <= to && r.end.line >= from);
      for (const r of all) (onEditingLine(r) ? dimmed : hidden).push(r);
    } else if (this.dimEnabled(editor.document)) {
      dimmed = all;
    }
    editor.setDecorations(this.dimType, dimmed);
    editor.setDecorations(this.hiddenType, hidden);
    this.applied.set(editor, { dimmed, hidden });
    this.pruneApplied();
  }

  private pruneApplied(): void {
    const visible = new Set(vscode.window.visibleTextEditors);
    for (const editor of this.applied.keys()) if (!visible.has(editor)) this.applied.delete(editor);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.markup.delete(key);
    this.retries.delete(key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  private configurationChanged(e: vscode.ConfigurationChangeEvent): void {
    const prefix = `${READING_SETTINGS.section}.`;
    if (e.affectsConfiguration(prefix + READING_SETTINGS.dimOpacity)) {
      this.dimType.dispose();
      this.dimType = createDimType(this.opacity());
    }
    if (e.affectsConfiguration(prefix + READING_SETTINGS.dimOpacity) || e.affectsConfiguration(prefix + READING_SETTINGS.dimMarkup)) {
      for (const editor of vscode.window.visibleTextEditors) this.apply(editor);
    }
  }

  private dimEnabled(document: vscode.TextDocument): boolean {
    return vscode.workspace.getConfiguration(READING_SETTINGS.section, document).get<boolean>(READING_SETTINGS.dimMarkup, true);
  }

  private opacity(): number {
    const value = vscode.workspace.getConfiguration(READING_SETTINGS.section).get<number>(READING_SETTINGS.dimOpacity, DEFAULT_OPACITY);
    return typeof value === 'number' && value >= 0.1 && value <= 1 ? value : DEFAULT_OPACITY;
  }
}

function createDimType(opacity: number): vscode.TextEditorDecorationType {
  return vscode.window.createTextEditorDecorationType({ opacity: String(opacity), rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed });
}

function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && (document.uri.scheme === 'file' || document.uri.scheme === 'untitled');
}
