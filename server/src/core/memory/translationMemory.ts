import { comparedWords, sentenceWords } from './words';
import { IntList, IntTable } from './intList';
import { lengthBounds, matchPercent, wordDiff, type WordChange } from './similarity';
import { detached } from '../util/detached';

/** One translated segment: its English, its translation (both as written, with their markup) and its id. */
export interface MemoryPair {
  readonly english: string;
  readonly translation: string;
  readonly segment: string;
}

/** Where a document's pairs come from. */
export interface MemoryOrigin {
  readonly locale: string;
  /** `HT` or `MT` (`ms.translationtype`). */
  readonly translationType?: string;
  /** `ms.lasthandoff` (MM/DD/YYYY). */
  readonly lastHandoff?: string;
}

/** A translation the memory holds for a sentence like the one asked about. */
export interface MemoryMatch {
  /** The word-level match (0–100); 100 only when the English is the same as written, 99 when only markup, case or punctuation differ. */
  readonly percent: number;
  /** The match's English and translation, as written. */
  readonly english: string;
  readonly translation: string;
  readonly locale: string;
  readonly translationType: string | undefined;
  readonly lastHandoff: string | undefined;
  /** The file and segment id of the best-ranked place with this translation. */
  readonly uri: string;
  readonly segment: string;
  /** How many segments of the memory have this same English and translation. */
  readonly occurrences: number;
  /** The match's English turned into the asked sentence's, word by word. */
  readonly diff: readonly WordChange[];
}

export interface LookupOptions {
  /** The lowest match % to return (default 70). */
  readonly minimum?: number;
  /** The most matches to return (default 10). */
  readonly limit?: number;
  /** A segment to leave out: the one asked about, which the memory holds too. */
  readonly exclude?: { readonly uri: string; readonly segment: string };
}

export interface MemoryStats {
  readonly pairs: number;
  /** Distinct English sentences. */
  readonly sentences: number;
  readonly words: number;
  readonly documents: number;
  /** Pairs left out because the memory was full. */
  readonly dropped: number;
}

export interface TranslationMemoryOptions {
  /** The most pairs held; documents beyond it are left out (default 2,000,000). */
  readonly maxPairs?: number;
}

const DEFAULT_MAX_PAIRS = 2_000_000;
/** Candidates verified with the full similarity, best first by words shared. */
const CANDIDATE_CAP = 400;
/** Texts longer than this are not remembered (a table or a whole paragraph of code). */
const MAX_TEXT = 4000;
const HT = 2;
const MT = 1;

interface DocumentEntry {
  readonly id: number;
  readonly pairs: Int32Array;
}

/**
 * The translation memory: every (English, translation) pair of the workspace's locale
 * versions, with where it comes from. Each distinct English sentence is kept once, as word
 * ids, in an inverted index of its words; a lookup gathers the sentences that share the
 * query's rarest words (enough of them that no sentence reaching the minimum match can be
 * missed), ranks them by words shared, and verifies at most a few hundred with the word-level
 * edit distance. Documents are added and taken out whole, as the locale index reads them.
 */
export class TranslationMemory {
  private readonly maxPairs: number;
  // English sentences.
  private readonly sourceText: string[] = [];
  private readonly sourceStart = new IntTable();
  private readonly sourceLength = new IntTable();
  private readonly sourceFirstPair = new IntTable(1024, -1);
  /** Per sentence: a bit per locale (the 31st for every locale past 30) that has a pair of it. */
  private readonly sourceLocales = new IntTable();
  private readonly wordPool = new IntList(4096);
  private readonly exact = new Map<string, number>();
  // Words.
  private readonly wordIds = new Map<string, number>();
  private readonly postings: IntList[] = [];
  // Pairs.
  private readonly pairSource = new IntTable(1024, -1);
  private readonly pairNext = new IntTable(1024, -1);
  private readonly pairDocument = new IntTable();
  private readonly pairTranslation: (string | undefined)[] = [];
  private readonly pairSegment: (string | undefined)[] = [];
  private readonly freePairs = new IntList();
  private livePairs = 0;
  private changes = 0;
  private droppedPairs = 0;
  // Documents.
  private readonly documents = new Map<string, DocumentEntry>();
  private readonly documentUri: string[] = [];
  private readonly documentLocale = new IntTable();
  private readonly documentType = new IntTable();
  private readonly documentHandoff = new IntTable();
  private readonly documentHandoffText: (string | undefined)[] = [];
  private readonly freeDocuments: number[] = [];
  private readonly localeIds = new Map<string, number>();
  private readonly localeNames: string[] = [];
  // Scratch space of lookups.
  private readonly shared = new IntTable();
  private row: Int32Array<ArrayBufferLike> = new Int32Array(256);

  constructor(options: TranslationMemoryOptions = {}) {
    this.maxPairs = options.maxPairs ?? DEFAULT_MAX_PAIRS;
  }

  get size(): number {
    return this.livePairs;
  }

  /** Changes each time a document is set or deleted: an answer cached with one generation holds until it changes. */
  get generation(): number {
    return this.changes;
  }

  stats(): MemoryStats {
    return { pairs: this.livePairs, sentences: this.exact.size, words: this.wordIds.size, documents: this.documents.size, dropped: this.droppedPairs };
  }

  /** The locales that have pairs. */
  locales(): string[] {
    return [...this.localeIds.keys()];
  }

  /** Remembers a document's pairs, in place of what it had. */
  set(uri: string, origin: MemoryOrigin, pairs: readonly MemoryPair[]): void {
    this.delete(uri);
    this.changes++;
    const kept = pairs.filter(remembered);
    if (kept.length === 0) return;
    if (this.livePairs + kept.length > this.maxPairs) {
      this.droppedPairs += kept.length;
      return;
    }
    const id = this.freeDocuments.pop() ?? this.documentUri.length;
    const locale = this.localeId(origin.locale);
    this.documentUri[id] = uri;
    this.documentLocale.set(id, locale);
    const type = origin.translationType?.trim().toUpperCase();
    this.documentType.set(id, type === 'HT' ? HT : type === 'MT' ? MT : 0);
    this.documentHandoff.set(id, handoffNumber(origin.lastHandoff));
    this.documentHandoffText[id] = origin.lastHandoff;
    const ids = new Int32Array(kept.length);
    kept.forEach((pair, i) => (ids[i] = this.addPair(id, locale, pair)));
    this.documents.set(uri, { id, pairs: ids });
  }

  /** Forgets a document's pairs. */
  delete(uri: string): void {
    const entry = this.documents.get(uri);
    if (!entry) return;
    this.changes++;
    this.documents.delete(uri);
    for (const pair of entry.pairs) this.removePair(pair);
    this.documentUri[entry.id] = '';
    this.documentHandoffText[entry.id] = undefined;
    this.freeDocuments.push(entry.id);
  }

  /** True when the memory holds pairs of the document. */
  has(uri: string): boolean {
    return this.documents.has(uri);
  }

  clear(): void {
    for (const uri of [...this.documents.keys()]) this.delete(uri);
    this.droppedPairs = 0;
  }

  /**
   * The translations into `locale` of the sentences most like `english`: best match first,
   * then human over machine translation, then the latest hand-off. Each distinct translation
   * of an English sentence comes once, with the number of segments that have it.
   */
  lookup(english: string, locale: string, options: LookupOptions = {}): MemoryMatch[] {
    const minimum = Math.max(1, Math.min(100, options.minimum ?? 70));
    const limit = options.limit ?? 10;
    const words = comparedWords(english);
    const lid = this.localeIds.get(locale);
    if (words.length === 0 || lid === undefined) return [];
    const ids = words.map((w, i) => this.wordIds.get(w) ?? -1 - i);
    const scored: { source: number; percent: number }[] = [];
    for (const source of this.candidates(ids, lid, minimum)) {
      const percent = this.adjusted(this.similarity(ids, source), source, english);
      if (percent >= minimum) scored.push({ source, percent });
    }
    return this.ranked(scored, lid, limit, english, options.exclude);
  }

  /**
   * The same lookup by comparing the sentence with every English sentence of the locale,
   * one by one: what the inverted index saves, for the benchmark and the tests.
   */
  lookupLinear(english: string, locale: string, options: LookupOptions = {}): MemoryMatch[] {
    const minimum = Math.max(1, Math.min(100, options.minimum ?? 70));
    const words = comparedWords(english);
    const lid = this.localeIds.get(locale);
    if (words.length === 0 || lid === undefined) return [];
    const ids = words.map((w, i) => this.wordIds.get(w) ?? -1 - i);
    const bit = localeBit(lid);
    const scored: { source: number; percent: number }[] = [];
    for (let source = 0; source < this.sourceText.length; source++) {
      if (!(this.sourceLocales.get(source) & bit)) continue;
      const percent = this.adjusted(this.similarity(ids, source), source, english);
      if (percent >= minimum) scored.push({ source, percent });
    }
    return this.ranked(scored, lid, options.limit ?? 10, english, options.exclude);
  }

  /**
   * Every pair (up to `limit`) whose English, or whose translation into `locale`, holds the
   * words of `phrase` in order; the total says how many there are in all.
   */
  concordance(phrase: string, locale: string, side: 'english' | 'translation', limit = 200): { pairs: ConcordancePair[]; total: number } {
    const words = comparedWords(phrase);
    const lid = this.localeIds.get(locale);
    const pairs: ConcordancePair[] = [];
    let total = 0;
    const joined = words.join(' ');
    if (words.length === 0 || lid === undefined) return { pairs, total };
    const accept = (pair: number, source: number) => {
      if (this.documentLocale.get(this.pairDocument.get(pair)) !== lid) return;
      const translation = this.pairTranslation[pair]!;
      // In translations, a phrase may be part of a word (inflected, compounded, or CJK text without spaces).
      if (side === 'translation' && !comparedWords(translation).join(' ').includes(joined)) return;
      total++;
      if (pairs.length < limit) pairs.push(this.concordancePair(pair, source, translation));
    };
    if (side === 'english') {
      const ids = words.map((w) => this.wordIds.get(w));
      if (ids.some((id) => id === undefined)) return { pairs, total };
      const rarest = (ids as number[]).reduce((a, b) => (this.postings[b].length < this.postings[a].length ? b : a));
      const list = this.postings[rarest];
      for (let k = 0; k < list.length; k++) {
        const source = list.data[k];
        if (k > 0 && list.data[k - 1] === source) continue;
        if (!containsRun(this.wordsOf(source), ids as number[])) continue;
        for (let p = this.sourceFirstPair.get(source); p >= 0; p = this.pairNext.get(p)) accept(p, source);
      }
    } else {
      for (let pair = 0; pair < this.pairTranslation.length; pair++) {
        const source = this.pairSource.get(pair);
        if (source >= 0) accept(pair, source);
      }
    }
    return { pairs, total };
  }

  /** Every live pair of a locale, with its origin; for export and for terminology. */
  *pairs(locale: string): IterableIterator<StoredPair> {
    const lid = this.localeIds.get(locale);
    if (lid === undefined) return;
    for (const [uri, entry] of this.documents) {
      if (this.documentLocale.get(entry.id) !== lid) continue;
      for (const pair of entry.pairs) {
        yield {
          english: this.sourceText[this.pairSource.get(pair)],
          translation: this.pairTranslation[pair]!,
          segment: this.pairSegment[pair]!,
          uri,
          translationType: typeName(this.documentType.get(entry.id)),
          lastHandoff: this.documentHandoffText[entry.id],
        };
      }
    }
  }

  private concordancePair(pair: number, source: number, translation: string): ConcordancePair {
    const document = this.pairDocument.get(pair);
    return {
      english: this.sourceText[source],
      translation,
      uri: this.documentUri[document],
      segment: this.pairSegment[pair]!,
      translationType: typeName(this.documentType.get(document)),
      lastHandoff: this.documentHandoffText[document],
    };
  }

  /** The sentences that can reach `minimum`% against the query's word ids, most words shared first, at most {@link CANDIDATE_CAP}. */
  private candidates(ids: readonly number[], lid: number, minimum: number): number[] {
    const distinct = [...new Set(ids.filter((id) => id >= 0))].sort((a, b) => this.postings[a].length - this.postings[b].length);
    // A sentence reaching the minimum shares at least `need` of the query's words, so it has one of the rarest `prefix` of them.
    const need = Math.ceil((minimum / 100) * ids.length) - (ids.length - distinct.length);
    const prefix = distinct.length - Math.max(1, need) + 1;
    if (prefix <= 0) return [];
    const { min, max } = lengthBounds(ids.length, minimum);
    const bit = localeBit(lid);
    const shared = this.shared;
    const touched: number[] = [];
    for (let k = 0; k < prefix; k++) {
      const list = this.postings[distinct[k]];
      for (let i = 0; i < list.length; i++) {
        const source = list.data[i];
        const count = shared.get(source);
        if (count === 0) {
          const length = this.sourceLength.get(source);
          if (length < min || length > max || !(this.sourceLocales.get(source) & bit)) {
            shared.set(source, -1);
            touched.push(source);
            continue;
          }
          touched.push(source);
        }
        if (count >= 0 && (i === 0 || list.data[i - 1] !== source)) shared.set(source, count + 1);
      }
    }
    // The most words shared first: counts are small, so bucket them rather than sort.
    const buckets: number[][] = Array.from({ length: prefix + 1 }, () => []);
    for (const source of touched) {
      const count = shared.get(source);
      if (count > 0) buckets[count].push(source);
      shared.set(source, 0);
    }
    const out: number[] = [];
    for (let count = prefix; count > 0 && out.length < CANDIDATE_CAP; count--) {
      for (const source of buckets[count]) {
        if (out.length === CANDIDATE_CAP) break;
        out.push(source);
      }
    }
    return out;
  }

  /** 99 in place of 100 when the words are the same but not the text as written (markup, case, punctuation). */
  private adjusted(percent: number, source: number, english: string): number {
    return percent === 100 && this.sourceText[source] !== english.trim() ? 99 : percent;
  }

  private similarity(ids: readonly number[], source: number): number {
    const length = this.sourceLength.get(source);
    if (this.row.length <= length) this.row = new Int32Array(length * 2 + 1);
    return matchPercent(ids, this.wordsOf(source), this.row);
  }

  private wordsOf(source: number): Int32Array<ArrayBufferLike> {
    const start = this.sourceStart.get(source);
    return this.wordPool.data.subarray(start, start + this.sourceLength.get(source));
  }

  private ranked(scored: readonly { source: number; percent: number }[], lid: number, limit: number, english: string, exclude: LookupOptions['exclude']): MemoryMatch[] {
    const found: { pair: number; percent: number; type: number; handoff: number }[] = [];
    for (const { source, percent } of scored) {
      for (let p = this.sourceFirstPair.get(source); p >= 0; p = this.pairNext.get(p)) {
        const document = this.pairDocument.get(p);
        if (this.documentLocale.get(document) !== lid) continue;
        if (exclude && this.pairSegment[p] === exclude.segment && this.documentUri[document] === exclude.uri) continue;
        found.push({ pair: p, percent, type: this.documentType.get(document), handoff: this.documentHandoff.get(document) });
      }
    }
    found.sort((a, b) => b.percent - a.percent || b.type - a.type || b.handoff - a.handoff || a.pair - b.pair);
    const groups = new Map<string, { first: (typeof found)[number]; count: number }>();
    for (const f of found) {
      const key = `${this.pairSource.get(f.pair)}\u0001${this.pairTranslation[f.pair]}`;
      const group = groups.get(key);
      if (group) group.count++;
      else groups.set(key, { first: f, count: 1 });
    }
    const current = sentenceWords(english).map((w) => w.text);
    return [...groups.values()].slice(0, limit).map(({ first, count }) => {
      const document = this.pairDocument.get(first.pair);
      const matchEnglish = this.sourceText[this.pairSource.get(first.pair)];
      return {
        percent: first.percent,
        english: matchEnglish,
        translation: this.pairTranslation[first.pair]!,
        locale: this.localeNames[this.documentLocale.get(document)],
        translationType: typeName(first.type),
        lastHandoff: this.documentHandoffText[document],
        uri: this.documentUri[document],
        segment: this.pairSegment[first.pair]!,
        occurrences: count,
        diff: wordDiff(
          sentenceWords(matchEnglish).map((w) => w.text),
          current,
        ),
      };
    });
  }

  private addPair(document: number, locale: number, pair: MemoryPair): number {
    const source = this.sourceOf(pair.english.trim());
    const id = this.freePairs.length ? this.freePairs.data[--this.freePairs.length] : this.pairTranslation.length;
    this.pairSource.set(id, source);
    this.pairDocument.set(id, document);
    this.pairTranslation[id] = detached(pair.translation);
    this.pairSegment[id] = detached(pair.segment);
    this.pairNext.set(id, this.sourceFirstPair.get(source));
    this.sourceFirstPair.set(source, id);
    this.sourceLocales.set(source, this.sourceLocales.get(source) | localeBit(locale));
    this.livePairs++;
    return id;
  }

  private removePair(pair: number): void {
    const source = this.pairSource.get(pair);
    let previous = -1;
    let mask = 0;
    for (let p = this.sourceFirstPair.get(source); p >= 0; p = this.pairNext.get(p)) {
      if (p === pair) {
        if (previous < 0) this.sourceFirstPair.set(source, this.pairNext.get(p));
        else this.pairNext.set(previous, this.pairNext.get(p));
        continue;
      }
      mask |= localeBit(this.documentLocale.get(this.pairDocument.get(p)));
      previous = p;
    }
    this.sourceLocales.set(source, mask);
    this.pairSource.set(pair, -1);
    this.pairNext.set(pair, -1);
    this.pairTranslation[pair] = undefined;
    this.pairSegment[pair] = undefined;
    this.freePairs.push(pair);
    this.livePairs--;
  }

  /**
   * The id of an English sentence, added when new. A sentence stays when its last pair goes
   * (lookups skip it: it has no locale), so that a document read again finds it in place.
   */
  private sourceOf(english: string): number {
    const known = this.exact.get(english);
    if (known !== undefined) return known;
    const id = this.sourceText.length;
    this.sourceText.push(detached(english));
    this.exact.set(this.sourceText[id], id);
    const words = comparedWords(english);
    this.sourceStart.set(id, this.wordPool.length);
    this.sourceLength.set(id, words.length);
    for (const word of words) {
      let wid = this.wordIds.get(word);
      if (wid === undefined) {
        wid = this.wordIds.size;
        this.wordIds.set(word, wid);
        this.postings.push(new IntList(2));
      }
      this.wordPool.push(wid);
      const list = this.postings[wid];
      if (list.length === 0 || list.data[list.length - 1] !== id) list.push(id);
    }
    return id;
  }

  private localeId(locale: string): number {
    let id = this.localeIds.get(locale);
    if (id === undefined) {
      id = this.localeNames.length;
      this.localeIds.set(locale, id);
      this.localeNames.push(locale);
    }
    return id;
  }
}

/** A pair as concordance and export give it. */
export interface ConcordancePair {
  readonly english: string;
  readonly translation: string;
  readonly uri: string;
  readonly segment: string;
  readonly translationType: string | undefined;
  readonly lastHandoff: string | undefined;
}

export type StoredPair = ConcordancePair;

function localeBit(locale: number): number {
  return 1 << Math.min(locale, 31);
}

function typeName(type: number): string | undefined {
  return type === HT ? 'HT' : type === MT ? 'MT' : undefined;
}

/** A pair worth remembering: both sides there, translated, not huge. */
function remembered(pair: MemoryPair): boolean {
  const en = pair.english.trim();
  const tr = pair.translation.trim();
  return en !== '' && tr !== '' && en !== tr && en.length <= MAX_TEXT && tr.length <= MAX_TEXT;
}

/** A hand-off date (MM/DD/YYYY) as a comparable number; 0 when absent or unreadable. */
function handoffNumber(value: string | undefined): number {
  const m = value && /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(value);
  return m ? Number(m[3]) * 10_000 + Number(m[1]) * 100 + Number(m[2]) : 0;
}

/** True when `words` holds `run` as consecutive words. */
function containsRun(words: ArrayLike<number | string>, run: ArrayLike<number | string>): boolean {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let k = 0; k < run.length; k++) if (words[i + k] !== run[k]) continue outer;
    return true;
  }
  return false;
}
