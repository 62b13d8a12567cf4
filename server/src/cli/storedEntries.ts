import type { TermObservations } from '../core/terms/observe';
import type { TransferredDocument, TransferredGroup } from '../core/index/transfer';

/*
 * The locale index's entries of a document as the cache file holds them (JSON): the typed
 * arrays as base64, everything else as it is. What the index learns from a document (its
 * segment table and how its translations treat names and words) depends on the document's
 * bytes and place only, so a run whose cache holds it reads and parses the document only
 * when it checks it.
 */

type StoredObservations = Omit<TermObservations, 'outcomes'> & { readonly outcomes: string };
type StoredDocument = Omit<TransferredDocument, 'segments' | 'terms' | 'pairs'> & { readonly segments: string; readonly terms?: StoredObservations };

export interface StoredGroup {
  readonly translations: readonly StoredDocument[];
  readonly english?: StoredDocument;
  readonly reference?: string;
}

export function storeGroup(group: TransferredGroup): StoredGroup {
  return { translations: group.translations.map(storeDocument), english: group.english && storeDocument(group.english), reference: group.reference };
}

/** The group back, or undefined when the stored data is not of the shape written. */
export function restoreGroup(stored: StoredGroup): TransferredGroup | undefined {
  try {
    if (!Array.isArray(stored.translations)) return undefined;
    return { translations: stored.translations.map(restoreDocument), english: stored.english && restoreDocument(stored.english), reference: stored.reference };
  } catch {
    return undefined;
  }
}

function storeDocument(d: TransferredDocument): StoredDocument {
  const { segments, terms, ...rest } = d;
  const stored: StoredDocument & { pairs?: unknown } = {
    ...rest,
    segments: base64(segments),
    ...(terms ? { terms: { ...terms, outcomes: base64(terms.outcomes) } } : {}),
  };
  // The CLI's index leaves the translation memory out.
  delete stored.pairs;
  return stored;
}

function restoreDocument(d: StoredDocument): TransferredDocument {
  const { segments, terms, ...rest } = d;
  if (typeof segments !== 'string' || typeof d.uri !== 'string' || typeof d.key !== 'string') throw new Error('not an entry');
  const bytes = Buffer.from(segments, 'base64');
  if (bytes.length % 4) throw new Error('not a segment table');
  const table = new Int32Array(bytes.length / 4);
  new Uint8Array(table.buffer).set(bytes);
  return {
    ...rest,
    segments: table,
    ...(terms ? { terms: { ...terms, outcomes: new Uint8Array(Buffer.from(terms.outcomes, 'base64')) } } : {}),
  };
}

function base64(array: Int32Array | Uint8Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}
