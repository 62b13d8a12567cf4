import { KEY_PREFIXES, KeyKind, Outcome, type TermObservations } from './observe';
import { detached } from '../util/detached';

/** How often the translations of a locale (or of all locales) kept a name or word of their English. */
export interface TermCount {
  /** Segments whose English holds it. */
  readonly seen: number;
  /** Of those, translations that hold it as written. */
  readonly kept: number;
  /** Of those, translations that hold it with other capitals only. */
  readonly caseChanged: number;
}

/** The counts of a {@link TermStats}, as {@link TermStats.snapshot} gives them: plain data and typed arrays, for another thread. */
export interface TermStatsSnapshot {
  /** Each key (without its kind), by id. */
  readonly keys: readonly string[];
  /** Each key's {@link KeyKind}, by id. */
  readonly kinds: Uint8Array;
  /** Per locale: its segments, three counts per key id (seen, kept, case changed), its own words (by the locale's ids) and the documents that hold each. */
  readonly locales: readonly { readonly locale: string; readonly segments: number; readonly counts: Int32Array; readonly nativeWords: readonly string[]; readonly native: Int32Array }[];
  /** The documents counted. */
  readonly documents: number;
}

const NONE: TermCount = { seen: 0, kept: 0, caseChanged: 0 };

/**
 * Counts that grow with the number of distinct keys: three per key, per locale; and the
 * locale's own words ({@link TermObservations.native}) with the documents that hold each. Those
 * words are numbered per locale, apart from the keys: nine in ten of the workspace's distinct
 * keys are such words, each of one locale, and numbering them with the keys made every
 * locale's counts as long as all locales' words together, and every key's lookup one in a map
 * ten times as large.
 */
class LocaleCounts {
  segments = 0;
  counts = new Int32Array(3 * 1024);
  /** Per word of the locale's own: its id here, and by id the word and the documents that hold it. */
  readonly nativeIds = new Map<string, number>();
  readonly nativeWords: string[] = [];
  native = new Int32Array(1024);

  ensure(id: number): void {
    if (3 * id + 3 > this.counts.length) {
      const bigger = new Int32Array(Math.max(this.counts.length * 2, 3 * id + 3));
      bigger.set(this.counts);
      this.counts = bigger;
    }
  }

  /** Adds to a key's counts (negative numbers take away); the key's room {@link ensure}d. */
  add(id: number, seen: number, kept: number, caseChanged: number): void {
    this.counts[3 * id] += seen;
    this.counts[3 * id + 1] += kept;
    this.counts[3 * id + 2] += caseChanged;
  }

  /** The id of a word of the locale's own, numbered here when new. */
  nativeId(word: string): number {
    let id = this.nativeIds.get(word);
    if (id === undefined) {
      // The word was sliced from its segment's translation, in small letters: kept, it would keep that whole text.
      const kept = detached(word);
      id = this.nativeWords.length;
      this.nativeIds.set(kept, id);
      this.nativeWords.push(kept);
    }
    return id;
  }

  /** Room for the counts of every word numbered so far. */
  ensureNative(): void {
    if (this.nativeWords.length > this.native.length) {
      const bigger = new Int32Array(Math.max(this.native.length * 2, this.nativeWords.length));
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
  /** Per {@link KeyKind}: the ids of its keys (spelled without the kind). */
  private readonly ids = KEY_PREFIXES.split('').map(() => new Map<string, number>());
  /** Each key (without its kind) by its id. */
  private readonly names: string[] = [];
  /** Each key's {@link KeyKind} by its id. */
  private readonly kinds: number[] = [];
  /** Documents counted in a {@link load}ed snapshot (whose observations were not handed over). */
  private loadedDocuments = 0;
  /** Per English bold label: the ids of its `b:label\u0001translation` keys. */
  private readonly labels = new Map<string, number[]>();
  private readonly locales = new Map<string, LocaleCounts>();
  /**
   * The counts of all locales together, kept beside theirs: the checks ask for a name's counts
   * in all locales for nearly every name of every segment, and a sum over the locales per question cost more.
   */
  private everywhere = new LocaleCounts();
  private readonly documents = new Map<string, { locale: string; observed: Int32Array; native: Int32Array; segments: number }>();

  private changes = 0;

  /** The documents counted. */
  get size(): number {
    return this.documents.size + this.loadedDocuments;
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
    const { keys, kinds, counts: seen } = observations;
    // Per distinct key: its id, then how many segments lost it, kept it, kept it with other capitals.
    const observed = new Int32Array(4 * keys.length);
    for (let i = 0; i < keys.length; i++) {
      const id = this.intern(kinds[i] as KeyKind, keys[i]);
      counts.ensure(id);
      this.everywhere.ensure(id);
      const lost = seen[3 * i + Outcome.Lost];
      const kept = seen[3 * i + Outcome.Kept];
      const caseChanged = seen[3 * i + Outcome.CaseChanged];
      observed[4 * i] = id;
      observed[4 * i + 1] = lost;
      observed[4 * i + 2] = kept;
      observed[4 * i + 3] = caseChanged;
      counts.add(id, lost + kept + caseChanged, kept, caseChanged);
      this.everywhere.add(id, lost + kept + caseChanged, kept, caseChanged);
    }
    const words = observations.native;
    const native = new Int32Array(words.length);
    // Numbered first, then counted: the counts grow once for the document's new words, not once per word.
    for (let i = 0; i < words.length; i++) native[i] = counts.nativeId(words[i]);
    counts.ensureNative();
    const nativeCounts = counts.native;
    for (let i = 0; i < native.length; i++) nativeCounts[native[i]]++;
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
    const observed = doc.observed;
    for (let i = 0; i < observed.length; i += 4) {
      const id = observed[i];
      const seen = observed[i + 1] + observed[i + 2] + observed[i + 3];
      counts.add(id, -seen, -observed[i + 2], -observed[i + 3]);
      this.everywhere.add(id, -seen, -observed[i + 2], -observed[i + 3]);
    }
    for (const id of doc.native) counts.native[id]--;
    counts.segments -= doc.segments;
  }

  clear(): void {
    this.changes++;
    for (const ids of this.ids) ids.clear();
    this.names.length = 0;
    this.kinds.length = 0;
    this.loadedDocuments = 0;
    this.labels.clear();
    this.locales.clear();
    this.everywhere = new LocaleCounts();
    this.documents.clear();
  }

  /** The counts of a key spelled with its kind (`s:Intune`), in one locale or in all together. */
  count(key: string, locale?: string): TermCount {
    const kind = KEY_PREFIXES.indexOf(key[0]);
    return kind < 0 || key[1] !== ':' ? NONE : this.countOf(kind as KeyKind, key.slice(2), locale);
  }

  /**
   * The counts of a key of a kind, in one locale or in all together: {@link count} without
   * spelling the key with its kind (the checks ask for names and words of every segment).
   */
  countOf(kind: KeyKind, key: string, locale?: string): TermCount {
    const id = this.ids[kind].get(key);
    if (id === undefined) return NONE;
    return read(locale === undefined ? this.everywhere : this.locales.get(locale), id);
  }

  /**
   * The counts of every key of a kind that `which` accepts, summed, in one locale: what a
   * locale does with a whole class of names ("ADAL", "SAML": acronyms), not with one of them.
   * Goes over all the kind's keys: for answers kept as long as the {@link generation} stands.
   */
  sumOf(kind: KeyKind, which: (key: string) => boolean, locale: string): TermCount {
    const counts = this.locales.get(locale);
    if (!counts) return NONE;
    let seen = 0;
    let kept = 0;
    let caseChanged = 0;
    for (const [key, id] of this.ids[kind]) {
      if (3 * id + 2 >= counts.counts.length || !which(key)) continue;
      seen += counts.counts[3 * id];
      kept += counts.counts[3 * id + 1];
      caseChanged += counts.counts[3 * id + 2];
    }
    return { seen, kept, caseChanged };
  }

  /** How many segments of the locale hold the small word in their translation but not in their English. */
  native(word: string, locale: string): number {
    const counts = this.locales.get(locale);
    const id = counts?.nativeIds.get(word);
    return id === undefined ? 0 : counts!.native[id];
  }

  /** The segments counted in a locale. */
  segments(locale: string): number {
    return this.locales.get(locale)?.segments ?? 0;
  }

  /** The locales counted. */
  localeNames(): string[] {
    return [...this.locales.keys()];
  }

  private intern(kind: KeyKind, spelled: string): number {
    const ids = this.ids[kind];
    let id = ids.get(spelled);
    if (id === undefined) {
      // A name was sliced from its segment's English: kept, it would keep that whole text.
      const key = detached(spelled);
      id = this.names.length;
      ids.set(key, id);
      this.names.push(key);
      this.kinds.push(kind);
      if (kind === KeyKind.LabelTranslation) {
        const label = key.slice(0, key.indexOf('\u0001'));
        const list = this.labels.get(label);
        if (list) list.push(id);
        else this.labels.set(label, [id]);
      }
    }
    return id;
  }

  /**
   * How a locale's translations most often render an English bold label (see `boldPairs`), and
   * how often; of renderings as frequent, the one counted first. Asked for every bold of every
   * segment: the renderings are compared by their counts, and only the answer's text is made.
   */
  topLabelTranslation(label: string, locale: string): { translation: string; count: number } | undefined {
    const ids = this.labels.get(label);
    const counts = this.locales.get(locale);
    if (!ids || !counts) return undefined;
    let best = -1;
    let most = 0;
    for (const id of ids) {
      // `read(counts, id).seen` without the object.
      const count = 3 * id + 2 < counts.counts.length ? counts.counts[3 * id] : 0;
      if (count > most) {
        most = count;
        best = id;
      }
    }
    if (best === -1) return undefined;
    const key = this.keyOf(best);
    return { translation: key.slice(key.indexOf('\u0001') + 1), count: most };
  }

  /**
   * The counts as they stand, in a form that crosses to another thread cheaply (one list of
   * keys, typed arrays of counts): what the command line's worker threads check with, instead of
   * each learning from every document again.
   */
  snapshot(): TermStatsSnapshot {
    const keys = this.names.length;
    return {
      keys: [...this.names],
      kinds: Uint8Array.from(this.kinds),
      locales: [...this.locales].map(([locale, c]) => ({ locale, segments: c.segments, counts: c.counts.slice(0, 3 * keys), nativeWords: [...c.nativeWords], native: c.native.slice(0, c.nativeWords.length) })),
      documents: this.size,
    };
  }

  /**
   * Takes the counts of a {@link snapshot} in place of its own. The counted documents'
   * observations are not in a snapshot: they count in {@link size}, but cannot be taken back out
   * ({@link delete} knows only the documents {@link set} here).
   */
  load(snapshot: TermStatsSnapshot): void {
    this.clear();
    snapshot.keys.forEach((key, i) => this.intern(snapshot.kinds[i] as KeyKind, key));
    for (const { locale, segments, counts, nativeWords, native } of snapshot.locales) {
      const into = this.localeCounts(locale);
      into.segments = segments;
      into.counts = counts.slice();
      into.ensure(snapshot.keys.length);
      for (const word of nativeWords) into.nativeId(word);
      into.native = native.slice();
      into.ensureNative();
    }
    this.everywhere.ensure(snapshot.keys.length);
    for (const { counts } of this.locales.values()) for (let k = 0; k < 3 * snapshot.keys.length; k++) this.everywhere.counts[k] += counts[k];
    this.loadedDocuments = snapshot.documents;
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
