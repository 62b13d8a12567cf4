import { isEnglish } from '../locale';
import type { IndexedDocument } from './indexedDocument';
import { TermStats } from '../terms/termStats';
import { TranslationMemory, type MemoryOrigin, type MemoryPair } from '../memory/translationMemory';
import { observePairs, type TermObservations } from '../terms/observe';

/** What is still to be learned from an entry: its pairs, for the term statistics and the translation memory, or what was observed of them already. */
interface Unlearned extends MemoryOrigin {
  readonly pairs: readonly MemoryPair[] | undefined;
  readonly observed: TermObservations | undefined;
  /** Its pairs are in the memory already (a lookup needed its locale's): only the term statistics are left. */
  remembered?: boolean;
}

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

  /** Per URI, in the order put: the entries whose pairs are yet to be learned from (see {@link deferLearning}). */
  private readonly unlearned = new Map<string, Unlearned>();
  /** Per locale: how many of {@link unlearned} are of it and not in the memory yet. */
  private readonly unrememberedByLocale = new Map<string, number>();
  /**
   * While set (during a build), an entry's pairs are kept aside, for {@link learnNext} to learn
   * from later; otherwise they are learned from as the entry is put.
   */
  deferLearning = false;

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
    const previous = this.byUri.get(entry.uri);
    if (previous && previous.key !== entry.key) this.remove(entry.uri);
    this.forget(entry.uri);
    const learnable = entry.pairs || entry.observed;
    const unlearned: Unlearned = { locale: entry.locale, translationType: entry.translationType, lastHandoff: entry.lastHandoff, pairs: entry.pairs, observed: entry.observed };
    if (learnable && this.deferLearning) {
      this.terms.delete(entry.uri);
      this.memory.delete(entry.uri);
      this.unlearned.set(entry.uri, unlearned);
      // Only pairs go into the memory: an entry that brings its observations alone has none to remember.
      if (entry.pairs) this.unrememberedByLocale.set(entry.locale, (this.unrememberedByLocale.get(entry.locale) ?? 0) + 1);
      else unlearned.remembered = true;
    } else if (learnable) {
      this.learn(entry.uri, unlearned);
    } else {
      this.terms.delete(entry.uri);
      this.memory.delete(entry.uri);
    }
    // The pairs are learned from (now or later): the entry does not keep them.
    const doc = learnable ? { ...entry, pairs: undefined, observed: undefined } : entry;
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
    this.forget(uri);
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

  /** Entries whose pairs are yet to be learned from. */
  get unlearnedCount(): number {
    return this.unlearned.size;
  }

  /** Learns from the entry put first of those yet to be learned from; false when there is none. */
  learnNext(): boolean {
    const first = this.unlearned.entries().next();
    if (first.done) return false;
    const [uri, unlearned] = first.value;
    this.forget(uri);
    this.learn(uri, unlearned);
    return true;
  }

  /** Learns now from every entry yet to be learned from. */
  learnAll(): void {
    while (this.learnNext());
  }

  /**
   * Puts into the memory, now, the pairs of the locale's entries yet to be learned from: a
   * lookup in that locale then finds all of them. Their term statistics are left for later.
   */
  rememberLocale(locale: string): void {
    if (!this.unrememberedByLocale.get(locale)) return;
    this.unrememberedByLocale.delete(locale);
    for (const [uri, unlearned] of this.unlearned) {
      if (unlearned.locale !== locale || unlearned.remembered) continue;
      unlearned.remembered = true;
      if (this.keepMemory && unlearned.pairs) this.memory.set(uri, unlearned, unlearned.pairs);
    }
  }

  /** Counts what the translation does with its English's names and words, and remembers its pairs. */
  private learn(uri: string, unlearned: Unlearned): void {
    this.terms.set(uri, unlearned.locale, unlearned.observed ?? observePairs(unlearned.pairs ?? []));
    if (unlearned.remembered) return;
    if (this.keepMemory && unlearned.pairs) this.memory.set(uri, unlearned, unlearned.pairs);
    else this.memory.delete(uri);
  }

  /** Drops what was yet to be learned from an entry. */
  private forget(uri: string): void {
    const unlearned = this.unlearned.get(uri);
    if (!unlearned) return;
    this.unlearned.delete(uri);
    if (unlearned.remembered) return;
    const left = (this.unrememberedByLocale.get(unlearned.locale) ?? 1) - 1;
    if (left > 0) this.unrememberedByLocale.set(unlearned.locale, left);
    else this.unrememberedByLocale.delete(unlearned.locale);
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
    this.unlearned.clear();
    this.unrememberedByLocale.clear();
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
