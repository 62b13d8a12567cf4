import type { Range } from 'vscode-languageserver-types';
import { bodyStart } from '../index/indexedDocument';
import { plainText } from '../markdown/plainText';
import type { SxsDocument } from '../model';
import { alignSentences, type MatchKind } from './align';
import { blockOfLine, type Block } from './blocks';
import { englishSentences } from './englishSentences';
import { normalisedEnglish } from './normalise';

/** A sentence of the current English. */
export interface CurrentSentence {
  /** Its Markdown. */
  readonly text: string;
  /** Where it is in the file it was read from. */
  readonly range: Range;
}

/** The current English of a document, sentence by sentence, and where it was read. */
export interface CurrentEnglish {
  readonly uri: string;
  /** `source`: the English source file, split into sentences; `locale`: the English lookups of another (newer) locale version. */
  readonly kind: 'source' | 'locale';
  /** The locale of the version read, for `locale`. */
  readonly locale?: string;
  readonly sentences: readonly CurrentSentence[];
  /** The block of the sentence at an index (a heading of a level, a list item, a table cell, a paragraph), read when the alignment needs it. */
  readonly blockOf?: (index: number) => Block | undefined;
}

/** What became of one segment's English. */
export interface SegmentState {
  /** The segment's index in the document. */
  readonly index: number;
  /** `unchanged` also when the English only moved, or differs in white space, quotes or escapes; a segment without an English lookup is `unchanged`. */
  readonly state: 'unchanged' | 'changed' | 'removed';
  /** How it was matched (undefined when removed or without a lookup). */
  readonly match: MatchKind | undefined;
  /** The current English sentence(s) it matches: one, or the few it was split into, or the one it was merged into. */
  readonly english: readonly CurrentSentence[];
}

/** A sentence of the current English that no segment has. */
export interface AddedSentence {
  readonly sentence: CurrentSentence;
  /** The index of the segment it goes after (-1: before the first). */
  readonly after: number;
}

/** The alignment of a translation's segments with the current English. */
export interface SegmentChanges {
  readonly from: CurrentEnglish;
  /** Per segment of the document, in order. */
  readonly segments: readonly SegmentState[];
  /** The added English sentences, in order. */
  readonly added: readonly AddedSentence[];
}

/** The current English as the English source file has it, split into sentences as the localization pipeline splits it. */
export function currentEnglishOfSource(uri: string, english: SxsDocument): CurrentEnglish {
  const split = englishSentences(english.text, bodyStart(english));
  return {
    uri,
    kind: 'source',
    sentences: split.map((s) => ({ text: s.text, range: english.lines.rangeOf(s.start, s.end) })),
    blockOf: (index) => split[index]?.block,
  };
}

/** The current English as another locale version's English lookups have it (matched by text, never by segment number). */
export function currentEnglishOfVersion(uri: string, locale: string, version: SxsDocument): CurrentEnglish {
  const withEnglish = version.segments.filter((s) => s.source?.text.trim());
  return {
    uri,
    kind: 'locale',
    locale,
    sentences: withEnglish.map((s) => ({ text: s.source!.text, range: s.source!.content.range })),
    blockOf: (index) => (withEnglish[index] ? blockOfLine(version.text, withEnglish[index].full.start) : undefined),
  };
}

/**
 * Per segment of a translation: is its English unchanged, changed (to which sentence or
 * sentences) or removed in the current English; and the current English sentences no
 * segment has (added), with the segment they go after. The segments' English lookups are
 * aligned with the current English in document order (see `alignSentences`).
 */
export function segmentChanges(doc: SxsDocument, current: CurrentEnglish): SegmentChanges {
  const compared = doc.segments.filter((s) => s.source?.text.trim());
  const alignment = alignSentences(
    compared.map((s) => s.source!.text),
    current.sentences.map((s) => s.text),
    { old: (k) => blockOfLine(doc.text, compared[k].full.start), now: (j) => current.blockOf?.(j) },
  );
  const states = new Map<number, SegmentState>();
  compared.forEach((segment, k) => {
    const match = alignment.old[k];
    const english = match.now.map((j) => current.sentences[j]);
    // A paragraph segment (`-pN`) stands for several sentences: the same words, split or joined, are unchanged.
    const joined = (texts: readonly string[]) => normalisedEnglish(texts.join(' '));
    const sameWhenJoined =
      (match.kind === 'split' && joined([segment.source!.text]) === joined(english.map((e) => e.text))) ||
      (match.kind === 'merged' && match.now.length === 1 && joined(alignment.now[match.now[0]].map((o) => compared[o].source!.text)) === joined([english[0].text]));
    const state = !match.kind ? 'removed' : match.kind === 'exact' || match.kind === 'normalised' || match.kind === 'moved' || sameWhenJoined ? 'unchanged' : 'changed';
    states.set(segment.index, { index: segment.index, state, match: match.kind, english });
  });
  const added: AddedSentence[] = [];
  let after = -1;
  alignment.now.forEach((olds, j) => {
    if (olds.length) after = Math.max(after, ...olds.map((k) => compared[k].index));
    else added.push({ sentence: current.sentences[j], after });
  });
  return {
    from: current,
    segments: doc.segments.map((s) => states.get(s.index) ?? { index: s.index, state: 'unchanged', match: undefined, english: [] }),
    added,
  };
}

/** The current English of a changed segment as one line of plain text for a message (the sentences it was split into, joined), shortened. */
export function plainEnglish(sentences: readonly CurrentSentence[], max = 300): string {
  const t = sentences.map((s) => plainText(s.text)).join(' ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
