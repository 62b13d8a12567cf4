import type { CheckConfig } from '../config';
import type { L10n } from '../l10n';
import type { Segment, SxsDocument } from '../model';
import type { Glossary } from '../terms/glossary';
import type { LearnedTerms } from '../terms/learnedTerms';
import type { Finding, FixData, Report, Rule } from './rule';
import { textAfterExtent } from './segmentNeighbours';

/** What a segment's findings depend on besides the segment: the same for every segment of one check. */
export interface SegmentContext {
  readonly config: CheckConfig;
  readonly rules: readonly unknown[];
  readonly locale: string | undefined;
  readonly terms: readonly string[];
  readonly glossary: Glossary;
  readonly learned: LearnedTerms;
  readonly l10n: L10n;
  readonly englishSource: boolean;
  /** For a rule across locales: what it reads of the other versions and of the document's path, compared item by item. */
  readonly versions?: readonly unknown[];
}

/** A finding a segment rule reported, before the ignore markers are applied. */
export interface SegmentReport {
  readonly rule: Rule;
  readonly severity: Finding['severity'];
  readonly report: Report;
}

const NO_REPORTS: readonly SegmentReport[] = [];

interface Entry {
  /** Where the segment's markup started when its findings were made (their offsets are from then). */
  readonly start: number;
  /** The length of the segment's markup. */
  readonly length: number;
  readonly reports: readonly SegmentReport[];
}

/**
 * Where a segment of this check was in the last check's text, when the segment, the character
 * before it and what {@link textAfter} reads after it lie where the two texts are the same
 * (before the first difference, or after the last); undefined elsewhere.
 */
export type SegmentKey = number | undefined;

/**
 * The findings of one document's last check made segment by segment, by segment, so that the
 * next check of the same document (after an edit) runs the rules only on the segments the edit
 * touched: a segment whose markup, neighbouring characters ({@link textBefore}, {@link textAfter})
 * and context are as they were gets its findings back, moved to where the segment now is. The
 * editor keeps one for each open document; each check keeps only its own segments'. The
 * findings are kept by lane ({@link SegmentFindingsMemo.lane}): one for the segment rules, run
 * together, and one for each rule across locales that checks a segment at a time.
 *
 * The two texts are compared once per check, for where they start and end alike (an edit, or
 * the edits of one keystroke, change one stretch); a segment outside that stretch is looked up
 * by where it was, so that a check neither copies nor hashes the markup of every segment.
 */
export class SegmentFindingsMemo {
  private readonly lanes = new Map<unknown, SegmentLane>();
  /** The text of the last check that ended, whose segments the lanes hold. */
  private lastText: string | undefined;
  /** The text of this check, and how it compares with the last (worked out when a segment is first looked up). */
  private text: string | undefined;
  private same: SameEnds | undefined;

  /** Starts a check of a document's text. */
  begin(text: string): void {
    this.text = text;
    this.same = undefined;
  }

  /** The findings kept for the rules `id` stands for, in `context`: those found in another context are dropped. */
  lane(id: unknown, context: SegmentContext): SegmentLane {
    let lane = this.lanes.get(id);
    if (!lane) this.lanes.set(id, (lane = new SegmentLane()));
    lane.begin(context);
    return lane;
  }

  /** The key of a segment: where it was in the last check's text, when it and what shows on each side of it are as they were there. */
  keyOf(doc: SxsDocument, segment: Segment): SegmentKey {
    const text = doc.text;
    if (this.text !== text) this.begin(text);
    const { head, tail, shift } = (this.same ??= sameEnds(this.lastText ?? '', text));
    const { start, end } = segment.full;
    const from = start > 0 ? start - 1 : 0;
    if (textAfterExtent(text, end) <= head) return start;
    if (from >= text.length - tail) return start - shift;
    return undefined;
  }

  /** Ends the check: what its lanes kept is what the next check may reuse; the lanes it did not use are dropped. */
  end(): void {
    for (const [id, lane] of this.lanes) if (!lane.end()) this.lanes.delete(id);
    this.lastText = this.text;
    this.text = undefined;
    this.same = undefined;
  }
}

/** The findings of one lane of a {@link SegmentFindingsMemo}: of the last check, and of this one so far. */
export class SegmentLane {
  private context: SegmentContext | undefined;
  private learnedGeneration = -1;
  /** What the check that kept them found, in document order, and where each segment's markup started in its text. */
  private entries = new KeptEntries();
  private next = new KeptEntries();
  private begun = false;

  begin(context: SegmentContext): void {
    if (!this.context || !sameContext(this.context, context) || this.learnedGeneration !== context.learned.generation) this.entries = new KeptEntries();
    this.context = context;
    this.learnedGeneration = context.learned.generation;
    this.next = new KeptEntries();
    this.begun = true;
  }

  /** The findings the segment had under this key, moved to where it now is; undefined when it was not checked so. */
  reuse(key: SegmentKey, segment: Segment): readonly SegmentReport[] | undefined {
    const entry = key === undefined ? undefined : this.entries.at(key);
    if (!entry || entry.length !== segment.full.end - segment.full.start) return undefined;
    this.next.add(segment.full.start, entry);
    // Most segments have no findings: nothing to move.
    if (entry.reports.length === 0) return NO_REPORTS;
    const delta = segment.full.start - entry.start;
    return entry.reports.map((r) => ({ rule: r.rule, severity: r.severity, report: moved(r.report, delta, segment) }));
  }

  /**
   * Keeps what the rules found in a segment checked now, unless a finding reaches outside it
   * (which could not be moved with it): a related location may lie in another file than `here`.
   */
  keep(segment: Segment, reports: readonly SegmentReport[], here?: string): void {
    const { start, end } = segment.full;
    if (reports.every((r) => inside(r.report, start, end, here))) this.next.add(start, { start, length: end - start, reports });
  }

  /** Ends the check: true when the lane was used in it, and then keeps what it found. */
  end(): boolean {
    if (!this.begun) return false;
    this.entries = this.next;
    this.next = new KeptEntries();
    this.begun = false;
    return true;
  }
}

/**
 * A check's entries by where their segment starts, added in document order (so in the order
 * of their starts) and looked up by binary search: two arrays, not a map of every segment
 * rebuilt at each keystroke.
 */
class KeptEntries {
  private readonly starts: number[] = [];
  private readonly entries: Entry[] = [];

  add(start: number, entry: Entry): void {
    this.starts.push(start);
    this.entries.push(entry);
  }

  at(start: number): Entry | undefined {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    return starts[lo] === start ? this.entries[lo] : undefined;
  }
}

/** How two texts compare: the length of their common start (`head`) and of their common end after it (`tail`), and how much longer the new one is. */
interface SameEnds {
  readonly head: number;
  readonly tail: number;
  readonly shift: number;
}

/**
 * Compared a stretch at a time (slices share the texts' characters, and are compared natively),
 * long stretches first, then shorter ones, then a character at a time: the common start and end
 * of a large document are a few dozen comparisons.
 */
const STRETCHES = [4096, 256];

function sameEnds(before: string, after: string): SameEnds {
  const n = Math.min(before.length, after.length);
  let head = 0;
  for (const stretch of STRETCHES) while (head + stretch <= n && before.slice(head, head + stretch) === after.slice(head, head + stretch)) head += stretch;
  while (head < n && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  const room = n - head;
  const b = before.length;
  const a = after.length;
  let tail = 0;
  for (const stretch of STRETCHES) while (tail + stretch <= room && before.slice(b - tail - stretch, b - tail) === after.slice(a - tail - stretch, a - tail)) tail += stretch;
  while (tail < room && before.charCodeAt(b - tail - 1) === after.charCodeAt(a - tail - 1)) tail++;
  return { head, tail, shift: a - b };
}

function sameContext(a: SegmentContext, b: SegmentContext): boolean {
  return (
    a.config === b.config &&
    a.rules === b.rules &&
    a.locale === b.locale &&
    a.glossary === b.glossary &&
    a.learned === b.learned &&
    a.l10n === b.l10n &&
    a.englishSource === b.englishSource &&
    sameItems(a.terms, b.terms) &&
    sameItems(a.versions ?? [], b.versions ?? [])
  );
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** Every offset of the finding lies in the segment's markup, and it points nowhere else in the document (`here`: its URI). */
function inside(report: Report, start: number, end: number, here: string | undefined): boolean {
  if (report.related?.some((r) => here === undefined || r.uri === here)) return false;
  const within = (o: number) => start <= o && o <= end;
  return within(report.start) && within(report.end) && (!report.fix || report.fix.edits.every((e) => within(e.start) && within(e.end)));
}

function moved(report: Report, delta: number, segment: Segment): Report {
  if (delta === 0) return { ...report, segment };
  return {
    ...report,
    start: report.start + delta,
    end: report.end + delta,
    segment,
    ...(report.fix ? { fix: movedFix(report.fix, delta) } : {}),
  };
}

function movedFix(fix: FixData, delta: number): FixData {
  return { ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + delta, end: e.end + delta })) };
}
