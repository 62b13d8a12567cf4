import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { TextDocumentLike } from '../../server/src/core/documentCache';
import { Emitter, type DirectoryEntry, type FileChange, type FileStat, type IWorkspace } from '../../server/src/core/workspace';

/** A file URI for a path of an in-memory workspace (`/ws/a.md` → `file:///ws/a.md`). */
export function fileUri(path: string): string {
  return URI.file(path).toString();
}

/**
 * A workspace held in memory, for tests: files by path, open documents whose text wins,
 * and change events fired when the test says (as a file watcher would).
 */
export class InMemoryWorkspace implements IWorkspace {
  private readonly files = new Map<string, string>();
  private readonly open = new Map<string, TextDocument>();
  private currentFolders: string[];
  private readonly fileEvents = new Emitter<readonly FileChange[]>();
  private readonly folderEvents = new Emitter<void>();
  readonly onDidChangeFiles = this.fileEvents.event;
  readonly onDidChangeFolders = this.folderEvents.event;
  /** Every readText call, to check that something was (or was not) read. */
  readonly reads: string[] = [];

  constructor(files: Record<string, string>, folders: readonly string[]) {
    for (const [path, text] of Object.entries(files)) this.files.set(fileUri(path), text);
    this.currentFolders = folders.map(fileUri);
  }

  get folders(): readonly string[] {
    return this.currentFolders;
  }

  setFolders(paths: readonly string[]): void {
    this.currentFolders = paths.map(fileUri);
    this.folderEvents.fire();
  }

  /** Writes a file; with `notify`, fires the change a file watcher would. */
  write(path: string, text: string, notify = true): void {
    const uri = fileUri(path);
    const type = this.files.has(uri) ? 'changed' : 'created';
    this.files.set(uri, text);
    if (notify) this.fileEvents.fire([{ uri, type }]);
  }

  /** Deletes a file or a folder (everything under it); fires one change for the path. */
  delete(path: string, notify = true): void {
    const uri = fileUri(path);
    for (const key of [...this.files.keys()]) if (key === uri || key.startsWith(`${uri}/`)) this.files.delete(key);
    if (notify) this.fileEvents.fire([{ uri, type: 'deleted' }]);
  }

  openDocument(uri: string): TextDocumentLike | undefined {
    return this.open.get(uri);
  }

  /** Opens a document in the "editor" with its own text; fires a change, as the server does. */
  openInEditor(path: string, text: string, version = 1): TextDocument {
    const uri = fileUri(path);
    const doc = TextDocument.create(uri, 'markdown', version, text);
    this.open.set(uri, doc);
    this.fileEvents.fire([{ uri, type: 'changed' }]);
    return doc;
  }

  closeInEditor(path: string): void {
    const uri = fileUri(path);
    this.open.delete(uri);
    this.fileEvents.fire([{ uri, type: 'changed' }]);
  }

  async stat(uri: string): Promise<FileStat | undefined> {
    if (this.files.has(uri)) return { isDirectory: false };
    const prefix = `${uri.replace(/\/$/, '')}/`;
    for (const key of this.files.keys()) if (key.startsWith(prefix)) return { isDirectory: true };
    return undefined;
  }

  async readDirectory(uri: string): Promise<readonly DirectoryEntry[]> {
    const prefix = `${uri.replace(/\/$/, '')}/`;
    const entries = new Map<string, boolean>();
    for (const key of this.files.keys()) {
      if (!key.startsWith(prefix)) continue;
      const rest = key.slice(prefix.length).split('/');
      const name = decodeURIComponent(rest[0]);
      entries.set(name, rest.length > 1 || entries.get(name) === true);
    }
    return [...entries].map(([name, isDirectory]) => ({ name, isDirectory }));
  }

  async readText(uri: string): Promise<string | undefined> {
    this.reads.push(uri);
    return this.open.get(uri)?.getText() ?? this.files.get(uri);
  }
}
