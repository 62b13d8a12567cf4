import type { Segment, Span, SxsDocument } from '../model';
import { parseBlocks } from '../markdown/markdownIt';
import { plainText } from '../markdown/plainText';

/** A heading's `<a name="…"></a>` anchor: the English slug that links to the section use. */
export interface HeadingAnchor {
  readonly name: string;
  /** The whole `<a …></a>` element. */
  readonly span: Span;
}

/** A Markdown heading of a localized document, with its text in both languages. */
export interface Heading {
  /** 1 to 6. */
  readonly level: number;
  /** The heading's lines (for a setext heading, through its underline). */
  readonly span: Span;
  /** The heading text as written, without the `#` marks. */
  readonly content: { readonly start: number; readonly end: number };
  readonly anchor: HeadingAnchor | undefined;
  /** The segments of the heading (usually one; a few headings hold two). */
  readonly segments: readonly Segment[];
  /** What a reader of the locale sees, as plain text. */
  readonly translated: string;
  /** The English heading as plain text (from the lookup spans), or undefined when the heading holds no segment. */
  readonly english: string | undefined;
}

/**
 * The headings of the document, in order. Markdown structure comes from markdown-it (so a `#`
 * in a code block or a setext underline is read as CommonMark reads it); the front matter is
 * blanked first so that its fence is not taken for a heading underline.
 */
export function readHeadings(doc: SxsDocument): Heading[] {
  const headings: Heading[] = [];
  const tokens = parseBlocks(markdownBody(doc));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type !== 'heading_open' || !token.map) continue;
    const level = Number(token.tag.slice(1));
    const [firstLine, endLine] = token.map;
    const setext = token.markup === '=' || token.markup === '-';
    const content = setext ? setextContent(doc, firstLine, endLine - 2) : atxContent(doc, firstLine, token.markup);
    if (!content) continue;
    const start = doc.lines.lineStart(firstLine);
    const end = doc.lines.lineEnd(endLine - 1);
    headings.push(describeHeading(doc, level, { start, end, range: doc.lines.rangeOf(start, end) }, content));
  }
  return headings;
}

/** The heading at an ATX heading line (`## …`), read from that line alone; undefined when the line is none. */
export function atxHeadingAtLine(doc: SxsDocument, line: number): Heading | undefined {
  const text = doc.text.slice(doc.lines.lineStart(line), doc.lines.lineEnd(line));
  const m = /^(?:[ \t]*>)*[ \t]*(#{1,6})(?=[ \t]|$)/.exec(text);
  if (!m) return undefined;
  const content = atxContent(doc, line, m[1]);
  if (!content) return undefined;
  const start = doc.lines.lineStart(line);
  const end = doc.lines.lineEnd(line);
  return describeHeading(doc, m[1].length, { start, end, range: doc.lines.rangeOf(start, end) }, content);
}

function describeHeading(doc: SxsDocument, level: number, span: Span, content: { start: number; end: number }): Heading {
  const segments = segmentsWithin(doc, content.start, content.end);
  return {
    level,
    span,
    content,
    anchor: findAnchor(doc, content.start, content.end),
    segments,
    translated: plainText(substitute(doc, content, segments, (s) => s.translation.text)),
    english: segments.length ? plainText(substitute(doc, content, segments, (s) => s.source?.text ?? s.translation.text)) : undefined,
  };
}

/** The document as markdown-it should read it: front matter and BOM blanked, line numbers kept. */
function markdownBody(doc: SxsDocument): string {
  let text = doc.text;
  const fm = doc.frontMatter;
  if (fm) text = text.slice(0, fm.full.start) + text.slice(fm.full.start, fm.full.end).replace(/[^\r\n]+/g, '') + text.slice(fm.full.end);
  return doc.bom ? text.slice(1) : text;
}

/** The text of an ATX heading after its `#` marks, without a closing sequence. */
function atxContent(doc: SxsDocument, line: number, markup: string): { start: number; end: number } | undefined {
  const lineStart = doc.lines.lineStart(line);
  const lineText = doc.text.slice(lineStart, doc.lines.lineEnd(line));
  // Only container marks and spaces can stand before the `#`s, and none of them is a `#`.
  const at = lineText.indexOf(markup);
  if (at === -1) return undefined;
  let body = lineText.slice(at + markup.length);
  body = body.replace(/(^|[ \t]+)#+[ \t]*$/, '');
  const lead = body.length - body.trimStart().length;
  const start = lineStart + at + markup.length + lead;
  return { start, end: start + body.trim().length };
}

function setextContent(doc: SxsDocument, first: number, last: number): { start: number; end: number } | undefined {
  if (last < first) return undefined;
  const lineStart = doc.lines.lineStart(first);
  const lineText = doc.text.slice(lineStart, doc.lines.lineEnd(first));
  return { start: lineStart + (lineText.length - lineText.trimStart().length), end: doc.lines.lineEnd(last) };
}

/** The segments whose markup lies within [start, end]. */
function segmentsWithin(doc: SxsDocument, start: number, end: number): Segment[] {
  const all = doc.segments;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].full.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Segment[] = [];
  for (let i = lo; i < all.length && all[i].full.end <= end; i++) out.push(all[i]);
  return out;
}

/** The heading's text with each segment's markup replaced by one of its texts. */
function substitute(doc: SxsDocument, content: { start: number; end: number }, segments: readonly Segment[], text: (s: Segment) => string): string {
  let out = '';
  let at = content.start;
  for (const s of segments) {
    out += doc.text.slice(at, s.full.start) + text(s);
    at = s.full.end;
  }
  return out + doc.text.slice(at, content.end);
}

const ANCHOR = /<a\s+(?:name|id)\s*=\s*(?:"([^"]*)"|'([^']*)')\s*>\s*<\/a\s*>/i;

function findAnchor(doc: SxsDocument, start: number, end: number): HeadingAnchor | undefined {
  const m = ANCHOR.exec(doc.text.slice(start, end));
  if (!m) return undefined;
  const from = start + m.index;
  const to = from + m[0].length;
  return { name: m[1] ?? m[2], span: { start: from, end: to, range: doc.lines.rangeOf(from, to) } };
}
