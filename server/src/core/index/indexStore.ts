import { isEnglish } from '../locale';
import type { IndexedDocument } from './indexedDocument';
import { TermStats } from '../terms/termStats';
import { TranslationMemory } from '../memory/translationMemory';

/** The index's tables: entries by URI and the versions of each document by counterpart key. */
export class IndexStore {
  private readonly byUri = new Map<string, IndexedDocument>();
  private readonly byKey = new Map<string, IndexedDocument[]>();
  /** Per key: the translation (URI and stamp) the English entry's table was taken from. */
  private readonly references = new Map<string, { uri: string; stamp: number }>();
  /** What the translations do with their English's names and words, counted from the entries. */
  readonly terms = new TermStats();
  /** Every translated segment with its English, from the entries. */
  readonly memory = new TranslationMemory();

  /** `keepMemory`: whether the entries' pairs go into the translation memory; without it, the memory holds only what is set in it from outside (TMX files). */
  constructor(private readonly keepMemory = true) {}

  get size(): number {
    return this.byUri.size;
  }

  get(uri: string): IndexedDocument | undefined {
    return this.byUri.get(uri);
  }

  /** Every version of a document: the English first, then by locale. */
  versions(key: string): readonly IndexedDocument[] {
    return this.byKey.get(key) ?? [];
  }

  hasKey(key: string): boolean {
    return this.byKey.has(key);
  }

  all(): IterableIterator<IndexedDocument> {
    return this.byUri.values();
  }

  put(entry: IndexedDocument): void {
    if (entry.terms) this.terms.set(entry.uri, entry.locale, entry.terms);
    else this.terms.delete(entry.uri);
    if (entry.pairs && this.keepMemory) this.memory.set(entry.uri, { locale: entry.locale, translationType: entry.translationType, lastHandoff: entry.lastHandoff }, entry.pairs);
    else this.memory.delete(entry.uri);
    // The observations and pairs are counted and remembered above: the entry does not keep them.
    const doc = entry.terms || entry.pairs ? { ...entry, terms: undefined, pairs: undefined } : entry;
    const previous = this.byUri.get(doc.uri);
    if (previous && previous.key !== doc.key) this.remove(doc.uri);
    this.byUri.set(doc.uri, doc);
    const versions = (this.byKey.get(doc.key) ?? []).filter((v) => v.uri !== doc.uri);
    versions.push(doc);
    versions.sort(versionOrder);
    this.byKey.set(doc.key, versions);
  }

  /** Removes the entry; returns it. */
  remove(uri: string): IndexedDocument | undefined {
    const doc = this.byUri.get(uri);
    if (!doc) return undefined;
    this.byUri.delete(uri);
    this.terms.delete(uri);
    this.memory.delete(uri);
    const versions = (this.byKey.get(doc.key) ?? []).filter((v) => v.uri !== uri);
    if (versions.length) this.byKey.set(doc.key, versions);
    else {
      this.byKey.delete(doc.key);
      this.references.delete(doc.key);
    }
    return doc;
  }

  /** Entries whose URI is the folder's or under it. */
  under(folder: string): IndexedDocument[] {
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    return [...this.byUri.values()].filter((d) => d.uri === folder || d.uri.startsWith(prefix));
  }

  reference(key: string): { uri: string; stamp: number } | undefined {
    return this.references.get(key);
  }

  setReference(key: string, reference: { uri: string; stamp: number } | undefined): void {
    if (reference) this.references.set(key, reference);
    else this.references.delete(key);
  }

  clear(): void {
    this.terms.clear();
    // Only the entries' pairs: the memory also holds the TMX files the settings name.
    for (const uri of this.byUri.keys()) this.memory.delete(uri);
    this.byUri.clear();
    this.byKey.clear();
    this.references.clear();
  }
}

/** English first, then locales alphabetically. */
export function versionOrder(a: IndexedDocument, b: IndexedDocument): number {
  const ea = a.english || isEnglish(a.locale) ? 0 : 1;
  const eb = b.english || isEnglish(b.locale) ? 0 : 1;
  return ea - eb || a.locale.localeCompare(b.locale) || a.uri.localeCompare(b.uri);
}
