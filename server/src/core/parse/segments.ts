import type { OrphanLookup, Segment, SegmentPart, Span, StructuralProblem } from '../model';
import type { LineIndex } from '../text/lineIndex';
import { parseSegmentId } from './ids';
import type { SpanTag } from './spanTags';
import { problemMessage, type ProblemDetail } from './problemMessages';

export interface SegmentScan {
  readonly segments: Segment[];
  readonly orphanLookups: OrphanLookup[];
  readonly problems: StructuralProblem[];
  readonly mainPrefix: string | undefined;
}

/**
 * Pairs the span tags into segments. A translation ends at the first `</span>` that is
 * directly followed by the lookup opening: a stray `</span>` or a nested `<span>` inside
 * the text does not end it. The English ends at `</span></span>` outside any nested span.
 * Nothing reaches past the next translation opening, so one broken segment cannot swallow
 * the rest of the file.
 */
export function readSegments(text: string, lines: LineIndex, tags: readonly SpanTag[]): SegmentScan {
  return new SegmentReader(text, lines, tags).read();
}

class SegmentReader {
  private readonly segments: Segment[] = [];
  private readonly orphanLookups: OrphanLookup[] = [];
  private readonly problems: StructuralProblem[] = [];
  /** For each tag, the index of the next translation opening after it (or tags.length). */
  private readonly nextTranslation: Int32Array;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly tags: readonly SpanTag[],
  ) {
    this.nextTranslation = new Int32Array(tags.length);
    let next = tags.length;
    for (let i = tags.length - 1; i >= 0; i--) {
      this.nextTranslation[i] = next;
      if (tags[i].kind === 'translation') next = i;
    }
  }

  read(): SegmentScan {
    const tags = this.tags;
    let i = 0;
    while (i < tags.length) {
      const kind = tags[i].kind;
      let next = i + 1;
      if (kind === 'translation') next = this.readSegment(i);
      else if (kind === 'lookup' || kind === 'source') next = this.readOrphanLookup(i);
      i = Math.max(next, i + 1);
    }
    const mainPrefix = this.checkIds();
    this.problems.sort((a, b) => a.span.start - b.span.start);
    return { segments: this.segments, orphanLookups: this.orphanLookups, problems: this.problems, mainPrefix };
  }

  private span(start: number, end: number): Span {
    return this.lines.span(start, end);
  }

  private problem(code: StructuralProblem['code'], detail: ProblemDetail, span: Span, segment?: Segment) {
    const message = problemMessage(detail);
    this.problems.push(segment ? { code, detail, message, span, segment } : { code, detail, message, span });
  }

  /**
   * Where text that lost its closing tag is taken to end: the end of its paragraph (the
   * line before the next blank line), or the limit. Walks the lines between the two only,
   * so that many unclosed spans cost no more than reading the file once.
   */
  private paragraphEnd(from: number, limit: number): number {
    const { text, lines } = this;
    for (let line = lines.lineAt(from) + 1; line < lines.lineCount; line++) {
      const start = lines.lineStart(line);
      if (start >= limit) break;
      if (isBlank(text, start, lines.lineEnd(line))) return Math.max(from, lines.lineEnd(line - 1));
    }
    return limit;
  }

  private limitOf(i: number): { limitIndex: number; limit: number } {
    const limitIndex = this.nextTranslation[i];
    return { limitIndex, limit: limitIndex < this.tags.length ? this.tags[limitIndex].start : this.text.length };
  }

  private readSegment(i: number): number {
    const tags = this.tags;
    const open = tags[i];
    const { limitIndex, limit } = this.limitOf(i);
    // The lookup that belongs to this translation: after a `</span>`, or (broken) without one.
    let lookupIndex = -1;
    let closeIndex = -1;
    for (let j = i + 1; j < limitIndex; j++) {
      const tag = tags[j];
      if (tag.kind === 'lookup') {
        lookupIndex = j;
        break;
      }
      if (tag.kind === 'close' && j + 1 < limitIndex && tags[j + 1].kind === 'lookup' && isHorizontalSpace(this.text, tag.end, tags[j + 1].start)) {
        closeIndex = j;
        lookupIndex = j + 1;
        break;
      }
    }
    if (lookupIndex === -1) return this.readOrphanTranslation(i, limitIndex, limit);

    const translationClosed = closeIndex !== -1;
    const translationEnd = translationClosed ? tags[closeIndex].start : tags[lookupIndex].start;
    const translation = this.part(open, translationEnd, translationClosed ? tags[closeIndex].end : translationEnd, translationClosed);
    const lookup = this.readLookup(lookupIndex, limitIndex, limit);
    const segment = this.addSegment(open, translation, lookup.part);
    if (!translationClosed) {
      this.problem('broken-span', { kind: 'translation-not-closed-before-lookup', id: open.id }, this.span(open.start, open.end), segment);
    }
    return lookup.next;
  }

  private readOrphanTranslation(i: number, limitIndex: number, limit: number): number {
    const open = this.tags[i];
    const close = this.findClose(i + 1, limitIndex, false);
    if (close) {
      const translation = this.part(open, this.tags[close.index].start, this.tags[close.index].end, true);
      const segment = this.addSegment(open, translation, undefined);
      this.problem('orphan-translation', { kind: 'translation-without-lookup', id: open.id }, this.span(open.start, open.end), segment);
      return close.index + 1;
    }
    const end = this.paragraphEnd(open.end, limit);
    const segment = this.addSegment(open, this.part(open, end, end, false), undefined);
    this.problem('broken-span', { kind: 'translation-not-closed', id: open.id }, this.span(open.start, open.end), segment);
    return this.nextIndexAfter(i, end, limitIndex);
  }

  private readOrphanLookup(i: number): number {
    const { limitIndex, limit } = this.limitOf(i);
    const lookup = this.readLookup(i, limitIndex, limit);
    this.orphanLookups.push({ source: lookup.part });
    const tag = this.tags[i];
    this.problem('orphan-lookup', { kind: 'lookup-without-translation' }, this.span(tag.start, tag.end));
    return lookup.next;
  }

  /**
   * Reads `<span class="sxs-lookup"><span data-stu-id="…">…</span></span>` from the lookup
   * opening at `i` (or a bare `<span data-stu-id>` when the wrapper is missing).
   */
  private readLookup(i: number, limitIndex: number, limit: number): { part: SegmentPart; next: number } {
    const tags = this.tags;
    const first = tags[i];
    let source: SpanTag | undefined;
    let k = i + 1;
    if (first.kind === 'source') {
      source = first;
    } else if (k < limitIndex && tags[k].kind === 'source' && isHorizontalSpace(this.text, first.end, tags[k].start)) {
      source = tags[k];
      k++;
    }
    const wrapped = first.kind === 'lookup';
    // A lookup that holds the source span ends with two closings; any other shape with one.
    const close = this.findClose(k, limitIndex, wrapped && source !== undefined);
    const contentStart = (source ?? first).end;
    const idTag = source ?? first;
    if (close) {
      const last = tags[close.index + (close.double ? 1 : 0)];
      const part = this.makePart(idTag.id, idTag, first.start, last.end, contentStart, tags[close.index].start, true);
      if (wrapped && !source) {
        this.problem('broken-span', { kind: 'lookup-without-source-span' }, this.span(first.start, first.end));
      }
      return { part, next: close.index + (close.double ? 2 : 1) };
    }
    const end = this.paragraphEnd(contentStart, limit);
    const part = this.makePart(idTag.id, idTag, first.start, end, contentStart, end, false);
    this.problem('broken-span', { kind: 'lookup-not-closed' }, this.span(first.start, first.end));
    return { part, next: this.nextIndexAfter(k, end, limitIndex) };
  }

  /**
   * The closing of a span's content from tag `from` on: with `double`, a `</span></span>`
   * pair; otherwise one `</span>`. Nested plain `<span>`s are matched; a stray `</span>`
   * that closes nothing is text.
   */
  private findClose(from: number, limitIndex: number, double: boolean): { index: number; double: boolean } | undefined {
    const tags = this.tags;
    let depth = 0;
    for (let m = from; m < limitIndex; m++) {
      const tag = tags[m];
      if (tag.kind === 'plain') {
        depth++;
      } else if (tag.kind === 'close') {
        const pair = m + 1 < limitIndex && tags[m + 1].kind === 'close' && tags[m + 1].start === tag.end;
        if (depth === 0 && (!double || pair)) return { index: m, double: double && pair };
        if (depth > 0) depth--;
      } else {
        // Another sxs opening: this span was never closed.
        return undefined;
      }
    }
    return undefined;
  }

  private nextIndexAfter(from: number, offset: number, limitIndex: number): number {
    let k = from;
    while (k < limitIndex && this.tags[k].start < offset) k++;
    return k;
  }

  private part(open: SpanTag, contentEnd: number, fullEnd: number, closed: boolean): SegmentPart {
    return this.makePart(open.id, open, open.start, fullEnd, open.end, contentEnd, closed);
  }

  private makePart(id: string, idTag: SpanTag, fullStart: number, fullEnd: number, contentStart: number, contentEnd: number, closed: boolean): SegmentPart {
    return {
      id,
      idSpan: this.span(idTag.idStart, idTag.idEnd),
      full: this.span(fullStart, fullEnd),
      content: this.span(contentStart, contentEnd),
      text: this.text.slice(contentStart, contentEnd),
      closed,
    };
  }

  private addSegment(open: SpanTag, translation: SegmentPart, source: SegmentPart | undefined): Segment {
    const id = parseSegmentId(open.id);
    const end = source ? source.full.end : translation.full.end;
    const segment: Segment = {
      index: this.segments.length,
      id: open.id,
      prefix: id.prefix,
      number: id.number,
      paragraph: id.paragraph,
      wellFormedId: id.wellFormed,
      translation,
      source,
      full: this.span(open.start, end),
    };
    this.segments.push(segment);
    return segment;
  }

  /** Malformed, mismatched and duplicate ids, and prefixes other than the file's own. */
  private checkIds(): string | undefined {
    const seen = new Map<string, Segment>();
    const prefixCounts = new Map<string, number>();
    for (const s of this.segments) {
      if (!s.wellFormedId) {
        this.problem('malformed-id', { kind: 'malformed-id', id: s.id }, s.translation.idSpan, s);
      } else {
        prefixCounts.set(s.prefix, (prefixCounts.get(s.prefix) ?? 0) + 1);
      }
      if (s.source && s.source.id !== s.id && s.source.id !== '') {
        this.problem('id-mismatch', { kind: 'id-mismatch', english: s.source.id, id: s.id }, s.source.idSpan, s);
      }
      const first = seen.get(s.id);
      if (first) {
        this.problem('duplicate-id', { kind: 'duplicate-id', id: s.id, line: first.full.range.start.line + 1 }, s.translation.idSpan, s);
      } else {
        seen.set(s.id, s);
      }
    }
    let mainPrefix: string | undefined;
    let best = 0;
    for (const [prefix, count] of prefixCounts) {
      if (count > best) {
        best = count;
        mainPrefix = prefix;
      }
    }
    if (prefixCounts.size > 1) {
      for (const s of this.segments) {
        if (s.wellFormedId && s.prefix !== mainPrefix) {
          this.problem('mixed-prefix', { kind: 'mixed-prefix', prefix: s.prefix, main: mainPrefix ?? '', count: best }, s.translation.idSpan, s);
        }
      }
    }
    return mainPrefix;
  }
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

function isHorizontalSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
