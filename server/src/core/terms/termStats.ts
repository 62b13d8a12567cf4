import type { TermObservations } from './observe';
import { Outcome } from './observe';

/** How often the translations of a locale (or of all locales) kept a name or word of their English. */
export interface TermCount {
  /** Segments whose English holds it. */
  readonly seen: number;
  /** Of those, translations that hold it as written. */
  readonly kept: number;
  /** Of those, translations that hold it with other capitals only. */
  readonly caseChanged: number;
}

const NONE: TermCount = { seen: 0, kept: 0, caseChanged: 0 };

/** Counts that grow with the number of distinct keys: three per key, per locale. */
class LocaleCounts {
  segments = 0;
  counts = new Int32Array(3 * 1024);
  native = new Int32Array(1024);

  ensure(id: number): void {
    if (3 * id + 3 > this.counts.length) {
      const bigger = new Int32Array(Math.max(this.counts.length * 2, 3 * id + 3));
      bigger.set(this.counts);
      this.counts = bigger;
    }
    if (id + 1 > this.native.length) {
      const bigger = new Int32Array(Math.max(this.native.length * 2, id + 1));
      bigger.set(this.native);
      this.native = bigger;
    }
  }
}

/**
 * What the workspace's translations do with the English names and words they meet, counted
 * per locale from each indexed document's {@link TermObservations} and kept current as
 * documents are indexed again or removed. Keys are interned; each document keeps only its
 * observations as numbers, so that they can be taken back out.
 */
export class TermStats {
  private readonly ids = new Map<string, number>();
  /** Each key by its id. */
  private readonly names: string[] = [];
  /** Per English bold label: the ids of its `b:label\u0001translation` keys. */
  private readonly labels = new Map<string, number[]>();
  private readonly locales = new Map<string, LocaleCounts>();
  private readonly documents = new Map<string, { locale: string; observed: Int32Array; native: Int32Array; segments: number }>();

  private changes = 0;

  get size(): number {
    return this.documents.size;
  }

  /** Grows with every change to the counts: what was learned from them before is then out of date. */
  get generation(): number {
    return this.changes;
  }

  /** Counts a document's observations, in place of what it counted before. */
  set(uri: string, locale: string, observations: TermObservations): void {
    this.delete(uri);
    this.changes++;
    const counts = this.localeCounts(locale);
    const observed = new Int32Array(observations.keys.length);
    observations.keys.forEach((key, i) => {
      const id = this.intern(key);
      counts.ensure(id);
      const outcome = observations.outcomes[i];
      observed[i] = id * 4 + outcome;
      counts.counts[3 * id]++;
      if (outcome === Outcome.Kept) counts.counts[3 * id + 1]++;
      else if (outcome === Outcome.CaseChanged) counts.counts[3 * id + 2]++;
    });
    const native = new Int32Array(observations.native.length);
    observations.native.forEach((word, i) => {
      const id = this.intern(`w:${word}`);
      counts.ensure(id);
      native[i] = id;
      counts.native[id]++;
    });
    counts.segments += observations.segments;
    this.documents.set(uri, { locale, observed, native, segments: observations.segments });
  }

  /** Takes a document's observations back out. */
  delete(uri: string): void {
    const doc = this.documents.get(uri);
    if (!doc) return;
    this.changes++;
    this.documents.delete(uri);
    const counts = this.localeCounts(doc.locale);
    for (const v of doc.observed) {
      const id = v >> 2;
      const outcome = v & 3;
      counts.counts[3 * id]--;
      if (outcome === Outcome.Kept) counts.counts[3 * id + 1]--;
      else if (outcome === Outcome.CaseChanged) counts.counts[3 * id + 2]--;
    }
    for (const id of doc.native) counts.native[id]--;
    counts.segments -= doc.segments;
  }

  clear(): void {
    this.changes++;
    this.ids.clear();
    this.names.length = 0;
    this.labels.clear();
    this.locales.clear();
    this.documents.clear();
  }

  /** The counts of a key in one locale, or in all together. */
  count(key: string, locale?: string): TermCount {
    const id = this.ids.get(key);
    if (id === undefined) return NONE;
    if (locale !== undefined) return read(this.locales.get(locale), id);
    let seen = 0;
    let kept = 0;
    let caseChanged = 0;
    for (const counts of this.locales.values()) {
      const c = read(counts, id);
      seen += c.seen;
      kept += c.kept;
      caseChanged += c.caseChanged;
    }
    return { seen, kept, caseChanged };
  }

  /** How many segments of the locale hold the small word in their translation but not in their English. */
  native(word: string, locale: string): number {
    const id = this.ids.get(`w:${word}`);
    const counts = this.locales.get(locale);
    return id === undefined || !counts || id >= counts.native.length ? 0 : counts.native[id];
  }

  /** The segments counted in a locale. */
  segments(locale: string): number {
    return this.locales.get(locale)?.segments ?? 0;
  }

  /** The locales counted. */
  localeNames(): string[] {
    return [...this.locales.keys()];
  }

  private intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
      this.names.push(key);
      if (key.startsWith('b:')) {
        const label = key.slice(2, key.indexOf('\u0001'));
        const list = this.labels.get(label);
        if (list) list.push(id);
        else this.labels.set(label, [id]);
      }
    }
    return id;
  }

  /** How a locale's translations render an English bold label (see `boldPairs`), most often first. */
  labelTranslations(label: string, locale: string): { translation: string; count: number }[] {
    const ids = this.labels.get(label);
    const counts = this.locales.get(locale);
    if (!ids || !counts) return [];
    return ids
      .map((id) => ({ id, count: read(counts, id).seen }))
      .filter((x) => x.count > 0)
      .map((x) => ({ translation: this.keyOf(x.id).slice(this.keyOf(x.id).indexOf('\u0001') + 1), count: x.count }))
      .sort((a, b) => b.count - a.count);
  }

  private keyOf(id: number): string {
    return this.names[id];
  }

  private localeCounts(locale: string): LocaleCounts {
    let counts = this.locales.get(locale);
    if (!counts) this.locales.set(locale, (counts = new LocaleCounts()));
    return counts;
  }
}

function read(counts: LocaleCounts | undefined, id: number): TermCount {
  if (!counts || 3 * id + 2 >= counts.counts.length) return NONE;
  return { seen: counts.counts[3 * id], kept: counts.counts[3 * id + 1], caseChanged: counts.counts[3 * id + 2] };
}
