import type { Range } from 'vscode-languageserver-types';
import type { Segment, SxsDocument } from '../model';
import { comparableText } from '../index/comparable';
import { mappedSegments, SegmentMatcher } from '../index/coverage';
import { plainEnglish, type CurrentSentence, type SegmentChanges } from '../changes/segmentChanges';
import { plainText } from '../markdown/plainText';
import type { LoadedVersion } from './versionModels';
import { shorten } from '../text/shorten';

/** A segment of this document whose English differs from the current English. */
export interface SegmentChange {
  /** The segment's index in this document. */
  readonly index: number;
  /** `changed`: the English now reads `english`; `removed`: the newer English no longer has the segment. */
  readonly kind: 'changed' | 'removed';
  /** The current English (readable, shortened), when changed. */
  readonly english: string | undefined;
  /** Where the current English was read: the English source, or another locale version. */
  readonly from: LoadedVersion;
  /** Where in `from` that English is. */
  readonly range: Range | undefined;
}

/**
 * The segments whose English changed or was removed, read from their alignment with the
 * current English: each quotes the one sentence (or the few it was split into) of the
 * current English it now is, as plain text (as Markdown when only its Markdown changed).
 */
export function changesFromAlignment(doc: SxsDocument, alignment: SegmentChanges, from: LoadedVersion): SegmentChange[] {
  const changes: SegmentChange[] = [];
  for (const s of alignment.segments) {
    if (s.state === 'unchanged' || !doc.segments[s.index].source?.text.trim()) continue;
    const first = s.english[0]?.range;
    const last = s.english[s.english.length - 1]?.range;
    changes.push({
      index: s.index,
      kind: s.state,
      english: s.state === 'changed' ? quotedEnglish(doc.segments[s.index].source!.text, s.english) : undefined,
      from,
      range: first && last ? { start: first.start, end: last.end } : undefined,
    });
  }
  return changes;
}

/**
 * The current English of a changed segment for a message: as plain text, or as Markdown when
 * only its Markdown changed (bold added or taken off), which the plain text would not show.
 */
function quotedEnglish(lookup: string, now: readonly CurrentSentence[]): string {
  const same = now.map((s) => plainText(s.text)).join(' ').replace(/\s+/g, ' ').trim() === plainText(lookup).replace(/\s+/g, ' ').trim();
  return same ? shorten(now.map((s) => s.text.replace(/\s+/g, ' ').trim()).join(' '), 300) : plainEnglish(now);
}

/**
 * Segments whose English differs (after normalising whitespace, link placement and locale
 * folders in URLs) from what every one of `references` that has the segment carries. A
 * paragraph segment is compared with the run of sentence segments it stands for, joined.
 * With `reportRemoved`, a segment that no reference has is reported as removed.
 */
export function changesAgainstVersions(doc: SxsDocument, references: readonly LoadedVersion[], reportRemoved: boolean): SegmentChange[] {
  if (!references.length) return [];
  if (references.some((r) => sameSentences(doc.segments, r.model.segments))) return [];
  const mine = mappedSegments(doc.segments);
  const myMatcher = new SegmentMatcher(mine);
  const theirs = references.map((r) => mappedSegments(r.model.segments));
  const matchers = theirs.map((t) => new SegmentMatcher(t));
  const changes: SegmentChange[] = [];
  doc.segments.forEach((s, i) => {
    if (!s.source || s.number < 0) return;
    let differing: { from: LoadedVersion; english: string; matched: Segment[] } | undefined;
    let agreed = false;
    let present = false;
    references.forEach((ref, r) => {
      const matchedIndices = matchers[r].matches(mine[i]);
      if (!matchedIndices.length) return;
      present = true;
      const matched = matchedIndices.map((j) => ref.model.segments[j]);
      // Compare like with like: a paragraph segment on either side is compared with the run of sentences it stands for.
      const myRun = [...new Set(matchedIndices.flatMap((j) => myMatcher.matches(theirs[r][j])))].sort((a, b) => a - b);
      const english = matched.map((t) => t.source?.text ?? '').join(' ');
      const mineJoined = myRun.map((k) => doc.segments[k].source?.text ?? '').join(' ');
      if (sameComparableText(english, mineJoined)) agreed = true;
      else differing ??= { from: ref, english, matched };
    });
    if (differing && !agreed) changes.push({ index: i, kind: 'changed', english: shorten(differing.english, 300), from: differing.from, range: lookupRange(differing.matched) });
    else if (!present && reportRemoved) changes.push({ index: i, kind: 'removed', english: undefined, from: references[0], range: undefined });
  });
  return changes;
}

/**
 * True when both files are the same sentence segments (no paragraph segment) with the same
 * English, in the same order: then each segment of one has its very English in the other,
 * so that version agrees on every segment and nothing changed. Most versions of a document
 * are made from the same English; this spares matching and comparing every segment.
 * (A paragraph segment can stand for sentences around it, so files with one are compared in full.)
 */
function sameSentences(mine: readonly Segment[], theirs: readonly Segment[]): boolean {
  if (mine.length !== theirs.length) return false;
  for (let i = 0; i < mine.length; i++) {
    const a = mine[i];
    const b = theirs[i];
    if (a.paragraph || b.paragraph || a.number !== b.number || (a.source?.text ?? '') !== (b.source?.text ?? '')) return false;
  }
  return true;
}

/**
 * True when the two English texts compare as the same. Most versions carry the very same
 * English, so the texts are first compared as they are: normalising both (a few regular
 * expressions and new strings each) for every segment, version and document is much of the
 * time of a check across a whole workspace.
 */
function sameComparableText(a: string, b: string): boolean {
  return a === b || comparableText(a) === comparableText(b);
}

/** From the first matched segment's English lookup to the last's. */
function lookupRange(matched: readonly Segment[]): Range | undefined {
  const first = matched[0]?.source ?? matched[0]?.translation;
  const last = matched[matched.length - 1]?.source ?? matched[matched.length - 1]?.translation;
  return first && last ? { start: first.content.range.start, end: last.content.range.end } : undefined;
}
