import type { Location, LocationLink, Position, Range } from 'vscode-languageserver-types';
import { mappedSegments, segmentLabel, type MappedSegment } from '../index/coverage';
import type { IndexedDocument } from '../index/indexedDocument';
import { versionStatus, type VersionStatus } from '../index/versionStatus';
import type { SxsDocument } from '../model';
import { plainText } from '../markdown/plainText';
import { segmentAt } from '../segmentAt';
import { shorten } from '../text/shorten';
import type { SentenceCounterparts } from './englishCounterparts';

/** The segment under the cursor, as other versions are searched for it. */
export interface SegmentAtCursor {
  readonly segment: MappedSegment;
  /** `104`, or `p103`. */
  readonly label: string;
  /** The whole segment here (what Go to Definition underlines). */
  readonly originRange: Range;
  /** The segment's text here (its translation, or in an English source its English). */
  readonly range: Range;
}

/** One other version of the document, with where the segment is in it. */
export interface CounterpartSummary {
  readonly uri: string;
  readonly locale: string;
  readonly english: boolean;
  readonly translationType: string | undefined;
  readonly status: VersionStatus;
  /** The corresponding segments' ranges (several for the sentences a paragraph segment stands for); empty when it has none. */
  readonly ranges: readonly Range[];
}

/** The other versions of a document, and the segment they were searched for. */
export interface CounterpartsAnswer {
  /** The document itself as the index knows it, with its `ms.translationtype` (MT, HT). */
  readonly self: { readonly locale: string; readonly english: boolean; readonly status: VersionStatus; readonly translationType?: string } | undefined;
  readonly segment: SegmentAtCursor | undefined;
  readonly versions: readonly CounterpartSummary[];
}

/** The segment at a position of a translation: a segment of the document's live text. */
export function segmentUnderCursor(doc: SxsDocument, entry: IndexedDocument | undefined, position: Position): SegmentAtCursor | undefined {
  const segment = segmentAt(doc, doc.lines.offsetAt(position));
  if (!segment) return undefined;
  // The index's row, when it is of this text, knows how a run of paragraph segments divides its sentences.
  const row = entry && entry.segments.length === doc.segments.length && entry.segments.number(segment.index) === segment.number ? entry.segments.mapped(segment.index) : undefined;
  const mapped = row ?? mappedSegments(doc.segments)[segment.index];
  return { segment: mapped, label: segmentLabel(mapped), originRange: segment.full.range, range: segment.translation.content.range };
}

/**
 * The sentence of an English source as a segment at the cursor: labelled as the translations
 * label the segment that carries it (the label most of them use); a sentence no translation
 * has yet, by its first words.
 */
function sentenceUnderCursor(found: SentenceCounterparts): SegmentAtCursor {
  const counts = new Map<string, number>();
  for (const v of found.versions) for (const s of v.segments) counts.set(segmentLabel(s), (counts.get(segmentLabel(s)) ?? 0) + 1);
  const label = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? `“${shorten(plainText(found.sentence.text), 40, { atWord: true })}”`;
  const first = found.versions.flatMap((v) => v.segments)[0];
  const segment: MappedSegment = first ? { number: first.number, paragraph: first.paragraph, lo: first.number, hi: first.number } : { number: -1, paragraph: false, lo: -1, hi: -1 };
  return { segment, label, originRange: found.sentence.range, range: found.sentence.range };
}

/**
 * Every other version of the document with its status and where the segment at the
 * position is in it. In a translation, reads the index's tables only: no file is read. In
 * the English source, `english` is the sentence at the position with the segments the
 * translations have for it (aligned by text, see `sentenceCounterparts`); without it, or
 * off a sentence, the versions are listed without a segment.
 */
export function findCounterparts(uri: string, doc: SxsDocument, position: Position | undefined, versions: readonly IndexedDocument[], english?: SentenceCounterparts): CounterpartsAnswer {
  const self = versions.find((v) => v.uri === uri);
  const others = versions.filter((v) => v.uri !== uri);
  if (self?.english) return englishAnswer(self, others, english);
  const segment = position ? segmentUnderCursor(doc, self, position) : undefined;
  const selfKeys = self ?? { english: false, openLocFileHash: doc.keys.openLocFileHash?.trim().toLowerCase(), lastHandoff: doc.keys.lastHandoff };
  return {
    self: self ? { locale: self.locale, english: self.english, status: versionStatus(selfKeys, others), translationType: doc.keys.translationType?.trim() || undefined } : undefined,
    segment,
    versions: others.map((v) => ({
      uri: v.uri,
      locale: v.locale,
      english: v.english,
      translationType: v.translationType,
      status: versionStatus(v, versions.filter((o) => o !== v)),
      ranges: segment ? v.segments.correspondingTo(segment.segment).map((row) => v.segments.range(row)) : [],
    })),
  };
}

/** The versions of an English source: where each translation has the sentence at the cursor. */
function englishAnswer(self: IndexedDocument, others: readonly IndexedDocument[], english: SentenceCounterparts | undefined): CounterpartsAnswer {
  const found = new Map(english?.versions.map((v) => [v.entry.uri, v.segments]));
  return {
    self: { locale: self.locale, english: true, status: versionStatus(self, others) },
    segment: english && sentenceUnderCursor(english),
    versions: others.map((v) => ({
      uri: v.uri,
      locale: v.locale,
      english: v.english,
      translationType: v.translationType,
      status: versionStatus(v, [self, ...others.filter((o) => o !== v)]),
      ranges: english ? (found.get(v.uri) ?? []).map((s) => s.range) : [],
    })),
  };
}

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Go to Definition: on a segment, the same segment in every other version (Peek lists them
 * all); elsewhere, the other versions themselves.
 */
export function counterpartDefinition(answer: CounterpartsAnswer): LocationLink[] {
  const { segment } = answer;
  if (!segment) return answer.versions.map((v) => ({ targetUri: v.uri, targetRange: START, targetSelectionRange: START }));
  return answer.versions.flatMap((v) => v.ranges.map((range) => ({ originSelectionRange: segment.originRange, targetUri: v.uri, targetRange: range, targetSelectionRange: range })));
}

/** Find All References on a segment: all its locale versions (this one too, when asked). */
export function counterpartReferences(uri: string, answer: CounterpartsAnswer, includeDeclaration: boolean): Location[] {
  const { segment } = answer;
  if (!segment) return [];
  const own: Location[] = includeDeclaration ? [{ uri, range: segment.range }] : [];
  return [...own, ...answer.versions.flatMap((v) => v.ranges.map((range) => ({ uri: v.uri, range })))];
}
