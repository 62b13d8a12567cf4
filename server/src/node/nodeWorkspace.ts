import type { FileEvent, TextDocuments } from 'vscode-languageserver';
import { FileChangeType } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentLike } from '../core/documentCache';
import type { FileChange } from '../core/workspace';
import { normalizeUri } from '../core/uri';
import { DiskWorkspace } from './diskWorkspace';

/** How long an open document's text rests unchanged before the index reads it again. */
export const EDIT_SETTLE_MS = 300;

/**
 * The workspace as the Node server sees it: files on disk, except that a document open in
 * the editor is read from its (unsaved) text. Change events come from the client's file
 * watcher (`workspace/didChangeWatchedFiles`) and from the open documents. Only `file:` URIs
 * are read; files are never opened as editor documents.
 */
export class NodeWorkspace extends DiskWorkspace {
  /** The client's spelling of an open document's URI, by the one spelling, where they differ. */
  private readonly spellings = new Map<string, string>();

  constructor(private readonly documents: TextDocuments<TextDocument>) {
    super();
    documents.onDidOpen((e) => {
      const uri = normalizeUri(e.document.uri);
      if (uri !== e.document.uri) this.spellings.set(uri, e.document.uri);
    });
    documents.onDidOpen((e) => this.opened.add(normalizeUri(e.document.uri)));
    documents.onDidChangeContent((e) => {
      const uri = normalizeUri(e.document.uri);
      if (this.opened.delete(uri)) void this.openedAsOnDisk(uri, e.document.getText());
      else this.edited(uri);
    });
    // Once closed, the disk's text counts again.
    documents.onDidClose((e) => this.spellings.delete(normalizeUri(e.document.uri)));
    documents.onDidClose((e) => {
      const uri = normalizeUri(e.document.uri);
      this.settle(uri);
      this.files.fire([{ uri, type: 'changed' }]);
    });
  }

  /** Documents just opened, whose first content event is their opening, not an edit. */
  private readonly opened = new Set<string>();

  /** A document opened with the text the index read from the disk needs no new entry (a large one took 200 ms, in the way of the first hover). */
  private async openedAsOnDisk(uri: string, text: string): Promise<void> {
    const onDisk = await super.readText(uri).catch(() => undefined);
    if (onDisk !== text) this.files.fire([{ uri, type: 'changed' }]);
  }

  /** Open documents edited, whose change the index has yet to hear of, with the timer that tells it. */
  private readonly unsettled = new Map<string, ReturnType<typeof setTimeout>>();

  /**
   * An open document changed: the index hears of it once the typing has paused
   * ({@link EDIT_SETTLE_MS}), not on every keystroke. Re-indexing a large document (its
   * segments, term observations and memory pairs) took as long as checking it, on the same
   * thread, between an edit and its diagnostics; the document's own check reads its text,
   * not its entry, and the other documents' are checked again once the index has it.
   */
  private edited(uri: string): void {
    this.settle(uri);
    const timer = setTimeout(() => {
      this.unsettled.delete(uri);
      this.files.fire([{ uri, type: 'changed' }]);
    }, EDIT_SETTLE_MS);
    timer.unref?.();
    this.unsettled.set(uri, timer);
  }

  private settle(uri: string): void {
    const timer = this.unsettled.get(uri);
    if (timer === undefined) return;
    clearTimeout(timer);
    this.unsettled.delete(uri);
  }

  /** What the client's file watcher reported. */
  filesChanged(events: readonly FileEvent[]): void {
    const type = (t: FileChangeType): FileChange['type'] => (t === FileChangeType.Created ? 'created' : t === FileChangeType.Deleted ? 'deleted' : 'changed');
    this.files.fire(events.map((e) => ({ uri: normalizeUri(e.uri), type: type(e.type) })));
  }

  override async readText(uri: string): Promise<string | undefined> {
    const open = this.openDocument(uri);
    return open ? open.getText() : super.readText(uri);
  }

  /** The open document at a URI in the one spelling, whichever way the client spelled it. */
  override openDocument(uri: string): TextDocumentLike | undefined {
    const spelled = this.spellings.get(uri);
    const open = this.documents.get(uri) ?? (spelled === undefined ? undefined : this.documents.get(spelled));
    return open && (open.uri === uri ? open : { uri, version: open.version, getText: () => open.getText() });
  }
}
