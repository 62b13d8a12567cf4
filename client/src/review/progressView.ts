import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { URI, Utils } from 'vscode-uri';
import { CheckWorkspaceProgressNotification, CheckWorkspaceRequest, ClearWorkspaceCheckNotification, TranslatedLocalesRequest, type FileProgress } from '#protocol';
import { ReviewStrings } from './strings';

export const PROGRESS_VIEW_ID = 'sxsDocs.translationProgress';
export const CHECK_WORKSPACE_COMMAND = 'sxsDocs.checkWorkspace';
export const CLEAR_WORKSPACE_CHECK_COMMAND = 'sxsDocs.clearWorkspaceCheck';

/** Sums of the figures of the files under a node. */
interface Totals {
  files: number;
  segments: number;
  machineSegments: number;
  approved: number;
  changed: number;
  toReview: number;
  findings: number;
}

type Node = { kind: 'locale'; locale: string; files: FileProgress[] } | { kind: 'folder'; locale: string; path: string; files: FileProgress[] } | { kind: 'file'; file: FileProgress };

/**
 * The Translation Progress view: locale → folder → file, each with its segments, the share
 * machine-translated, the share approved, changed segments and findings. It is filled by
 * Check Workspace, file by file as the check goes (the view's welcome offers the command).
 */
export class ProgressView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly files = new Map<string, FileProgress>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private folders: readonly string[] = [];
  /** The running check's progress report (one notification handler serves both: a second one would replace the first). */
  private onProgress: ((p: CheckWorkspaceProgressNotification.Params) => void) | undefined;

  constructor(private readonly client: LanguageClient) {
    this.disposables.push(
      this.changed,
      vscode.window.registerTreeDataProvider(PROGRESS_VIEW_ID, this),
      client.onNotification(CheckWorkspaceProgressNotification.type, (p) => {
        this.add(p.file);
        this.onProgress?.(p);
      }),
      vscode.commands.registerCommand(CHECK_WORKSPACE_COMMAND, (locale?: string) => this.check(locale)),
      vscode.commands.registerCommand(CLEAR_WORKSPACE_CHECK_COMMAND, () => this.clear()),
    );
  }

  /** The files of the last check (for the tests). */
  get checkedFiles(): readonly FileProgress[] {
    return [...this.files.values()];
  }

  /** Checks the workspace (or one locale: asked when not given) with a cancellable progress notification. */
  async check(locale?: string): Promise<CheckWorkspaceRequest.Result | undefined> {
    const chosen = locale ?? (await this.pickLocale());
    if (chosen === undefined) return undefined;
    this.folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString());
    for (const [uri, f] of this.files) if (!chosen || f.locale.toLowerCase() === chosen.toLowerCase()) this.files.delete(uri);
    this.changed.fire();
    await vscode.commands.executeCommand('setContext', 'sxsDocs.progressChecked', true);
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: ReviewStrings.checking, cancellable: true }, async (progress, token) => {
      let reported = 0;
      let total = 0;
      this.onProgress = (p) => {
        total = p.total;
        progress.report({ message: ReviewStrings.checkingProgress(p.done, p.total), increment: ((p.done - reported) / Math.max(p.total, 1)) * 100 });
        reported = p.done;
      };
      try {
        const result = await this.client.sendRequest(CheckWorkspaceRequest.type, chosen ? { locale: chosen } : {}, token);
        if (!result.total) void vscode.window.showInformationMessage(ReviewStrings.noIndexedFiles);
        else if (result.cancelled) void vscode.window.showInformationMessage(ReviewStrings.checkCancelled(result.checked, result.total));
        else void vscode.window.showInformationMessage(ReviewStrings.checked(result.checked, result.files.reduce((n, f) => n + f.findings, 0)));
        return result;
      } catch (e) {
        // Cancelled: what was checked is in the Problems panel and the view.
        if (token.isCancellationRequested) {
          void vscode.window.showInformationMessage(ReviewStrings.checkCancelled(reported, total));
          return undefined;
        }
        throw e;
      } finally {
        this.onProgress = undefined;
      }
    });
  }

  private async pickLocale(): Promise<string | undefined> {
    const locales = await this.client.sendRequest(TranslatedLocalesRequest.type);
    if (locales.length <= 1) return '';
    const all = locales.reduce((n, l) => n + l.files, 0);
    const items = [{ label: ReviewStrings.everyLocale, description: ReviewStrings.files(all), locale: '' }, ...locales.map((l) => ({ label: l.locale, description: ReviewStrings.files(l.files), locale: l.locale }))];
    const picked = await vscode.window.showQuickPick(items, { title: ReviewStrings.pickLocale });
    return picked?.locale;
  }

  private clear(): void {
    this.files.clear();
    this.changed.fire();
    void vscode.commands.executeCommand('setContext', 'sxsDocs.progressChecked', false);
    void this.client.sendNotification(ClearWorkspaceCheckNotification.type);
  }

  private add(file: FileProgress): void {
    this.files.set(file.uri, file);
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    const files = [...this.files.values()];
    if (!node) {
      const locales = [...new Set(files.map((f) => f.locale))].sort();
      return locales.map((locale) => ({ kind: 'locale', locale, files: files.filter((f) => f.locale === locale) }));
    }
    if (node.kind === 'locale') {
      const byFolder = new Map<string, FileProgress[]>();
      for (const f of node.files) {
        const folder = this.folderOf(f.uri, node.locale);
        byFolder.set(folder, [...(byFolder.get(folder) ?? []), f]);
      }
      return [...byFolder.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([path, list]) => ({ kind: 'folder', locale: node.locale, path, files: list }));
    }
    if (node.kind === 'folder') return node.files.sort((a, b) => a.uri.localeCompare(b.uri)).map((file) => ({ kind: 'file', file }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'file') {
      const f = node.file;
      const item = new vscode.TreeItem(Utils.basename(URI.parse(f.uri)), vscode.TreeItemCollapsibleState.None);
      item.resourceUri = vscode.Uri.parse(f.uri);
      item.description = ReviewStrings.fileDescription(f.approved, f.segments, f.changed, f.findings);
      const type = f.translationType === 'MT' ? ReviewStrings.machine : f.translationType === 'HT' ? ReviewStrings.human : ReviewStrings.unknownType;
      item.tooltip = ReviewStrings.fileTooltip({ type, segments: f.segments, approved: f.approved, changed: f.changed, changedWords: f.changedWords, toReview: f.toReview, untranslated: f.untranslated, findings: f.findings }) + (f.reviewProblem ? `\n${f.reviewProblem}` : '');
      item.command = { command: 'vscode.open', title: '', arguments: [item.resourceUri] };
      item.contextValue = 'sxsFile';
      return item;
    }
    const t = totals(node.files);
    const label = node.kind === 'locale' ? node.locale : node.path || '.';
    const item = new vscode.TreeItem(label, node.kind === 'locale' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `${node.kind}:${node.locale}:${node.kind === 'folder' ? node.path : ''}`;
    item.iconPath = node.kind === 'locale' ? new vscode.ThemeIcon('globe') : vscode.ThemeIcon.Folder;
    const mt = t.segments ? Math.round((t.machineSegments / t.segments) * 100) : 0;
    item.description = `${ReviewStrings.fileDescription(t.approved, t.segments, t.changed, t.findings)} · ${ReviewStrings.machineShare(mt)}`;
    return item;
  }

  /** A file's folder in its locale: from the locale repository or folder down (`articles`), else from the workspace folder. */
  private folderOf(uri: string, locale: string): string {
    const folder = [...this.folders].sort((a, b) => b.length - a.length).find((f) => uri.startsWith(`${f}/`));
    const path = URI.parse(uri).path;
    const parts = (folder ? path.slice(URI.parse(folder).path.length + 1) : path).split('/').slice(0, -1);
    const name = locale.toLowerCase();
    let root = -1;
    parts.forEach((p, i) => {
      if (p.toLowerCase() === name || p.toLowerCase().endsWith(`.${name}`)) root = i;
    });
    return parts.slice(root + 1).join('/');
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

function totals(files: readonly FileProgress[]): Totals {
  const t: Totals = { files: 0, segments: 0, machineSegments: 0, approved: 0, changed: 0, toReview: 0, findings: 0 };
  for (const f of files) {
    t.files++;
    t.segments += f.segments;
    if (f.translationType === 'MT') t.machineSegments += f.segments;
    t.approved += f.approved;
    t.changed += f.changed;
    t.toReview += f.toReview;
    t.findings += f.findings;
  }
  return t;
}
