import type { Range } from 'vscode-languageserver-types';
import type { SxsDocument } from '../model';
import { comparableHash, translationHash } from './comparable';
import { segmentCoverage, type Coverage, type MappedSegment } from './coverage';
import type { DocumentHashes } from './segmentHashes';

const STRIDE = 12;
const NUMBER = 0;
const FLAGS = 1;
const LO = 2;
const HI = 3;
const RANGE = 4; // start line, start character, end line, end character
const ENGLISH_HASH = 8; // two 32-bit halves
const TRANSLATION_HASH = 10; // two 32-bit halves

/** Flag bits of a row. */
export const SegmentFlags = {
  paragraph: 1,
  /** English table only: the segment's English was not found in the English file; the range is where it should be. */
  approximate: 2,
} as const;

/** One row, as the features read it. */
export interface SegmentRow extends MappedSegment {
  readonly index: number;
  readonly flags: number;
  readonly range: Range;
}

/** What a row is made of. */
export interface SegmentRowInput extends MappedSegment {
  readonly flags: number;
  readonly range: Range;
  readonly englishHash: readonly [number, number];
  readonly translationHash: readonly [number, number];
}

/**
 * The segments of one indexed document, compactly: per segment its number, paragraph flag,
 * the sentence numbers it covers, where it is (the translation's text, or in an English
 * file the English sentence) and 64-bit hashes of its comparable English and translation.
 * One Int32Array per document, 48 bytes a segment, no texts.
 */
export class SegmentTable {
  static readonly EMPTY = new SegmentTable(new Int32Array(0));

  private constructor(private readonly data: Int32Array) {}

  static from(rows: readonly SegmentRowInput[]): SegmentTable {
    if (!rows.length) return SegmentTable.EMPTY;
    const data = new Int32Array(rows.length * STRIDE);
    rows.forEach((r, i) => {
      const o = i * STRIDE;
      data[o + NUMBER] = r.number;
      data[o + FLAGS] = r.flags | (r.paragraph ? SegmentFlags.paragraph : 0);
      data[o + LO] = r.lo;
      data[o + HI] = r.hi;
      data[o + RANGE] = r.range.start.line;
      data[o + RANGE + 1] = r.range.start.character;
      data[o + RANGE + 2] = r.range.end.line;
      data[o + RANGE + 3] = r.range.end.character;
      data[o + ENGLISH_HASH] = r.englishHash[0];
      data[o + ENGLISH_HASH + 1] = r.englishHash[1];
      data[o + TRANSLATION_HASH] = r.translationHash[0];
      data[o + TRANSLATION_HASH + 1] = r.translationHash[1];
    });
    return new SegmentTable(data);
  }

  /** The table of a translated document: one row per segment, ranges of the translated text; `hashes`, when given, are the segments' hashes worked out already. */
  static ofDocument(doc: SxsDocument, coverage: readonly Coverage[] = segmentCoverage(doc.segments), hashes?: DocumentHashes): SegmentTable {
    const segments = doc.segments;
    if (!segments.length) return SegmentTable.EMPTY;
    // Written straight into the array: the index does this for every segment of the workspace.
    const data = new Int32Array(segments.length * STRIDE);
    for (let i = 0, o = 0; i < segments.length; i++, o += STRIDE) {
      const s = segments[i];
      const range = s.translation.content.range;
      data[o + NUMBER] = s.number;
      data[o + FLAGS] = s.paragraph ? SegmentFlags.paragraph : 0;
      data[o + LO] = coverage[i].lo;
      data[o + HI] = coverage[i].hi;
      data[o + RANGE] = range.start.line;
      data[o + RANGE + 1] = range.start.character;
      data[o + RANGE + 2] = range.end.line;
      data[o + RANGE + 3] = range.end.character;
      const english = hashes ? hashes.englishHash(i) : comparableHash(s.source?.text ?? '');
      data[o + ENGLISH_HASH] = english[0];
      data[o + ENGLISH_HASH + 1] = english[1];
      const translation = hashes ? hashes.translationHash(i) : translationHash(s.translation.text);
      data[o + TRANSLATION_HASH] = translation[0];
      data[o + TRANSLATION_HASH + 1] = translation[1];
    }
    return new SegmentTable(data);
  }

  /** The table from its array, as {@link raw} gave it (from another thread). */
  static fromRaw(data: Int32Array): SegmentTable {
    return data.length ? new SegmentTable(data) : SegmentTable.EMPTY;
  }

  /** The underlying array, to send the table to another thread. */
  raw(): Int32Array {
    return this.data;
  }

  get length(): number {
    return this.data.length / STRIDE;
  }

  /** Bytes of segment data held. */
  get byteLength(): number {
    return this.data.byteLength;
  }

  number(i: number): number {
    return this.data[i * STRIDE + NUMBER];
  }

  paragraph(i: number): boolean {
    return (this.data[i * STRIDE + FLAGS] & SegmentFlags.paragraph) !== 0;
  }

  flags(i: number): number {
    return this.data[i * STRIDE + FLAGS];
  }

  lo(i: number): number {
    return this.data[i * STRIDE + LO];
  }

  hi(i: number): number {
    return this.data[i * STRIDE + HI];
  }

  range(i: number): Range {
    const o = i * STRIDE + RANGE;
    const d = this.data;
    return { start: { line: d[o], character: d[o + 1] }, end: { line: d[o + 2], character: d[o + 3] } };
  }

  /** True when row i's comparable English hashes to `hash`. */
  englishIs(i: number, hash: readonly [number, number]): boolean {
    const o = i * STRIDE + ENGLISH_HASH;
    return this.data[o] === hash[0] && this.data[o + 1] === hash[1];
  }

  englishHash(i: number): [number, number] {
    const o = i * STRIDE + ENGLISH_HASH;
    return [this.data[o], this.data[o + 1]];
  }

  translationHash(i: number): [number, number] {
    const o = i * STRIDE + TRANSLATION_HASH;
    return [this.data[o], this.data[o + 1]];
  }

  /** The mapping fields of row i, for {@link segmentsCorrespond}. */
  mapped(i: number): MappedSegment {
    const o = i * STRIDE;
    const d = this.data;
    return { number: d[o + NUMBER], paragraph: (d[o + FLAGS] & SegmentFlags.paragraph) !== 0, lo: d[o + LO], hi: d[o + HI] };
  }

  row(i: number): SegmentRow {
    return { ...this.mapped(i), index: i, flags: this.flags(i), range: this.range(i) };
  }

  /**
   * Row indices whose segment corresponds to `segment` (see segmentsCorrespond: same number,
   * or a paragraph segment and its sentences), read straight from the array: this answers
   * Go to Definition, for every version, on every request.
   */
  correspondingTo(segment: MappedSegment): number[] {
    const out: number[] = [];
    if (segment.number < 0) return out;
    const d = this.data;
    for (let o = 0, i = 0; o < d.length; o += STRIDE, i++) {
      const n = d[o + NUMBER];
      if (n < 0) continue;
      const paragraph = (d[o + FLAGS] & SegmentFlags.paragraph) !== 0;
      if (paragraph === segment.paragraph ? n === segment.number : d[o + LO] <= segment.hi && segment.lo <= d[o + HI]) out.push(i);
    }
    return out;
  }

  /** The row whose range contains the position (end inclusive), if any. */
  at(line: number, character: number): number | undefined {
    const d = this.data;
    for (let o = 0, i = 0; o < d.length; o += STRIDE, i++) {
      const sl = d[o + RANGE];
      const sc = d[o + RANGE + 1];
      const el = d[o + RANGE + 2];
      const ec = d[o + RANGE + 3];
      const afterStart = line > sl || (line === sl && character >= sc);
      const beforeEnd = line < el || (line === el && character <= ec);
      if (afterStart && beforeEnd) return i;
    }
    return undefined;
  }
}
