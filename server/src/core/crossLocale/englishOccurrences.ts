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
    for (const [locale, occurrences] of this.byLocale) {
      if (!change.locales.has(locale)) continue;
      for (const key of change.keys) {
        occurrences.removeKey(key);
        for (const doc of this.index.versionsOfKey(key)) if (!doc.english && doc.locale === locale) occurrences.add(doc);
      }
    }
  }
}

/** The occurrences of one locale, with what each document added (to take it out again). */
class LocaleOccurrences {
  private readonly byEnglish = new Map<number, Occurrence[]>();
  /** For each counterpart key, the documents added and the English keys each added. */
  private readonly added = new Map<string, Map<string, number[]>>();

  get(englishKey: number): readonly Occurrence[] | undefined {
    return this.byEnglish.get(englishKey);
  }

  add(doc: IndexedDocument): void {
    const keys: number[] = [];
    for (let row = 0; row < doc.segments.length; row++) {
      const key = hashKey(doc.segments.englishHash(row));
      keys.push(key);
      const list = this.byEnglish.get(key);
      if (list) list.push({ doc, row });
      else this.byEnglish.set(key, [{ doc, row }]);
    }
    let docs = this.added.get(doc.key);
    if (!docs) this.added.set(doc.key, (docs = new Map()));
    docs.set(doc.uri, keys);
  }

  /** Takes out every document of a counterpart key (they are added again as they now are). */
  removeKey(counterpartKey: string): void {
    const docs = this.added.get(counterpartKey);
    if (!docs) return;
    for (const [uri, keys] of docs) {
      for (const key of new Set(keys)) {
        const list = this.byEnglish.get(key);
        if (!list) continue;
        const kept = list.filter((o) => o.doc.uri !== uri);
        if (kept.length) this.byEnglish.set(key, kept);
        else this.byEnglish.delete(key);
      }
    }
    this.added.delete(counterpartKey);
  }
}
