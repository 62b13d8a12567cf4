import type { Segment, SxsDocument } from './model';

/**
 * Segment numbers across locales. A segment's number is its identity in every locale; a
 * `-pN` paragraph segment stands for the run of sentence numbers from N up to (not
 * including) the next number its own file uses, which other locales may keep split.
 */
export class SegmentNumbers {
  /** Distinct segment numbers of the document, ascending. */
  private readonly numbers: number[];
  private readonly byNumber = new Map<number, Segment[]>();

  constructor(doc: SxsDocument) {
    for (const s of doc.segments) {
      if (s.number < 0) continue;
      const list = this.byNumber.get(s.number);
      if (list) list.push(s);
      else this.byNumber.set(s.number, [s]);
    }
    this.numbers = [...this.byNumber.keys()].sort((a, b) => a - b);
  }

  /** The segments with this number (usually one). */
  get(number: number): readonly Segment[] {
    return this.byNumber.get(number) ?? [];
  }

  /** The end (exclusive) of the run a paragraph segment numbered `n` stands for: the next number used. */
  runEnd(n: number): number {
    const i = upperBound(this.numbers, n);
    return i < this.numbers.length ? this.numbers[i] : Number.POSITIVE_INFINITY;
  }

  /** Segments numbered within [from, to), in order. */
  inRange(from: number, to: number): Segment[] {
    const out: Segment[] = [];
    for (let i = lowerBound(this.numbers, from); i < this.numbers.length && this.numbers[i] < to; i++) out.push(...this.get(this.numbers[i]));
    return out;
  }

  /** The paragraph segment of this document whose run covers `n`, if any. */
  paragraphCovering(n: number): Segment | undefined {
    const i = upperBound(this.numbers, n) - 1;
    if (i < 0) return undefined;
    const p = this.get(this.numbers[i]).find((s) => s.paragraph);
    return p && n < this.runEnd(p.number) ? p : undefined;
  }

  /** The first number of this document within [from, to), if any. */
  firstIn(from: number, to: number): number | undefined {
    const i = lowerBound(this.numbers, from);
    return i < this.numbers.length && this.numbers[i] < to ? this.numbers[i] : undefined;
  }
}

/**
 * What another locale has for a segment of this one: the same number; for a paragraph
 * segment here, the sentences there that it stands for; for a sentence here that the other
 * locale keeps in a paragraph segment, that paragraph (`covered` when an earlier segment
 * here already shows it).
 */
export type Counterpart =
  | { readonly kind: 'same'; readonly segments: readonly Segment[] }
  | { readonly kind: 'paragraph'; readonly segment: Segment; readonly covered: boolean }
  | { readonly kind: 'missing' };

export function counterpartOf(segment: Segment, here: SegmentNumbers, there: SegmentNumbers): Counterpart {
  if (segment.number < 0) return { kind: 'missing' };
  if (segment.paragraph) {
    const run = there.inRange(segment.number, here.runEnd(segment.number));
    return run.length ? { kind: 'same', segments: run } : { kind: 'missing' };
  }
  const same = there.get(segment.number).filter((s) => !s.paragraph);
  if (same.length) return { kind: 'same', segments: same };
  const p = there.paragraphCovering(segment.number);
  // The last paragraph of a file has no next number to end its run: there, its English must hold this sentence's.
  if (p && there.runEnd(p.number) === Number.POSITIVE_INFINITY && !englishHolds(p, segment)) return { kind: 'missing' };
  if (p) return { kind: 'paragraph', segment: p, covered: here.firstIn(p.number, there.runEnd(p.number)) !== segment.number };
  const paragraphSame = there.get(segment.number);
  return paragraphSame.length ? { kind: 'same', segments: paragraphSame } : { kind: 'missing' };
}

function englishHolds(paragraph: Segment, sentence: Segment): boolean {
  const norm = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const sentenceEnglish = norm(sentence.source?.text);
  return sentenceEnglish !== '' && norm(paragraph.source?.text).includes(sentenceEnglish);
}

function lowerBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
