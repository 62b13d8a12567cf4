import type { IndexedDocument } from '../index/indexedDocument';
import type { LocaleIndex } from '../index/localeIndex';

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
 * locale is asked for, and dropped for the locales an index change touches. Finding the other
 * translations of a document's sentences is then a lookup per sentence, not a pass over every
 * document of the locale (which, over a whole repository, would be quadratic).
 */
export class EnglishOccurrences {
  private readonly byLocale = new Map<string, Map<number, Occurrence[]>>();

  constructor(private readonly index: LocaleIndex) {
    index.onDidChange((change) => {
      for (const locale of change.locales) this.byLocale.delete(locale);
    });
    index.onDidProgress((p) => {
      if (p.state === 'building') this.byLocale.clear();
    });
  }

  /** The segments of the locale whose English has this key. */
  lookup(locale: string): (englishKey: number) => readonly Occurrence[] | undefined {
    let map = this.byLocale.get(locale);
    if (!map) {
      map = new Map();
      for (const doc of this.index.documents()) {
        if (doc.english || doc.locale !== locale) continue;
        for (let row = 0; row < doc.segments.length; row++) {
          const key = hashKey(doc.segments.englishHash(row));
          const list = map.get(key);
          if (list) list.push({ doc, row });
          else map.set(key, [{ doc, row }]);
        }
      }
      this.byLocale.set(locale, map);
    }
    const found = map;
    return (key) => found.get(key);
  }
}
