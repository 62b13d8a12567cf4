import { DEFAULT_DOCUMENT_LIMITS, skipReason, type DocumentLimits } from './documentLimits';
import { ENGLISH, type L10n } from './l10n';
import type { SxsDocument } from './model';
import { parse } from './parse/parse';
import { LruMap } from './util/lruMap';

/** What the core needs of an open text document (`vscode-languageserver-textdocument` fits). */
export interface TextDocumentLike {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/**
 * Parses each document once per version (and again when the limits on what is read change). Keeps the most recently used models only, so that
 * closing documents or reading many files does not hold their models.
 */
export class DocumentModelCache {
  private readonly entries: LruMap<string, { version: number; limits: number; model: SxsDocument }>;

  constructor(
    private readonly limits: () => DocumentLimits = () => DEFAULT_DOCUMENT_LIMITS,
    capacity = 32,
    /** The language of the message that says why a document was not read. */
    private readonly l10n: L10n = ENGLISH,
  ) {
    this.entries = new LruMap(capacity);
  }

  get(document: TextDocumentLike): SxsDocument {
    const limits = this.limits();
    const hit = this.entries.get(document.uri);
    if (hit && hit.version === document.version && hit.limits === limits.maxFileSizeMB) return hit.model;
    const model = readModel(document, limits, this.l10n);
    this.entries.set(document.uri, { version: document.version, limits: limits.maxFileSizeMB, model });
    return model;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** The model of a document, or an empty one that says why the document was not read. */
function readModel(document: TextDocumentLike, limits: DocumentLimits, l10n: L10n): SxsDocument {
  // A client may send anything: a document opened with no text, or text that is no string, is read as empty and said so.
  const text: unknown = document.getText();
  const name = document.uri.slice(document.uri.lastIndexOf('/') + 1) || document.uri;
  if (typeof text !== 'string') return { ...parse(''), skipped: l10n.t('{name} is not checked: the editor sent it without its text.', { name: decodeURIComponentSafe(name) }) };
  const skipped = skipReason(text, limits, decodeURIComponentSafe(name), l10n);
  return skipped ? { ...parse(''), skipped } : parse(text);
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
