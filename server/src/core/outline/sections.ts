import type { SxsDocument } from '../model';
import type { Heading } from './headings';

/** A heading and the lines its section covers. */
export interface Section {
  readonly heading: Heading;
  readonly startLine: number;
  /** The last line of the section: before the next heading of the same or a higher level, trailing blank lines left out. */
  readonly endLine: number;
}

/** The section of every heading, in document order. */
export function sections(doc: SxsDocument, headings: readonly Heading[]): Section[] {
  const out: Section[] = [];
  for (let i = 0; i < headings.length; i++) {
    const heading = headings[i];
    let next = i + 1;
    while (next < headings.length && headings[next].level > heading.level) next++;
    const startLine = heading.span.range.start.line;
    const limit = next < headings.length ? headings[next].span.range.start.line - 1 : doc.lines.lineCount - 1;
    out.push({ heading, startLine, endLine: Math.max(heading.span.range.end.line, lastNonBlankLine(doc, startLine, limit)) });
  }
  return out;
}

function lastNonBlankLine(doc: SxsDocument, first: number, last: number): number {
  for (let line = last; line > first; line--) {
    if (doc.text.slice(doc.lines.lineStart(line), doc.lines.lineEnd(line)).trim()) return line;
  }
  return first;
}
