import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CounterpartsRequest, type CounterpartsResult, DIAGNOSTIC_SOURCE } from '#protocol';
import { localeName } from '../counterparts/counterpartPick';
import { StatusStrings } from './strings';

/** The `source` of this extension's diagnostics. */
/** Changes in a burst (typing, a re-check of many files) make one update. */
const UPDATE_DELAY_MS = 150;
const LOCALIZED = /data-ttu-id=|^ms\.contentlocale:/m;

/** What the status bar item says about the active file (also for the extension's API, which the tests read). */
export interface FileStatusState {
  readonly uri: string;
  readonly locale: string | undefined;
  /** `MT` or `HT`, when the file says. */
  readonly translationType: string | undefined;
  /** The number of this extension's findings in the file. */
  readonly findings: number;
  /** The translation was made from an older English. */
  readonly stale: boolean;
  /** The locale index knows the file (its versions and staleness are known). */
  readonly indexed: boolean;
  /** An English source: its locale versions (locale, MT/HT, made from an older English). */
  readonly translations?: readonly { readonly locale: string; readonly translationType: string | undefined; readonly stale: boolean }[];
  readonly text: string;
}

/**
 * A status bar item for the active localized file: its locale, MT or HT, how many findings
 * it has, and a mark when it is out of date; for an English source with locale versions,
 * how many there are (and how many are out of date). The locale, the translation type and the
 * staleness come from the server's `sxsDocs/counterparts` answer (the locale index), the
 * count from the diagnostics. A click opens {@link FILE_ACTIONS_COMMAND}.
 */
export class FileStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sxsDocs.fileStatus', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private current: FileStatusState | undefined;
  private readonly changed = new vscode.EventEmitter<FileStatusState | undefined>();
  /** Fires after each update of the item (undefined: hidden). */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly client: LanguageClient,
    command: string,
  ) {
    this.item.name = StatusStrings.name;
    this.item.command = command;
    this.disposables.push(
      this.item,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.schedule();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule();
      }),
    );
    this.schedule(0);
  }

  /** What the item shows now; undefined while it is hidden. */
  get state(): FileStatusState | undefined {
    return this.current;
  }

  /** Updates soon (now with 0). */
  schedule(delay = UPDATE_DELAY_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, delay);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.disposables.forEach((d) => d.dispose());
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const editor = vscode.window.activeTextEditor;
    const document = editor?.document;
    if (!document || document.languageId !== 'markdown') return this.show(undefined);
    // A Markdown file without localization markup may be an English source: the index says.
    const localized = LOCALIZED.test(document.getText());
    let result: CounterpartsResult | undefined;
    try {
      result = await this.client.sendRequest(CounterpartsRequest.type, { textDocument: { uri: this.client.code2ProtocolConverter.asUri(document.uri) } });
    } catch {
      // The server is restarting: show what the diagnostics and the file say; the next change asks again.
    }
    // A newer update started meanwhile (another editor, another change): it shows its own answer.
    if (generation !== this.generation) return;
    const self = result?.self;
    if (self?.english) return this.show(englishState(document, self.locale, result!));
    if (!localized) return this.show(undefined);
    const findings = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const state = {
      uri: document.uri.toString(),
      locale: self?.locale || frontMatterKey(document, 'ms.contentlocale'),
      translationType: (self?.translationType ?? frontMatterKey(document, 'ms.translationtype'))?.toUpperCase(),
      findings: findings.length,
      stale: self?.status === 'stale',
      indexed: !!self,
    };
    this.show({ ...state, text: statusText(state, worstSeverity(findings)) });
  }

  private show(state: FileStatusState | undefined): void {
    this.current = state;
    if (!state) {
      this.item.hide();
    } else {
      this.item.text = state.text;
      this.item.tooltip = tooltip(state);
      this.item.backgroundColor = state.stale ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
      this.item.show();
    }
    this.changed.fire(state);
  }
}

/** An English source's state: its translations; undefined (hidden) when it has none. */
function englishState(document: vscode.TextDocument, locale: string, result: CounterpartsResult): FileStatusState | undefined {
  const translations = result.versions.filter((v) => !v.english).map((v) => ({ locale: v.locale, translationType: v.translationType?.toUpperCase(), stale: v.status === 'stale' }));
  if (!translations.length) return undefined;
  const stale = translations.filter((t) => t.stale).length;
  const text = [`$(globe) ${StatusStrings.englishLocales(translations.length)}`, ...(stale ? [`$(history) ${StatusStrings.englishStale(stale)}`] : [])].join(' · ');
  return { uri: document.uri.toString(), locale, translationType: undefined, findings: 0, stale: false, indexed: true, translations, text };
}

/** `$(globe) ro-RO · HT · $(warning) 6 · $(history) Stale` */
function statusText(s: Omit<FileStatusState, 'text'>, severity: vscode.DiagnosticSeverity | undefined): string {
  const icon = severity === undefined ? '$(check)' : severity === vscode.DiagnosticSeverity.Error ? '$(error)' : severity === vscode.DiagnosticSeverity.Warning ? '$(warning)' : '$(info)';
  const parts = [`$(globe) ${s.locale ?? '?'}`];
  if (s.translationType === 'MT' || s.translationType === 'HT') parts.push(s.translationType);
  parts.push(`${icon} ${s.findings}`);
  if (s.stale) parts.push(`$(history) ${StatusStrings.stale}`);
  return parts.join(' · ');
}

function tooltip(s: FileStatusState): vscode.MarkdownString {
  if (s.translations) return englishTooltip(s.translations);
  const lines = [];
  if (s.locale) lines.push(StatusStrings.locale(s.locale, localeName(s.locale)));
  if (s.translationType === 'MT') lines.push(StatusStrings.machine);
  else if (s.translationType === 'HT') lines.push(StatusStrings.human);
  lines.push(StatusStrings.findings(s.findings));
  lines.push(s.indexed ? (s.stale ? `$(history) ${StatusStrings.staleDetail}` : StatusStrings.current) : StatusStrings.notIndexed);
  lines.push('', StatusStrings.clickForActions);
  const md = new vscode.MarkdownString(lines.map(escapeMarkdown).join('\n\n'), true);
  md.isTrusted = false;
  return md;
}

/** The English source's tooltip: each locale version, MT or HT, and whether it is out of date. */
function englishTooltip(translations: NonNullable<FileStatusState['translations']>): vscode.MarkdownString {
  const lines = [StatusStrings.englishSource(translations.length)];
  for (const t of translations) {
    const parts = [StatusStrings.locale(t.locale, localeName(t.locale))];
    if (t.translationType === 'MT') parts.push(StatusStrings.machine);
    else if (t.translationType === 'HT') parts.push(StatusStrings.human);
    if (t.stale) parts.push(`$(history) ${StatusStrings.stale}`);
    lines.push(`- ${parts.map(escapeMarkdown).join(' · ')}`);
  }
  lines.push('', escapeMarkdown(StatusStrings.englishHint));
  const md = new vscode.MarkdownString(lines.join('\n\n'), true);
  md.isTrusted = false;
  return md;
}

function worstSeverity(diagnostics: readonly vscode.Diagnostic[]): vscode.DiagnosticSeverity | undefined {
  return diagnostics.length ? Math.min(...diagnostics.map((d) => d.severity)) : undefined;
}

/** A key of the front matter, read from its line (for a file the locale index does not know). */
function frontMatterKey(document: vscode.TextDocument, key: string): string | undefined {
  const text = document.getText();
  if (!text.replace(/^\uFEFF/, '').startsWith('---')) return undefined;
  const end = text.indexOf('\n---', 3);
  const m = new RegExp(`^${key.replace('.', '\\.')}:[ \\t]*['"]?([^'"\\r\\n]+?)['"]?[ \\t]*$`, 'm').exec(end === -1 ? text : text.slice(0, end));
  return m?.[1];
}

function escapeMarkdown(line: string): string {
  // Keep $(icons); escape what Markdown would read as markup.
  return line.replace(/[\\`*_[\]<>#|]/g, '\\$&');
}
