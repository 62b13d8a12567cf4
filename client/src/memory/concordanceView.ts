import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ConcordanceRequest, MemoryStatusRequest, type ConcordanceHit } from '#protocol';
import { openSegment } from './matchesView';
import { MemoryStrings } from './strings';

/** The view id, as package.json contributes it. */
export const CONCORDANCE_VIEW = 'sxsDocs.concordance';

interface Search {
  readonly phrase: string;
  readonly locale: string;
  readonly side: 'english' | 'translation';
}

/**
 * The Concordance view: the pairs of the translation memory whose English (or whose
 * translation into one locale) has a word or phrase, the hit highlighted, the other side
 * beside it; selecting a pair opens its file at the segment.
 */
export class ConcordanceView implements vscode.TreeDataProvider<ConcordanceHit>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly view: vscode.TreeView<ConcordanceHit>;
  private pairs: readonly ConcordanceHit[] = [];
  private search: Search | undefined;

  constructor(private readonly client: LanguageClient) {
    this.view = vscode.window.createTreeView(CONCORDANCE_VIEW, { treeDataProvider: this });
    this.view.message = MemoryStrings.concordanceEmpty;
  }

  /** The pairs shown, for the tests. */
  get shown(): readonly ConcordanceHit[] {
    return this.pairs;
  }

  getTreeItem(pair: ConcordanceHit): vscode.TreeItem {
    const searched = this.search?.side === 'translation' ? pair.translation : pair.english;
    const other = this.search?.side === 'translation' ? pair.english : pair.translation;
    // Blanks become single spaces of the same length, so that the hits' offsets still hold.
    const label = searched.replace(/\s/g, ' ');
    const t = new vscode.TreeItem({ label, highlights: pair.hits.map((h) => [h.start, h.end] as [number, number]) });
    t.description = `${other.replace(/\s+/g, ' ').trim()}${pair.translationType ? ` · ${pair.translationType}` : ''}`;
    t.tooltip = new vscode.MarkdownString().appendText(`${pair.english}\n\n${pair.translation}\n\n`).appendMarkdown(`*${vscode.workspace.asRelativePath(vscode.Uri.parse(pair.uri))} · ${pair.segment}*`);
    t.command = { command: 'sxsDocs.openConcordancePair', title: '', arguments: [pair] };
    t.iconPath = new vscode.ThemeIcon(pair.translationType === 'HT' ? 'person' : 'symbol-text');
    return t;
  }

  getChildren(pair?: ConcordanceHit): ConcordanceHit[] {
    return pair ? [] : [...this.pairs];
  }

  /** Asks for the phrase (the selection by default) and where to search, then shows the pairs. */
  async prompt(): Promise<void> {
    const status = await this.client.sendRequest(MemoryStatusRequest.type);
    if (status.locales.length === 0) {
      void vscode.window.showInformationMessage(status.indexState === 'building' ? MemoryStrings.indexing : MemoryStrings.noMemory);
      return;
    }
    const editor = vscode.window.activeTextEditor;
    const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection).trim() : '';
    const phrase = await vscode.window.showInputBox({ title: MemoryStrings.concordancePrompt, placeHolder: MemoryStrings.concordancePlaceholder, value: selected || this.search?.phrase });
    if (!phrase?.trim()) return;
    const here = editor && status.locales.find((l) => editor.document.uri.path.toLowerCase().includes(l.toLowerCase()));
    const locales = here ? [here, ...status.locales.filter((l) => l !== here)] : status.locales;
    const picks = locales.flatMap((locale) => [
      { label: MemoryStrings.translationSide(locale), search: { phrase, locale, side: 'translation' as const } },
      { label: MemoryStrings.englishSide(locale), search: { phrase, locale, side: 'english' as const } },
    ]);
    const picked = await vscode.window.showQuickPick(picks, { placeHolder: MemoryStrings.sidePlaceholder });
    if (picked) await this.run(picked.search);
  }

  /** Searches and shows the pairs, revealing the view. */
  async run(search: Search): Promise<void> {
    const result = await this.client.sendRequest(ConcordanceRequest.type, { ...search, limit: 200 });
    this.search = search;
    this.pairs = result.pairs;
    this.view.message = MemoryStrings.concordanceTitle(search.phrase, result.total, result.pairs.length);
    this.changeEmitter.fire();
    await vscode.commands.executeCommand(`${CONCORDANCE_VIEW}.focus`);
  }

  async open(pair: ConcordanceHit): Promise<void> {
    await openSegment(vscode.Uri.parse(pair.uri), pair.segment);
  }

  dispose(): void {
    this.view.dispose();
    this.changeEmitter.dispose();
  }
}
