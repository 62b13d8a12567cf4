import type { IndexedDocument } from '../index/indexedDocument';
import type { IndexChange, LocaleIndex } from '../index/localeIndex';

/** A segment of an indexed document: the entry and its row in the segment table. */
export interface Occurrence {
  readonly doc: IndexedDocument;
  readonly row: number;
}

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

  constructor(private readonly index: LocaleIndex) {
    index.onDidChange((change) => this.changed(change));
    index.onDidProgress((p) => {
      if (p.state === 'building') this.byLocale.clear();
    });
  }

  /** The segments of the locale whose English has this key, by their translation. */
  lookup(locale: string): (englishKey: number) => EnglishTranslations | undefined {
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

/** The places of one English in a locale, and their translations grouped (kept for an English met in many places, until an entry of theirs changes: each of its documents asks). */
interface EnglishPlaces {
  readonly entries: Entry[];
  grouped: GroupedTranslations | undefined;
}

/** The occurrences of one locale, with what each document added (to take it out again). */
class LocaleOccurrences {
  private readonly byEnglish = new Map<number, EnglishPlaces>();
  /** For each counterpart key, the slot of each document added, by URI. */
  private readonly added = new Map<string, Map<string, DocumentSlot>>();

  get(englishKey: number): EnglishTranslations | undefined {
    const places = this.byEnglish.get(englishKey);
    if (!places) return undefined;
    if (places.entries.length < GROUPED_FROM) return new TranslationsInTurn(places.entries);
    return (places.grouped ??= new GroupedTranslations(places.entries));
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
        // Its translations may have changed.
        for (const key of keys) {
          const places = this.byEnglish.get(key);
          if (places) places.grouped = undefined;
        }
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
      const places = this.byEnglish.get(key);
      if (!places) this.byEnglish.set(key, { entries: [entry], grouped: undefined });
      else {
        places.entries.push(entry);
        places.grouped = undefined;
      }
    });
    return slot;
  }

  private removeEntries(uri: string, slot: DocumentSlot): void {
    for (const key of new Set(slot.keys)) {
      const places = this.byEnglish.get(key);
      if (!places) continue;
      const kept = places.entries.filter((o) => o.doc.uri !== uri);
      if (kept.length) this.byEnglish.set(key, { entries: kept, grouped: undefined });
      else this.byEnglish.delete(key);
    }
  }
}

/** An English met in at least this many places has its translations grouped once for all the documents that ask; fewer are read in turn. */
const GROUPED_FROM = 16;

/** The translations of one English in a locale. */
export interface EnglishTranslations {
  /** The translations met outside the document `uri`, in the order of their first occurrence there, with up to `limit` places each. */
  elsewhere(uri: string, limit: number): TranslationElsewhere[];
}

/** The places of one translation of an English, those outside the document that asks. */
export interface TranslationElsewhere {
  /** The translation's key: {@link hashKey} of its `translationHash`. */
  readonly key: number;
  /** How many places outside the document. */
  readonly count: number;
  /** The first few of them, in the order of the occurrences. */
  readonly first: readonly Occurrence[];
}

interface TranslationGroup {
  readonly key: number;
  /** Its occurrences, and the position of each among all the English's. */
  readonly entries: Occurrence[];
  readonly positions: number[];
}

/**
 * The occurrences of one English in a locale, grouped by their translation. A common English
 * ("Select Save.") is met in thousands of places, and each document that has it asks for its
 * other translations: grouped once, each asks in the number of different translations and
 * of its own occurrences, not in the number of places.
 */
export class GroupedTranslations implements EnglishTranslations {
  /** In the order of their first occurrence. */
  private readonly groups: TranslationGroup[] = [];
  /** Per document, the group of each of its occurrences. */
  private readonly groupsOf = new Map<string, number[]>();

  constructor(occurrences: readonly Occurrence[]) {
    const byKey = new Map<number, number>();
    occurrences.forEach((o, at) => {
      const key = hashKey(o.doc.segments.translationHash(o.row));
      let g = byKey.get(key);
      if (g === undefined) {
        byKey.set(key, (g = this.groups.length));
        this.groups.push({ key, entries: [], positions: [] });
      }
      this.groups[g].entries.push(o);
      this.groups[g].positions.push(at);
      const uri = o.doc.uri;
      const own = this.groupsOf.get(uri);
      if (own) own.push(g);
      else this.groupsOf.set(uri, [g]);
    });
  }

  elsewhere(uri: string, limit: number): TranslationElsewhere[] {
    const ownPerGroup = new Map<number, number>();
    for (const g of this.groupsOf.get(uri) ?? []) ownPerGroup.set(g, (ownPerGroup.get(g) ?? 0) + 1);
    const out: (TranslationElsewhere & { at: number })[] = [];
    this.groups.forEach(({ key, entries, positions }, g) => {
      const own = ownPerGroup.get(g) ?? 0;
      if (own === 0) {
        out.push({ key, count: entries.length, first: entries.slice(0, limit), at: positions[0] });
        return;
      }
      if (own === entries.length) return;
      // Past the document's own occurrences (few) to the first few of the others.
      const first: Occurrence[] = [];
      let at = -1;
      for (let k = 0; k < entries.length && first.length < limit; k++) {
        if (entries[k].doc.uri === uri) continue;
        if (at === -1) at = positions[k];
        first.push(entries[k]);
      }
      out.push({ key, count: entries.length - own, first, at });
    });
    // A group whose first occurrences are the document's own comes where its first other one is.
    if (ownPerGroup.size) out.sort((a, b) => a.at - b.at);
    return out;
  }
}

/** The occurrences of an English met in few places, read in turn each time: grouping them would cost more than it saves. */
export class TranslationsInTurn implements EnglishTranslations {
  constructor(private readonly occurrences: readonly Occurrence[]) {}

  elsewhere(uri: string, limit: number): TranslationElsewhere[] {
    const out: { key: number; count: number; first: Occurrence[] }[] = [];
    for (const o of this.occurrences) {
      if (o.doc.uri === uri) continue;
      const key = hashKey(o.doc.segments.translationHash(o.row));
      let found = out.find((t) => t.key === key);
      if (!found) out.push((found = { key, count: 0, first: [] }));
      found.count++;
      if (found.first.length < limit) found.first.push(o);
    }
    return out;
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
