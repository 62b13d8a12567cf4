import type { TextDocumentLike } from './documentCache';

/** Something to stop listening to. */
export interface Disposable {
  dispose(): void;
}

/** Subscribes a listener; the returned disposable unsubscribes it. */
export type Event<T> = (listener: (e: T) => void) => Disposable;

/** A cancellation flag, as LSP's CancellationToken has it. */
export interface CancellationTokenLike {
  readonly isCancellationRequested: boolean;
}

export interface FileStat {
  readonly isDirectory: boolean;
}

export interface DirectoryEntry {
  /** The entry's name (one path segment, not encoded). */
  readonly name: string;
  readonly isDirectory: boolean;
}

/** A file that was created, changed or deleted, on disk or (for open documents) in the editor. */
export interface FileChange {
  readonly uri: string;
  readonly type: 'created' | 'changed' | 'deleted';
}

/**
 * Where the core gets files from, in the manner of vscode-markdown-languageservice's
 * IWorkspace: the workspace folders, directory listings, file texts (an open document's
 * unsaved text wins over the disk's) and change events. The core never touches a file
 * system itself; the server gives it a Node implementation, the tests an in-memory one.
 * All URIs are strings as `vscode-uri` writes them (`file:///a/b.md`).
 */
export interface IWorkspace {
  /** The workspace folders' URIs. */
  readonly folders: readonly string[];
  stat(uri: string): Promise<FileStat | undefined>;
  /** The entries of a folder; empty when it cannot be read. */
  readDirectory(uri: string): Promise<readonly DirectoryEntry[]>;
  /** The text of a file: the open document's when it is open, else the disk's; undefined when it cannot be read. */
  readText(uri: string): Promise<string | undefined>;
  /** The open document of the file, if the editor has it open. */
  openDocument(uri: string): TextDocumentLike | undefined;
  /** Files created, changed or deleted (a deleted folder comes as one change for the folder). */
  readonly onDidChangeFiles: Event<readonly FileChange[]>;
  /** The workspace folders changed. */
  readonly onDidChangeFolders: Event<void>;
}

/** A minimal event emitter for the core's events. */
export class Emitter<T> {
  private readonly listeners = new Set<(e: T) => void>();

  readonly event: Event<T> = (listener) => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };

  fire(e: T): void {
    for (const listener of [...this.listeners]) listener(e);
  }

  dispose(): void {
    this.listeners.clear();
  }
}
