/**
 * The `-p` paragraph-segment mapping (FORMAT.md): a `-pNNN` segment stands for the run of
 * sentence segments that other locales keep split, and the p-number is counted separately
 * from sentence numbers (`-p103` can stand for 108–110). Which sentences it stands for is
 * read from its neighbours: the numbers strictly between the nearest sentence segments
 * before and after it in the same file.
 */

/** The sentence numbers a segment stands for, inclusive; empty when `lo > hi`. */
export interface Coverage {
  readonly lo: number;
  readonly hi: number;
}

/** What the mapping needs of a segment. */
export interface NumberedSegment {
  /** The number of the id (`104` of `e869d-104`, `103` of `e869d-p103`); -1 when malformed. */
  readonly number: number;
  readonly paragraph: boolean;
}

/** Larger than any segment number; the upper end of a paragraph segment with nothing after it. */
export const NO_UPPER_BOUND = 0x7fffffff;

/** The coverage of each segment of one file, in the order given (document order). */
export function segmentCoverage(segments: readonly NumberedSegment[]): Coverage[] {
  const out: Coverage[] = new Array(segments.length);
  // The nearest sentence number after each position, scanning backwards.
  const nextSentence = new Array<number>(segments.length);
  let next = -1;
  for (let i = segments.length - 1; i >= 0; i--) {
    nextSentence[i] = next;
    const s = segments[i];
    if (!s.paragraph && s.number >= 0) next = s.number;
  }
  let previous = -1;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (s.number < 0) {
      out[i] = { lo: 1, hi: 0 };
      continue;
    }
    if (!s.paragraph) {
      out[i] = { lo: s.number, hi: s.number };
      previous = s.number;
      continue;
    }
    const lo = previous >= 0 ? previous + 1 : 0;
    const hi = nextSentence[i] >= 0 ? nextSentence[i] - 1 : NO_UPPER_BOUND;
    out[i] = { lo, hi };
  }
  return out;
}

/** A segment with its coverage, as {@link segmentsCorrespond} compares them. */
export interface MappedSegment extends NumberedSegment, Coverage {}

/**
 * True when two segments of different locales of one document are the same text: two
 * sentence segments (or two paragraph segments) of the same number, or a paragraph segment
 * and a sentence segment it stands for.
 */
export function segmentsCorrespond(a: MappedSegment, b: MappedSegment): boolean {
  if (a.number < 0 || b.number < 0) return false;
  if (a.paragraph === b.paragraph) return a.number === b.number;
  return a.lo <= b.hi && b.lo <= a.hi;
}

/** How a segment is named to users: `104`, or `p103` for a paragraph segment. */
export function segmentLabel(s: NumberedSegment): string {
  return s.paragraph ? `p${s.number}` : String(s.number);
}

/** Finds, among one file's segments, those that correspond to a segment of another locale, without comparing every pair. */
export class SegmentMatcher {
  private readonly sentences = new Map<number, number[]>();
  private readonly paragraphs: number[] = [];

  constructor(private readonly segments: readonly MappedSegment[]) {
    segments.forEach((s, i) => {
      if (s.number < 0) return;
      if (s.paragraph) this.paragraphs.push(i);
      else {
        const list = this.sentences.get(s.number);
        if (list) list.push(i);
        else this.sentences.set(s.number, [i]);
      }
    });
  }

  /** Indices (ascending) of the segments that correspond to `other`. */
  matches(other: MappedSegment): number[] {
    if (other.number < 0) return [];
    const out: number[] = [];
    for (const i of this.paragraphs) if (segmentsCorrespond(this.segments[i], other)) out.push(i);
    if (!other.paragraph) {
      out.push(...(this.sentences.get(other.number) ?? []));
    } else if (other.hi - other.lo < 256) {
      for (let n = other.lo; n <= other.hi; n++) out.push(...(this.sentences.get(n) ?? []));
    } else {
      for (const [n, list] of this.sentences) if (n >= other.lo && n <= other.hi) out.push(...list);
    }
    return out.sort((a, b) => a - b);
  }
}

/** The segments of a file with their coverage, ready for {@link SegmentMatcher}. */
export function mappedSegments(segments: readonly NumberedSegment[]): MappedSegment[] {
  const coverage = segmentCoverage(segments);
  return segments.map((s, i) => ({ number: s.number, paragraph: s.paragraph, lo: coverage[i].lo, hi: coverage[i].hi }));
}

/** A segment with its English, for {@link refineParagraphCoverage}. */
export interface SegmentWithEnglish extends NumberedSegment {
  readonly english: string;
}

/**
 * Splits the run that consecutive paragraph segments share between them, by their English:
 * in another locale that keeps the run as sentence segments, the first paragraph segment
 * stands for the sentences whose English joined equals its own, the next for the following
 * ones, and so on. The coverage is returned unchanged when no other locale settles it.
 * `same` compares two English texts as equal (see comparableText).
 */
export function refineParagraphCoverage(
  segments: readonly SegmentWithEnglish[],
  coverage: readonly Coverage[],
  others: readonly (readonly SegmentWithEnglish[])[],
  same: (a: string, b: string) => boolean,
): Coverage[] {
  const refined = [...coverage];
  for (let i = 0; i < segments.length; i++) {
    let j = i;
    while (j + 1 < segments.length && segments[j + 1].paragraph && segments[i].paragraph && coverage[j + 1].lo === coverage[i].lo && coverage[j + 1].hi === coverage[i].hi) j++;
    if (j > i && coverage[i].hi - coverage[i].lo < 200) {
      const split = others.map((o) => splitRun(segments.slice(i, j + 1), coverage[i], o, same)).find((s) => s !== undefined);
      if (split) split.forEach((c, k) => (refined[i + k] = c));
    }
    i = j;
  }
  return refined;
}

function splitRun(run: readonly SegmentWithEnglish[], shared: Coverage, other: readonly SegmentWithEnglish[], same: (a: string, b: string) => boolean): Coverage[] | undefined {
  const sentences = new Map<number, string>();
  for (const s of other) if (!s.paragraph && s.number >= shared.lo && s.number <= shared.hi) sentences.set(s.number, s.english);
  const out: Coverage[] = [];
  let n = shared.lo;
  for (const p of run) {
    const start = n;
    const parts: string[] = [];
    // Numbers the other locale does not have (alt text consumes numbers too) are passed over.
    while (n <= shared.hi) {
      const english = sentences.get(n++);
      if (english === undefined) continue;
      parts.push(english);
      if (same(parts.join(' '), p.english)) break;
    }
    if (!same(parts.join(' '), p.english)) return undefined;
    out.push({ lo: start, hi: n - 1 });
  }
  return n === shared.hi + 1 ? out : undefined;
}
