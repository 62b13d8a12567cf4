import type { Segment, SxsDocument } from '../model';

/** The kinds of alert a docs blockquote can be (`> [!NOTE]` …). */
export const ALERT_KINDS = ['note', 'tip', 'important', 'warning', 'caution'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Where a segment sits in the Markdown, as far as a reader sees it. */
export interface BlockContext {
  readonly block: 'heading' | 'list' | 'table' | 'quote' | 'paragraph' | 'frontmatter';
  /** Heading level 1–6, or list nesting depth from 1. */
  readonly level?: number;
  /** The alert a quote belongs to. */
  readonly alert?: AlertKind;
  /** The English anchor of a heading (`<a name="…">`). */
  readonly anchor?: string;
}

const HEADING = /^\s{0,3}(#{1,6})\s+(?:<a\s+name\s*=\s*"([^"]*)"\s*>\s*<\/a>)?/i;
const LIST = /^(\s*)(?:[-*+]|\d{1,9}[.)])\s/;
const QUOTE = /^\s*>/;
const ALERT = /^\s*>\s*\[!(\w+)\]\s*$/;

/**
 * The block context of every segment, from the start of its line: heading, list item,
 * table cell, quote (with its alert), paragraph. One pass over the lines that hold segments.
 */
export function blockContexts(doc: SxsDocument): BlockContext[] {
  const { text, lines } = doc;
  const fm = doc.frontMatter?.full;
  const byLine = new Map<number, BlockContext>();
  return doc.segments.map((segment) => {
    if (fm && segment.full.start < fm.end) return { block: 'frontmatter' };
    const line = segment.full.range.start.line;
    let context = byLine.get(line);
    if (!context) {
      context = lineContext(text, lines.lineStart(line), lines.lineEnd(line), () => alertAbove(doc, line));
      byLine.set(line, context);
    }
    return context;
  });
}

function lineContext(text: string, start: number, end: number, alert: () => AlertKind | undefined): BlockContext {
  const line = text.slice(start, end);
  const heading = HEADING.exec(line);
  if (heading) return heading[2] ? { block: 'heading', level: heading[1].length, anchor: heading[2] } : { block: 'heading', level: heading[1].length };
  if (QUOTE.test(line)) {
    const kind = alert();
    return kind ? { block: 'quote', alert: kind } : { block: 'quote' };
  }
  const list = LIST.exec(line);
  if (list) return { block: 'list', level: 1 + Math.floor(list[1].replace(/\t/g, '    ').length / 2) };
  if (/^\s*\|/.test(line)) return { block: 'table' };
  return { block: 'paragraph' };
}

/** The alert marker (`> [!NOTE]`) of the quote that holds `line`, looking up while the lines are quoted. */
function alertAbove(doc: SxsDocument, line: number): AlertKind | undefined {
  for (let l = line; l >= 0; l--) {
    const text = doc.text.slice(doc.lines.lineStart(l), doc.lines.lineEnd(l));
    if (!QUOTE.test(text)) return undefined;
    const m = ALERT.exec(text);
    if (m) {
      const kind = m[1].toLowerCase();
      return (ALERT_KINDS as readonly string[]).includes(kind) ? (kind as AlertKind) : undefined;
    }
  }
  return undefined;
}

/** True when the segment is the first on its line (where a heading or list marker shows). */
export function isFirstOnLine(doc: SxsDocument, segment: Segment): boolean {
  const prev = doc.segments[segment.index - 1];
  return !prev || prev.full.range.end.line < segment.full.range.start.line;
}
