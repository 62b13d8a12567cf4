import type { CheckConfig } from '../config';
import type { L10n } from '../l10n';
import type { Segment, SxsDocument } from '../model';
import type { Glossary } from '../terms/glossary';
import type { LearnedTerms } from '../terms/learnedTerms';
import type { Finding, FixData, Report, Rule } from './rule';
import { textAfter, textBefore } from './segmentNeighbours';

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
}

/** A finding a segment rule reported, before the ignore markers are applied. */
export interface SegmentReport {
  readonly rule: Rule;
  readonly severity: Finding['severity'];
  readonly report: Report;
}

interface Entry {
  /** Where the segment's markup started when its findings were made. */
  readonly start: number;
  readonly reports: readonly SegmentReport[];
}

/**
 * The segment rules' findings of one document's last check, by segment, so that the next check
 * of the same document (after an edit) runs the segment rules only on the segments the edit
 * touched: a segment whose markup, neighbouring characters ({@link textBefore}, {@link textAfter})
 * and context are as they were gets its findings back, moved to where the segment now is. The
 * editor keeps one for each open document; each check keeps only its own segments'.
 */
export class SegmentFindingsMemo {
  private context: SegmentContext | undefined;
  private learnedGeneration = -1;
  private entries = new Map<string, Entry>();
  private next = new Map<string, Entry>();

  /** Starts a check in `context`: what was found in another context is dropped. */
  begin(context: SegmentContext): void {
    if (!this.context || !sameContext(this.context, context) || this.learnedGeneration !== context.learned.generation) this.entries.clear();
    this.context = context;
    this.learnedGeneration = context.learned.generation;
    this.next = new Map();
  }

  /** The key of a segment: its markup and what shows on each side of it. */
  keyOf(doc: SxsDocument, segment: Segment): string {
    const { start, end } = segment.full;
    return `${textBefore(doc.text, start)}\u0000${textAfter(doc.text, end)}\u0000${doc.text.slice(start, end)}`;
  }

  /** The findings the segment had under this key, moved to where it now is; undefined when it was not checked so. */
  reuse(key: string, segment: Segment): readonly SegmentReport[] | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.next.set(key, entry);
    const delta = segment.full.start - entry.start;
    return entry.reports.map((r) => ({ rule: r.rule, severity: r.severity, report: moved(r.report, delta, segment) }));
  }

  /** Keeps what the rules found in a segment checked now (unless a finding reaches outside it, which could not be moved with it). */
  keep(key: string, segment: Segment, reports: readonly SegmentReport[]): void {
    const { start, end } = segment.full;
    if (reports.every((r) => inside(r.report, start, end))) this.next.set(key, { start, reports });
  }

  /** Ends the check: the entries of its segments are what the next check may reuse. */
  end(): void {
    this.entries = this.next;
    this.next = new Map();
  }
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
    a.terms.length === b.terms.length &&
    a.terms.every((t, i) => t === b.terms[i])
  );
}

/** Every offset of the finding lies in the segment's markup, and it points nowhere else. */
function inside(report: Report, start: number, end: number): boolean {
  if (report.related?.length) return false;
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
