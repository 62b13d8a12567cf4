import type { SxsDocument } from './model';
import { parse } from './parse/parse';

/** What the core needs of an open text document (`vscode-languageserver-textdocument` fits). */
export interface TextDocumentLike {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/**
 * Parses each document once per version. Keeps the most recently used models only, so that
 * closing documents or reading many files does not hold their models.
 */
export class DocumentModelCache {
  private readonly entries = new Map<string, { version: number; model: SxsDocument }>();

  constructor(private readonly capacity = 32) {}

  get(document: TextDocumentLike): SxsDocument {
    const hit = this.entries.get(document.uri);
    if (hit && hit.version === document.version) {
      // Refresh recency: a Map iterates in insertion order.
      this.entries.delete(document.uri);
      this.entries.set(document.uri, hit);
      return hit.model;
    }
    const model = parse(document.getText());
    this.entries.delete(document.uri);
    this.entries.set(document.uri, { version: document.version, model });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return model;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
