import { normalizeLocale } from '../locale';
import type { SxsDocument } from '../model';
import { comparableHash, comparableText } from './comparable';
import { refineParagraphCoverage, segmentCoverage, type Coverage } from './coverage';
import { locateEnglish } from './englishLocator';
import { detach } from './hashing';
import type { DocumentPlace } from './layout';
import type { DocumentHashes } from './segmentHashes';
import { SegmentFlags, SegmentTable } from './segmentTable';
import type { MemoryPair } from '../memory/translationMemory';
import type { TermObservations } from '../terms/observe';

/** What the index keeps of one locale version of a document: keys and a segment table, no text. */
export interface IndexedDocument {
  readonly uri: string;
  /** The counterpart key shared by all locale versions of the document. */
  readonly key: string;
  /** `ms.contentlocale` when the file has one, else the locale its path names. */
  readonly locale: string;
  /** The English source (no segments of its own; its table says where each segment's English is). */
  readonly english: boolean;
  /** `MT` or `HT` (`ms.translationtype`). */
  readonly translationType: string | undefined;
  readonly openLocFileHash: string | undefined;
  readonly sourceGitCommit: string | undefined;
  /** The hand-off date (MM/DD/YYYY) of `ms.lasthandoff`. */
  readonly lastHandoff: string | undefined;
  /** English source only: the SHA-1 of the file with CRLF line endings, which `ms.openlocfilehash` should equal. */
  readonly contentHash: string | undefined;
  readonly segments: SegmentTable;
  /** Different for every version of every entry, so that caches can key on it. */
  readonly stamp: number;
  /**
   * The translated segments with their English: what the store learns from (the translation
   * memory, and how the translation treats its English's names and words, counted into the
   * term statistics), then drops.
   */
  readonly pairs?: readonly MemoryPair[];
  /**
   * What the translation does with its English's names and words, observed already from its
   * pairs where it was indexed (a worker thread of the command line, or its cache): the store
   * counts it instead of observing the pairs again. The command line keeps no translation
   * memory, so such an entry comes without its pairs.
   */
  readonly observed?: TermObservations;
}

/**
 * The entry of a translated document. `others` are other locale versions of it, when at
 * hand: they settle which sentences each of several consecutive paragraph segments stands
 * for. `hashes`: the segments' hashes, when worked out already.
 */
export function indexTranslation(uri: string, place: DocumentPlace, model: SxsDocument, stamp: number, others: readonly SxsDocument[] = [], hashes?: DocumentHashes): IndexedDocument {
  const keys = model.keys;
  return {
    uri,
    key: place.key,
    locale: (keys.contentLocale && normalizeLocale(keys.contentLocale)) || place.locale,
    english: false,
    translationType: detach(keys.translationType?.trim().toUpperCase()),
    openLocFileHash: detach(keys.openLocFileHash?.trim().toLowerCase()),
    sourceGitCommit: detach(keys.sourceGitCommit?.trim().toLowerCase()),
    lastHandoff: detach(keys.lastHandoff?.trim()),
    contentHash: undefined,
    segments: SegmentTable.ofDocument(model, paragraphCoverage(model, others), hashes),
    stamp,
    pairs: memoryPairs(model),
  };
}

/** The segments that have both sides, for the translation memory. */
function memoryPairs(model: SxsDocument): MemoryPair[] {
  const pairs: MemoryPair[] = [];
  for (const s of model.segments) if (s.source) pairs.push({ english: s.source.text, translation: s.translation.text, segment: s.id });
  return pairs;
}

/** The sentences each segment stands for, consecutive paragraph segments split by the other versions' English. */
function paragraphCoverage(model: SxsDocument, others: readonly SxsDocument[]): Coverage[] {
  const coverage = segmentCoverage(model.segments);
  if (!others.length || !hasParagraphRun(model)) return coverage;
  const withEnglish = (doc: SxsDocument) => doc.segments.map((s) => ({ number: s.number, paragraph: s.paragraph, english: s.source?.text ?? '' }));
  return refineParagraphCoverage(withEnglish(model), coverage, others.map(withEnglish), (a, b) => comparableText(a) === comparableText(b));
}

/** True when two paragraph segments follow each other: the only case the neighbours leave open. */
export function hasParagraphRun(model: SxsDocument): boolean {
  return model.segments.some((s, i) => s.paragraph && model.segments[i + 1]?.paragraph);
}

/**
 * The entry of an English source file. Its table follows the segments of `reference` (a
 * translation of the same document, preferably of this very English) and holds where each
 * segment's English is in the file.
 */
export function indexEnglish(uri: string, place: DocumentPlace, english: SxsDocument, contentHash: string, reference: SxsDocument | undefined, stamp: number): IndexedDocument {
  return {
    uri,
    key: place.key,
    locale: place.locale,
    english: true,
    translationType: undefined,
    openLocFileHash: undefined,
    sourceGitCommit: undefined,
    lastHandoff: undefined,
    contentHash,
    segments: reference ? englishTable(english, reference) : SegmentTable.EMPTY,
    stamp,
  };
}

/** The offset where an English file's body starts (after its front matter). */
export function bodyStart(doc: SxsDocument): number {
  return doc.frontMatter?.full.end ?? (doc.bom ? 1 : 0);
}

function englishTable(english: SxsDocument, reference: SxsDocument): SegmentTable {
  const segments = reference.segments;
  const located = locateEnglish(
    english.text,
    bodyStart(english),
    segments.map((s) => ({ number: s.number, paragraph: s.paragraph, text: s.source?.text ?? '' })),
  );
  const coverage = segmentCoverage(segments);
  return SegmentTable.from(
    segments.map((s, i) => {
      const at = located[i];
      return {
        number: s.number,
        paragraph: s.paragraph,
        lo: coverage[i].lo,
        hi: coverage[i].hi,
        flags: at.found ? 0 : SegmentFlags.approximate,
        range: english.lines.rangeOf(at.start, at.end),
        englishHash: at.found ? comparableHash(english.text.slice(at.start, at.end)) : [0, 0],
        translationHash: [0, 0],
      };
    }),
  );
}

/**
 * The translation to take an English file's segment numbering from: one made from this
 * very English (its `ms.openlocfilehash` is the file's hash), else the latest handed off.
 */
export function chooseReference(translations: readonly IndexedDocument[], contentHash: string): IndexedDocument | undefined {
  const withSegments = translations.filter((t) => !t.english && t.segments.length > 0);
  const exact = withSegments.find((t) => t.openLocFileHash === contentHash);
  if (exact) return exact;
  return [...withSegments].sort((a, b) => handoffTime(b.lastHandoff) - handoffTime(a.lastHandoff))[0];
}

/** A hand-off date (MM/DD/YYYY) as a comparable number; 0 when absent or unreadable. */
export function handoffTime(value: string | undefined): number {
  const m = value && /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(value);
  return m ? Number(m[3]) * 10_000 + Number(m[1]) * 100 + Number(m[2]) : 0;
}
