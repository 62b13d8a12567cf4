import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { localeDirection, localeDisplayName } from '../../../server/src/core/locale';
import { linkTarget } from '../../../server/src/core/markdown/linkTarget';
import { PreviewRequest, type OtherCell, type PreviewModel, type PreviewRow } from '#protocol';
import type { HostMessage, LocaleColumn, PreviewContent, PreviewMode, PreviewState, WebviewMessage, WebviewOtherCell, WebviewRow } from '#protocol/webview';
import { CellRenderer } from './cellRenderer';
import { previewHtml } from './previewHtml';
import { PreviewStrings, previewLabels } from './strings';

export const PREVIEW_VIEW_TYPE = 'sxsDocs.preview';

/**
 * One side-by-side preview of one document: asks the server for the aligned rows, renders
 * their Markdown, and keeps the webview and the editor in step.
 */
export class PreviewPanel implements vscode.Disposable {
  private state: PreviewState;
  private readonly renderer: CellRenderer;
  private readonly disposables: vscode.Disposable[] = [];
  private rows: readonly PreviewRow[] = [];
  /** The other versions the last model offered as columns. */
  private versions: PreviewModel['versions'] = [];
  private ready = false;
  /** The row just selected from the preview: the editor's answering selection change must not scroll it away. */
  private selectedFromPreview: string | undefined;
  private pending: ReturnType<typeof setTimeout> | undefined;
  /** The last content posted to the webview: all but its rows as one string, and each row as one. */
  private posted: { readonly frame: string; readonly rows: ReadonlyMap<string, string> } | undefined;
  private updating: Promise<void> = Promise.resolve();
  private readonly onDisposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.onDisposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly uri: vscode.Uri,
    state: Partial<PreviewState>,
    private readonly client: LanguageClient,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.state = {
      uri: uri.toString(),
      mode: state.mode ?? 'sideBySide',
      locales: state.locales ?? [],
      onlyFindings: state.onlyFindings ?? false,
      readInEnglish: state.readInEnglish ?? false,
    };
    panel.webview.options = { enableScripts: true, localResourceRoots: this.resourceRoots() };
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'preview-icon.svg');
    this.renderer = new CellRenderer(panel.webview, uri);
    panel.webview.html = previewHtml(panel.webview, extensionUri);
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: WebviewMessage) => this.onMessage(m)),
      panel.onDidDispose(() => this.dispose()),
    );
    this.updateTitle();
  }

  /** Re-reads the rows soon; many calls in a burst make one update. */
  scheduleUpdate(delay = 60): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.pending = undefined;
      void this.update();
    }, delay);
  }

  /** Updates now (after any update under way). */
  update(): Promise<void> {
    this.updating = this.updating.then(() => this.doUpdate()).catch((e) => this.post({ type: 'error', message: PreviewStrings.updateFailed(e instanceof Error ? e.message : String(e)) }));
    return this.updating;
  }

  /** Scrolls the preview to the segment at (or just before) this offset; `highlight` marks it as the current one. */
  revealOffset(offset: number, highlight: boolean): void {
    const row = rowAtOffset(this.rows, offset);
    if (!row) return;
    if (row.key === this.selectedFromPreview) {
      this.selectedFromPreview = undefined;
      return;
    }
    this.post({ type: 'reveal', key: row.key, highlight });
  }

  /** Scrolls to (and marks) the segment under the cursor of the document's editor: where the preview opens. */
  private revealCursor(): void {
    const active = vscode.window.activeTextEditor;
    const editor = active?.document.uri.toString() === this.uri.toString() ? active : vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
    if (editor) this.revealOffset(editor.document.offsetAt(editor.selection.active), true);
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    this.onDisposeEmitter.fire();
    this.onDisposeEmitter.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }

  private async doUpdate(): Promise<void> {
    if (!this.ready) return;
    const document = await vscode.workspace.openTextDocument(this.uri);
    const model = await this.client.sendRequest(PreviewRequest.type, { uri: this.uri.toString(), locales: this.state.locales });
    if (!model) {
      this.post({ type: 'error', message: PreviewStrings.nothingToPreview(vscode.workspace.asRelativePath(this.uri)) });
      return;
    }
    this.rows = model.rows;
    this.versions = model.versions;
    const canAdd = model.versions.some((v) => !this.state.locales.includes(v.locale));
    const content = this.content(model, document, canAdd);
    this.post(this.onlyChangedRows(content) ?? { type: 'content', content });
  }

  /**
   * The rows that changed since the last content posted, when nothing else did (an edit in a
   * large document changes a row or two: the webview is sent those, not all of them).
   */
  private onlyChangedRows(content: PreviewContent): HostMessage | undefined {
    const { rows, ...rest } = content;
    const last = this.posted;
    const posted = { frame: JSON.stringify(rest), rows: new Map(rows.map((r) => [r.key, JSON.stringify(r)])) };
    this.posted = posted;
    if (!last || last.frame !== posted.frame || content.mode !== 'sideBySide') return undefined;
    const changed = rows.filter((r) => last.rows.get(r.key) !== posted.rows.get(r.key));
    return { type: 'rows', order: rows.map((r) => r.key), changed };
  }

  private content(model: PreviewModel, document: vscode.TextDocument, canAddLocales: boolean): PreviewContent {
    const locale: LocaleColumn = { locale: model.locale ?? 'und', label: model.locale ? `${model.locale}` : PreviewStrings.translationColumn, direction: model.direction };
    const others: LocaleColumn[] = model.otherLocales.map((o) => ({ locale: o.locale, label: o.locale, direction: o.direction }));
    const sideBySide = this.state.mode === 'sideBySide';
    return {
      title: this.title(),
      labels: previewLabels(),
      uiLanguage: vscode.env.language,
      uiDirection: localeDirection(vscode.env.language),
      mode: this.state.mode,
      locale,
      translationType: model.translationType,
      others,
      documentFindings: model.documentFindings,
      onlyFindings: this.state.onlyFindings,
      readInEnglish: this.state.readInEnglish,
      canAddLocales,
      rows: sideBySide ? this.withAddedRows(model.rows.map((r) => this.webviewRow(r)), model) : [],
      readerHtml: sideBySide ? '' : this.renderer.renderDocument(document.getText().slice(model.bodyStart)),
      resourceBase: this.renderer.resourceBase(),
      state: this.state,
    };
  }

  private webviewRow(row: PreviewRow): WebviewRow {
    const others: Record<string, WebviewOtherCell> = {};
    for (const [locale, cell] of Object.entries(row.others)) others[locale] = this.otherCell(cell);
    return {
      key: row.key,
      number: row.number,
      paragraph: row.paragraph,
      context: row.context,
      englishHtml: this.renderer.inline(row.english.trim()),
      translationHtml: this.renderer.inline(row.translation.trim()),
      others,
      findings: row.findings,
      stale: row.stale,
      ...(row.englishDiff ? { diff: row.englishDiff } : {}),
    };
  }

  /** The rows with the English sentences added since the translation, each after the row of the segment it follows. */
  private withAddedRows(rows: WebviewRow[], model: PreviewModel): WebviewRow[] {
    if (!model.added.length) return rows;
    const after = new Map<number, PreviewModel['added'][number][]>();
    for (const a of model.added) after.set(a.after, [...(after.get(a.after) ?? []), a]);
    const addedRow = (a: PreviewModel['added'][number]): WebviewRow => ({
      key: a.key,
      number: -1,
      paragraph: false,
      context: { block: 'paragraph' },
      englishHtml: this.renderer.inline(a.english.trim()),
      translationHtml: '',
      others: {},
      findings: [],
      added: true,
    });
    const out: WebviewRow[] = (after.get(-1) ?? []).map(addedRow);
    model.rows.forEach((r, i) => out.push(rows[i], ...(after.get(r.index) ?? []).map(addedRow)));
    return out;
  }

  private otherCell(cell: OtherCell): WebviewOtherCell {
    return cell.kind === 'text' ? { kind: 'text', html: this.renderer.inline(cell.text), ids: cell.ids, ...(cell.findings ? { findings: cell.findings } : {}) } : cell;
  }

  private async onMessage(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        // A new (or reloaded) webview holds no rows: it gets the whole content.
        this.ready = true;
        this.posted = undefined;
        await this.update();
        this.revealCursor();
        return;
      case 'select':
        await this.revealInEditor(message.key);
        return;
      case 'setMode':
        return this.setState({ mode: message.mode });
      case 'setOnlyFindings':
        return this.setState({ onlyFindings: message.value });
      case 'setReadInEnglish':
        return this.setState({ readInEnglish: message.value });
      case 'addLocale': {
        const locale = await this.pickLocale();
        if (locale) await this.setState({ locales: [...this.state.locales, locale] });
        return;
      }
      case 'removeLocale':
        return this.setState({ locales: this.state.locales.filter((l) => l !== message.locale) });
      case 'openLink':
        return this.openLink(message.href);
    }
  }

  /** Asks which other version to add as a column: its locale, MT or HT, and whether it is behind. */
  private async pickLocale(): Promise<string | undefined> {
    const items = this.versions
      .filter((v) => !this.state.locales.includes(v.locale))
      .map((v) => ({
        label: v.locale,
        description: [
          localeDisplayName(v.locale, vscode.env.language),
          v.translationType === 'MT' ? PreviewStrings.machineTranslation : v.translationType === 'HT' ? PreviewStrings.humanTranslation : undefined,
          v.stale ? PreviewStrings.olderEnglish : undefined,
        ]
          .filter(Boolean)
          .join(' · '),
      }));
    if (items.length === 0) return undefined;
    const picked = await vscode.window.showQuickPick(items, { placeHolder: PreviewStrings.addLocalePlaceholder, matchOnDescription: true });
    return picked?.label;
  }

  /** Changes what the preview shows (the mode, the columns, the filter). */
  async setState(change: Partial<Omit<PreviewState, 'uri'>>): Promise<void> {
    this.state = { ...this.state, ...change };
    this.updateTitle();
    await this.update();
  }

  get mode(): PreviewMode {
    return this.state.mode;
  }

  private async revealInEditor(key: string): Promise<void> {
    const row = this.rows.find((r) => r.key === key);
    if (!row) return;
    const document = await vscode.workspace.openTextDocument(this.uri);
    const range = new vscode.Range(document.positionAt(row.translationStart), document.positionAt(row.translationEnd));
    this.selectedFromPreview = key;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
    const editor = visible ?? (await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preserveFocus: true }));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /**
   * Links open in the editor (workspace files) or the system browser (http/https on a click);
   * nothing else. Which links are links is the core's policy, the one the hover follows.
   */
  private async openLink(href: string): Promise<void> {
    const roots = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString());
    const target = linkTarget(href, this.uri.toString(), roots);
    if (!target) return;
    const uri = vscode.Uri.parse(target);
    if (uri.scheme === 'http' || uri.scheme === 'https') await vscode.env.openExternal(uri);
    else if (uri.scheme === 'file') await vscode.commands.executeCommand('vscode.open', uri.with({ fragment: '' }));
  }

  private resourceRoots(): vscode.Uri[] {
    return [...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri), vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')];
  }

  private title(): string {
    const name = this.uri.path.split('/').pop() ?? 'document';
    return this.state.mode === 'reader' ? PreviewStrings.readerTitle(name) : PreviewStrings.sideBySideTitle(name);
  }

  private updateTitle(): void {
    this.panel.title = this.title();
  }

  private post(message: HostMessage): void {
    void this.panel.webview.postMessage(message);
  }
}

/** The row of the segment at (or nearest before) an offset. */
export function rowAtOffset(rows: readonly PreviewRow[], offset: number): PreviewRow | undefined {
  let lo = 0;
  let hi = rows.length - 1;
  let best: PreviewRow | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].start <= offset) {
      best = rows[mid];
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best;
}
