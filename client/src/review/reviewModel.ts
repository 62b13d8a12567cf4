import * as os from 'node:os';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ReviewRequest, ReviewStatesRequest, type ReviewAction, type SegmentReviewItem } from '#protocol';
import { ReviewStrings } from './strings';

/** Typing in a burst makes one request. */
const REFRESH_DELAY_MS = 300;

/** The review states of one document at a version, as the server answered. */
export interface DocumentReviewState extends ReviewStatesRequest.Result {
  readonly uri: vscode.Uri;
}

/**
 * The review states of the documents in visible editors, asked of the server when an editor
 * shows a document, when it changes (after a pause), when its findings change and after every
 * review action. The gutter, the comment threads and the status bar read them from here.
 */
export class ReviewModel implements vscode.Disposable {
  private readonly states = new Map<string, DocumentReviewState>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<DocumentReviewState | { uri: vscode.Uri; cleared: true }>();
  /** Fires when a document's review states were read again (or dropped). */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  /** Problems already shown (once per review file and message). */
  private readonly toldProblems = new Set<string>();

  constructor(private readonly client: LanguageClient) {
    this.disposables.push(
      this.changed,
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.schedule(e.document, 0))),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.languages.onDidChangeDiagnostics((e) => {
        for (const uri of e.uris) {
          const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
          if (document) this.schedule(document);
        }
      }),
    );
    vscode.window.visibleTextEditors.forEach((e) => this.schedule(e.document, 0));
  }

  /** The states of a document, when read (of its current or a recent version). */
  get(uri: vscode.Uri): DocumentReviewState | undefined {
    return this.states.get(uri.toString());
  }

  /**
   * The segment at a position: the one whose translation holds it, else the last on its line
   * that starts before it (the cursor is in its English lookup), else the first on its line.
   */
  segmentAt(uri: vscode.Uri, position: vscode.Position): SegmentReviewItem | undefined {
    const segments = this.get(uri)?.segments ?? [];
    const range = (s: SegmentReviewItem) => this.client.protocol2CodeConverter.asRange(s.range);
    const holding = segments.find((s) => range(s).contains(position));
    if (holding) return holding;
    const onLine = segments.filter((s) => range(s).start.line <= position.line && position.line <= range(s).end.line);
    return onLine.filter((s) => range(s).start.isBeforeOrEqual(position)).pop() ?? onLine[0];
  }

  schedule(document: vscode.TextDocument, delay = REFRESH_DELAY_MS): void {
    if (document.languageId !== 'markdown') return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => void this.refresh(document), delay));
  }

  /** Reads the states of a document again now. */
  async refresh(document: vscode.TextDocument): Promise<DocumentReviewState | undefined> {
    const key = document.uri.toString();
    this.timers.delete(key);
    let result: ReviewStatesRequest.Result | null;
    try {
      result = await this.client.sendRequest(ReviewStatesRequest.type, { textDocument: { uri: this.client.code2ProtocolConverter.asUri(document.uri) } });
    } catch {
      return undefined;
    }
    // An answer for an older version is dropped: the newer one is on its way.
    if (result && result.version !== document.version) return this.states.get(key);
    if (!result) {
      if (this.states.delete(key)) this.changed.fire({ uri: document.uri, cleared: true });
      return undefined;
    }
    const state: DocumentReviewState = { ...result, uri: document.uri };
    this.states.set(key, state);
    if (result.problem) this.tellProblem(result.file, result.problem);
    this.changed.fire(state);
    return state;
  }

  /** Sends a review action for a document; shows why when it was not saved. True when saved. */
  async act(document: vscode.TextDocument, action: ReviewAction): Promise<{ ok: boolean; changed?: number }> {
    const outcome = await this.client.sendRequest(ReviewRequest.type, { textDocument: { uri: this.client.code2ProtocolConverter.asUri(document.uri) }, action, by: reviewerName() });
    if (!outcome.ok && outcome.message) this.showProblem(this.get(document.uri)?.file, outcome.message);
    await this.refresh(document);
    return outcome;
  }

  /** Shows why review states could not be saved or read, with a button that opens the review file. */
  showProblem(file: string | undefined, message: string): void {
    const open = ReviewStrings.openReviewFile;
    void vscode.window.showErrorMessage(message, ...(file ? [open] : [])).then((choice) => {
      if (choice === open && file) void vscode.window.showTextDocument(vscode.Uri.parse(file));
    });
  }

  private tellProblem(file: string, problem: string): void {
    const key = `${file}\n${problem}`;
    if (this.toldProblems.has(key)) return;
    this.toldProblems.add(key);
    this.showProblem(file, problem);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (this.states.delete(key)) this.changed.fire({ uri, cleared: true });
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.disposables.forEach((d) => d.dispose());
  }
}

/** Who the review file records as acting: the user's account name. */
export function reviewerName(): string {
  try {
    return os.userInfo().username || 'reviewer';
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'reviewer';
  }
}
