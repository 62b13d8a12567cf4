import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { MatchesRequest, type MatchWithText, type SegmentMatches, type WordChange } from '#protocol';
import { MemoryStrings } from './strings';

/** The view id, as package.json contributes it. */
export const MATCHES_VIEW = 'sxsDocs.matches';
/** How long the cursor rests before the view looks the segment up. */
const DEBOUNCE_MS = 150;

interface MatchItem {
  readonly kind: 'match';
  readonly match: MatchWithText;
  readonly found: SegmentMatches;
  readonly version: number;
}
interface DetailItem {
  readonly kind: 'detail';
  readonly label: vscode.TreeItemLabel;
  readonly tooltip?: string;
  readonly icon: string;
}
type Item = MatchItem | DetailItem;

/**
 * The Matches view: the translation memory's matches for the segment at the cursor of the
 * active editor, best first, each with its %, MT/HT and the word difference of its English.
 * It follows the cursor while it is visible; applying a match is the user's choice
 * (the item's action, or the light bulb's "Apply … match").
 */
export class MatchesView implements vscode.TreeDataProvider<Item>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly view: vscode.TreeView<Item>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private current: { found: SegmentMatches; version: number } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private asked = 0;

  constructor(private readonly client: LanguageClient) {
    this.view = vscode.window.createTreeView(MATCHES_VIEW, { treeDataProvider: this, showCollapseAll: false });
    this.view.message = MemoryStrings.noSegment;
    this.subscriptions.push(
      this.view,
      this.changeEmitter,
      vscode.window.onDidChangeTextEditorSelection((e) => e.textEditor === vscode.window.activeTextEditor && this.schedule()),
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && this.schedule()),
      this.view.onDidChangeVisibility((e) => e.visible && this.schedule()),
    );
    this.schedule();
  }

  /** The matches shown, for the commands and the tests. */
  get matches(): SegmentMatches | undefined {
    return this.current?.found;
  }

  getTreeItem(item: Item): vscode.TreeItem {
    if (item.kind === 'detail') {
      const t = new vscode.TreeItem(item.label, vscode.TreeItemCollapsibleState.None);
      t.iconPath = new vscode.ThemeIcon(item.icon);
      t.tooltip = item.tooltip;
      return t;
    }
    const { match } = item;
    const t = new vscode.TreeItem(oneLine(match.translation), vscode.TreeItemCollapsibleState.Collapsed);
    t.description = MemoryStrings.description(match.percent, match.translationType, match.occurrences);
    t.iconPath = new vscode.ThemeIcon(match.percent === 100 ? 'pass-filled' : 'circle-large-outline');
    t.tooltip = tooltip(match);
    t.contextValue = 'sxsDocs.match';
    t.accessibilityInformation = { label: `${t.description}: ${match.translation}` };
    return t;
  }

  getChildren(item?: Item): Item[] {
    if (!item) {
      const c = this.current;
      return c ? c.found.matches.map((match) => ({ kind: 'match' as const, match, found: c.found, version: c.version })) : [];
    }
    if (item.kind !== 'match') return [];
    const { match } = item;
    const details: Item[] = [{ kind: 'detail', label: diffLabel(match.diff), tooltip: MemoryStrings.thisEnglish, icon: 'diff' }];
    const file = vscode.workspace.asRelativePath(vscode.Uri.parse(match.uri));
    details.push({ kind: 'detail', label: { label: MemoryStrings.from(file, match.segment, match.lastHandoff) }, icon: 'file' });
    if (match.missing.length) details.push({ kind: 'detail', label: { label: `${MemoryStrings.missingTokens} ${match.missing.join(', ')}` }, icon: 'warning' });
    return details;
  }

  /** Replaces the segment's translation text with the match (the markup, ids and the segment's own code, URLs and placeholders stay). */
  async apply(item: MatchItem | undefined): Promise<boolean> {
    const chosen = item ?? this.getChildren().find((i): i is MatchItem => i.kind === 'match');
    if (!chosen) return false;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === vscode.Uri.parse(chosen.found.uri).toString());
    if (!editor) return false;
    if (editor.document.version !== chosen.version) {
      void vscode.window.showInformationMessage(MemoryStrings.changedSinceAsked);
      await this.refresh();
      return false;
    }
    const range = this.client.protocol2CodeConverter.asRange(chosen.found.translationRange);
    return editor.edit((b) => b.replace(range, chosen.match.insertText));
  }

  /** Opens the file the match comes from, at its segment. */
  async openSource(item: MatchItem): Promise<void> {
    await openSegment(vscode.Uri.parse(item.match.uri), item.match.segment);
  }

  /** Looks the segment at the cursor up now. */
  async refresh(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const ticket = ++this.asked;
    if (!editor || editor.document.languageId !== 'markdown') {
      this.show(undefined, MemoryStrings.noSegment);
      return;
    }
    const version = editor.document.version;
    const params: MatchesRequest.Params = {
      textDocument: { uri: this.client.code2ProtocolConverter.asUri(editor.document.uri) },
      position: this.client.code2ProtocolConverter.asPosition(editor.selection.active),
    };
    const found = await this.client.sendRequest(MatchesRequest.type, params).then(
      (r) => r,
      () => null,
    );
    if (ticket !== this.asked) return;
    if (!found) this.show(undefined, MemoryStrings.noSegment);
    else if (found.matches.length === 0) this.show(undefined, MemoryStrings.noMatches(vscode.workspace.getConfiguration('sxsDocs').get<number>('memory.minimumMatch', 70)));
    else this.show({ found, version }, undefined);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }

  private schedule(): void {
    if (!this.view.visible) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), DEBOUNCE_MS);
  }

  private show(current: { found: SegmentMatches; version: number } | undefined, message: string | undefined): void {
    this.current = current;
    this.view.message = message;
    this.view.description = current ? MemoryStrings.matchesOf(current.found.segment, current.found.matches.length) : undefined;
    this.changeEmitter.fire();
  }
}

/** The text on one line, blanks run together. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** This segment's English as the match's English turned into it: "Open the [-account-][+user+] name", changed words highlighted. */
function diffLabel(diff: readonly WordChange[]): vscode.TreeItemLabel {
  let label = '';
  const highlights: [number, number][] = [];
  for (const change of diff) {
    const text = change.kind === 'same' ? change.text : change.kind === 'removed' ? `[-${change.text}-]` : `[+${change.text}+]`;
    if (label) label += ' ';
    if (change.kind !== 'same') highlights.push([label.length, label.length + text.length]);
    label += text;
  }
  return { label, highlights };
}

function tooltip(match: MatchWithText): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.supportHtml = false;
  md.appendMarkdown(`**${match.percent}%${match.translationType ? ` ${match.translationType}` : ''}**\n\n`);
  md.appendMarkdown(`${MemoryStrings.thisEnglish}: `);
  for (const change of match.diff) {
    const text = escape(change.text);
    md.appendMarkdown(change.kind === 'same' ? `${text} ` : change.kind === 'removed' ? `~~${text}~~ ` : `**${text}** `);
  }
  md.appendMarkdown(`\n\n${MemoryStrings.matchEnglish}: `);
  md.appendText(oneLine(match.english));
  md.appendMarkdown(`\n\n${MemoryStrings.translation}: `);
  md.appendText(oneLine(match.translation));
  return md;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|~<>]/g, '\\$&');
}

/** Opens a file at the translation of a segment (found by its `data-ttu-id`). */
export async function openSegment(uri: vscode.Uri, segment: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri.with({ fragment: '' }));
  const at = document.getText().indexOf(`data-ttu-id="${segment}"`);
  const position = at >= 0 ? document.positionAt(document.getText().indexOf('>', at) + 1) : new vscode.Position(0, 0);
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position), preview: true });
}
