import type { FileEvent, TextDocuments } from 'vscode-languageserver';
import { FileChangeType } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentLike } from '../core/documentCache';
import type { FileChange } from '../core/workspace';
import { normalizeUri } from '../core/uri';
import { DiskWorkspace } from './diskWorkspace';

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
    documents.onDidChangeContent((e) => this.files.fire([{ uri: normalizeUri(e.document.uri), type: 'changed' }]));
    // Once closed, the disk's text counts again.
    documents.onDidClose((e) => this.spellings.delete(normalizeUri(e.document.uri)));
    documents.onDidClose((e) => this.files.fire([{ uri: normalizeUri(e.document.uri), type: 'changed' }]));
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
