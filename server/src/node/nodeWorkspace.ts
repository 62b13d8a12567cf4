import type { FileEvent, TextDocuments } from 'vscode-languageserver';
import { FileChangeType } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentLike } from '../core/documentCache';
import type { FileChange } from '../core/workspace';
import { DiskWorkspace } from './diskWorkspace';

/**
 * The workspace as the Node server sees it: files on disk, except that a document open in
 * the editor is read from its (unsaved) text. Change events come from the client's file
 * watcher (`workspace/didChangeWatchedFiles`) and from the open documents. Only `file:` URIs
 * are read; files are never opened as editor documents.
 */
export class NodeWorkspace extends DiskWorkspace {
  constructor(private readonly documents: TextDocuments<TextDocument>) {
    super();
    documents.onDidChangeContent((e) => this.files.fire([{ uri: e.document.uri, type: 'changed' }]));
    // Once closed, the disk's text counts again.
    documents.onDidClose((e) => this.files.fire([{ uri: e.document.uri, type: 'changed' }]));
  }

  /** What the client's file watcher reported. */
  filesChanged(events: readonly FileEvent[]): void {
    const type = (t: FileChangeType): FileChange['type'] => (t === FileChangeType.Created ? 'created' : t === FileChangeType.Deleted ? 'deleted' : 'changed');
    this.files.fire(events.map((e) => ({ uri: e.uri, type: type(e.type) })));
  }

  override async readText(uri: string): Promise<string | undefined> {
    const open = this.documents.get(uri);
    return open ? open.getText() : super.readText(uri);
  }

  override openDocument(uri: string): TextDocumentLike | undefined {
    return this.documents.get(uri);
  }
}
