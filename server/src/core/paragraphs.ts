import type { Segment, SxsDocument } from './model';

/** The sentence numbers a paragraph segment stands for: those strictly between its neighbours. */
interface Bracket {
  readonly segment: Segment;
  /** The number of the nearest sentence segment before it (or -∞). */
  readonly after: number;
  /** The number of the nearest sentence segment after it (or +∞). */
  readonly before: number;
}

/**
 * Segment numbers across locales. A sentence segment's number is its identity in every
 * locale. `-pN` paragraph segments are counted separately: one stands for the run of
 * sentence numbers missing between its neighbouring sentence segments (FORMAT.md), which
 * other locales may keep split.
 */
export class SegmentNumbers {
  /** Distinct sentence numbers of the document, ascending. */
  private readonly sentences: number[];
  private readonly bySentence = new Map<number, Segment[]>();
  private readonly byParagraph = new Map<number, Segment[]>();
  private readonly brackets: Bracket[] = [];
  private readonly bracketOf = new Map<Segment, Bracket>();

  constructor(doc: SxsDocument) {
    let lastSentence = Number.NEGATIVE_INFINITY;
    const open: Segment[] = [];
    const close = (before: number) => {
      for (const segment of open.splice(0)) {
        const bracket = { segment, after: lastSentence, before };
        this.brackets.push(bracket);
        this.bracketOf.set(segment, bracket);
      }
    };
    for (const s of doc.segments) {
      if (s.number < 0) continue;
      const map = s.paragraph ? this.byParagraph : this.bySentence;
      const list = map.get(s.number);
      if (list) list.push(s);
      else map.set(s.number, [s]);
      if (s.paragraph) {
        open.push(s);
      } else {
        close(s.number);
        lastSentence = s.number;
      }
    }
    close(Number.POSITIVE_INFINITY);
    this.sentences = [...this.bySentence.keys()].sort((a, b) => a - b);
  }

  /** The sentence segments with this number (usually one). */
  sentence(number: number): readonly Segment[] {
    return this.bySentence.get(number) ?? [];
  }

  /** The paragraph segments with this paragraph number. */
  paragraph(number: number): readonly Segment[] {
    return this.byParagraph.get(number) ?? [];
  }

  /** Sentence segments numbered strictly between `after` and `before`, in order. */
  sentencesBetween(after: number, before: number): Segment[] {
    const out: Segment[] = [];
    for (let i = upperBound(this.sentences, after); i < this.sentences.length && this.sentences[i] < before; i++) out.push(...this.sentence(this.sentences[i]));
    return out;
  }

  /** The sentence numbers a paragraph segment of this document stands for, as an open interval. */
  bracket(segment: Segment): Bracket | undefined {
    return this.bracketOf.get(segment);
  }

  /** The paragraph segments of this document that stand for sentence `n` together (usually one). */
  paragraphsFor(n: number): Bracket[] {
    return this.brackets.filter((b) => b.after < n && n < b.before);
  }

  /** The paragraph segments that share a paragraph segment's neighbours (consecutive paragraphs), in order. */
  group(segment: Segment): Segment[] {
    const b = this.bracketOf.get(segment);
    return b ? this.brackets.filter((x) => x.after === b.after && x.before === b.before).map((x) => x.segment) : [];
  }

  /** The first sentence number of this document strictly between `after` and `before`. */
  firstSentenceBetween(after: number, before: number): number | undefined {
    const i = upperBound(this.sentences, after);
    return i < this.sentences.length && this.sentences[i] < before ? this.sentences[i] : undefined;
  }
}

/**
 * What another locale has for a segment of this one: the same segment; for a paragraph
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
    const same = there.paragraph(segment.number);
    if (same.length) return { kind: 'same', segments: same };
    const b = here.bracket(segment);
    const run = b ? there.sentencesBetween(b.after, b.before) : [];
    const group = here.group(segment);
    const part = group.length > 1 ? partition(run, group)[group.indexOf(segment)] : run;
    return part.length ? { kind: 'same', segments: part } : { kind: 'missing' };
  }
  const same = there.sentence(segment.number);
  if (same.length) return { kind: 'same', segments: same };
  const candidates = there.paragraphsFor(segment.number);
  if (!candidates.length) return { kind: 'missing' };
  const { after, before } = candidates[0];
  // Consecutive paragraphs there share their neighbours: their English tells which holds this sentence.
  const sentencesHere = here.sentencesBetween(after, before);
  const parts = candidates.length > 1 ? partition(sentencesHere, candidates.map((c) => c.segment)) : [sentencesHere];
  const k = Math.max(0, parts.findIndex((part) => part.includes(segment)));
  const p = candidates[k];
  // A paragraph at the end of its file has no following sentence to end its run: its English must hold this sentence's.
  if (before === Number.POSITIVE_INFINITY && !englishHolds(p.segment, segment)) return { kind: 'missing' };
  return { kind: 'paragraph', segment: p.segment, covered: parts[k]?.[0] !== undefined && parts[k][0] !== segment && parts[k].includes(segment) };
}

/**
 * Splits a run of sentence segments among the consecutive paragraph segments that stand for
 * it, in order, by their English: each paragraph takes sentences while their English is a
 * prefix of its own. Where the English does not tell, the first paragraph takes the run.
 */
export function partition(sentences: readonly Segment[], paragraphs: readonly Segment[]): Segment[][] {
  const parts: Segment[][] = paragraphs.map(() => []);
  let k = 0;
  let taken = '';
  for (const s of sentences) {
    const english = norm(s.source?.text);
    const candidate = taken ? `${taken} ${english}` : english;
    if (k < paragraphs.length - 1 && taken && !norm(paragraphs[k].source?.text).startsWith(candidate)) {
      k++;
      taken = english;
    } else {
      taken = candidate;
    }
    parts[k].push(s);
  }
  const matched = parts.every((part, i) => norm(part.map((s) => s.source?.text ?? '').join(' ')) === norm(paragraphs[i].source?.text));
  return matched ? parts : paragraphs.map((_, i) => (i === 0 ? [...sentences] : []));
}

function norm(s: string | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

function englishHolds(paragraph: Segment, sentence: Segment): boolean {
  const sentenceEnglish = norm(sentence.source?.text);
  return sentenceEnglish !== '' && norm(paragraph.source?.text).includes(sentenceEnglish);
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
