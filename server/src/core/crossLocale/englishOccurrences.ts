import type { IndexedDocument } from '../index/indexedDocument';
import type { Range } from 'vscode-languageserver-types';
import type { IndexChange, LocaleIndex } from '../index/localeIndex';
import { LruMap } from '../util/lruMap';

/** A segment of an indexed document: the entry and its row in the segment table. */
export interface Occurrence {
  readonly doc: IndexedDocument;
  readonly row: number;
}

/** A segment's translation in a file: where it is. */
export interface Place {
  readonly uri: string;
  readonly range: Range;
}

/** The places of one English in the documents of a locale, by the key of their translation ({@link hashKey} of its hash). */
export type PlacesByTranslation = ReadonlyMap<number, readonly Place[]>;

const NO_PLACES: PlacesByTranslation = new Map();

/** A number standing for a 64-bit text hash, close enough to tell English sentences apart. */
export function hashKey(hash: readonly [number, number]): number {
  return (hash[0] >>> 0) * 0x200000 + (hash[1] >>> 11);
}

/**
 * Where each English sentence is translated, per locale: built from the index the first time a
 * locale is asked for, then kept current as the index changes (only the documents a change
 * touches are read again; typing in one file must not re-read a whole locale). Finding the
 * other translations of a document's sentences is then a lookup per sentence, not a pass over
 * every document of the locale (which, over a whole repository, would be quadratic).
 */
export class EnglishOccurrences {
  private readonly byLocale = new Map<string, LocaleOccurrences>();
  /**
   * Per locale and document being checked, each English's places elsewhere by translation, as
   * its checks asked for them: the same at each keystroke until the index changes.
   */
  private readonly elsewhereOf = new LruMap<string, Map<number, PlacesByTranslation>>(8);

  constructor(private readonly index: LocaleIndex) {
    index.onDidChange((change) => this.changed(change));
    index.onDidProgress((p) => {
      if (p.state !== 'building') return;
      this.byLocale.clear();
      this.elsewhereOf.clear();
    });
  }

  /**
   * The places of each English in the locale's documents other than `uri`, by the key of their
   * translation, in the order of {@link lookup}'s occurrences; undefined when there are none.
   */
  elsewhere(locale: string, uri: string): (englishKey: number) => PlacesByTranslation | undefined {
    const find = this.lookup(locale);
    const key = `${locale}\u0001${uri}`;
    let known = this.elsewhereOf.get(key);
    if (!known) this.elsewhereOf.set(key, (known = new Map()));
    const grouped = known;
    return (englishKey) => {
      let places = grouped.get(englishKey);
      if (!places) grouped.set(englishKey, (places = byTranslation(find(englishKey), uri)));
      return places === NO_PLACES ? undefined : places;
    };
  }

  /** The segments of the locale whose English has this key. */
  lookup(locale: string): (englishKey: number) => readonly Occurrence[] | undefined {
    let occurrences = this.byLocale.get(locale);
    if (!occurrences) {
      occurrences = new LocaleOccurrences();
      for (const doc of this.index.documents()) if (!doc.english && doc.locale === locale) occurrences.add(doc);
      this.byLocale.set(locale, occurrences);
    }
    const found = occurrences;
    return (key) => found.get(key);
  }

  private changed(change: IndexChange): void {
    this.elsewhereOf.clear();
    for (const [locale, occurrences] of this.byLocale) {
      if (!change.locales.has(locale)) continue;
      for (const key of change.keys) occurrences.update(key, this.index.versionsOfKey(key).filter((doc) => !doc.english && doc.locale === locale));
    }
  }
}

/** Where the entries of one document are: each refers to its document through this, so that a new entry of an unchanged English is one assignment. */
interface DocumentSlot {
  doc: IndexedDocument;
  /** The English key of each row, as added. */
  readonly keys: readonly number[];
}

/** One row of a document, read through its slot (so that it always reads the document's current entry). */
class Entry implements Occurrence {
  constructor(
    private readonly slot: DocumentSlot,
    readonly row: number,
  ) {}

  get doc(): IndexedDocument {
    return this.slot.doc;
  }
}

/** The occurrences of one locale, with what each document added (to take it out again). */
class LocaleOccurrences {
  private readonly byEnglish = new Map<number, Entry[]>();
  /** For each counterpart key, the slot of each document added, by URI. */
  private readonly added = new Map<string, Map<string, DocumentSlot>>();

  get(englishKey: number): readonly Occurrence[] | undefined {
    return this.byEnglish.get(englishKey);
  }

  add(doc: IndexedDocument): void {
    let docs = this.added.get(doc.key);
    if (!docs) this.added.set(doc.key, (docs = new Map()));
    docs.set(doc.uri, this.addEntries(doc, englishKeys(doc)));
  }

  /**
   * The documents of a counterpart key are now `docs`. A document whose English is as it was
   * (typing in a translation) keeps its entries, which read its new entry; the others are taken out and added again.
   */
  update(counterpartKey: string, docs: readonly IndexedDocument[]): void {
    const before = this.added.get(counterpartKey);
    const after = new Map<string, DocumentSlot>();
    for (const doc of docs) {
      const keys = englishKeys(doc);
      const slot = before?.get(doc.uri);
      before?.delete(doc.uri);
      if (slot && sameKeys(slot.keys, keys)) {
        slot.doc = doc;
        after.set(doc.uri, slot);
        continue;
      }
      if (slot) this.removeEntries(doc.uri, slot);
      after.set(doc.uri, this.addEntries(doc, keys));
    }
    for (const [uri, slot] of before ?? []) this.removeEntries(uri, slot);
    if (after.size) this.added.set(counterpartKey, after);
    else this.added.delete(counterpartKey);
  }

  private addEntries(doc: IndexedDocument, keys: readonly number[]): DocumentSlot {
    const slot: DocumentSlot = { doc, keys };
    keys.forEach((key, row) => {
      const entry = new Entry(slot, row);
      const list = this.byEnglish.get(key);
      if (list) list.push(entry);
      else this.byEnglish.set(key, [entry]);
    });
    return slot;
  }

  private removeEntries(uri: string, slot: DocumentSlot): void {
    for (const key of new Set(slot.keys)) {
      const list = this.byEnglish.get(key);
      if (!list) continue;
      const kept = list.filter((o) => o.doc.uri !== uri);
      if (kept.length) this.byEnglish.set(key, kept);
      else this.byEnglish.delete(key);
    }
  }
}

function englishKeys(doc: IndexedDocument): number[] {
  const keys: number[] = [];
  for (let row = 0; row < doc.segments.length; row++) keys.push(hashKey(doc.segments.englishHash(row)));
  return keys;
}

function sameKeys(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function byTranslation(occurrences: readonly Occurrence[] | undefined, uri: string): PlacesByTranslation {
  const out = new Map<number, Place[]>();
  for (const { doc, row } of occurrences ?? []) {
    if (doc.uri === uri) continue;
    const theirs = hashKey(doc.segments.translationHash(row));
    const place = { uri: doc.uri, range: doc.segments.range(row) };
    const list = out.get(theirs);
    if (list) list.push(place);
    else out.set(theirs, [place]);
  }
  return out.size ? out : NO_PLACES;
}
