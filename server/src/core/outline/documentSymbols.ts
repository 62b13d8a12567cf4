import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import { plainText } from '../markdown/plainText';
import type { Segment, SxsDocument } from '../model';
import type { Section } from './sections';
import { ENGLISH, type L10n } from '../l10n';
import { outlineStrings, type OutlineStrings } from './strings';
import { shorten } from '../text/shorten';
import { throwIfCancelled, type CancellationTokenLike } from '../cancellation';

/** Longest text of a segment shown in the outline; the rest is cut at a word. */
const SEGMENT_TEXT_LIMIT = 80;
/** Segments read between two looks at the cancellation token. */
const SEGMENTS_PER_LOOK = 256;

/** The front-matter keys a translator translates by hand (they carry no spans). */
const TRANSLATED_KEYS = ['title', 'description'];

/**
 * The outline of a localized document. Headings, nested by level, are named by their
 * translation with the English beside it (the symbol's detail). Under each heading come its
 * segments, numbered, with their English beside them, so that the outline follows the cursor
 * through the sentences and a segment number from a review can be typed into "Go to Symbol".
 * The front matter comes first with its title and description, which are translated by hand.
 */
export function documentSymbols(doc: SxsDocument, sectionList: readonly Section[], l10n: L10n = ENGLISH, token?: CancellationTokenLike): DocumentSymbol[] {
  const strings = outlineStrings(l10n);
  const roots: DocumentSymbol[] = [];
  const fm = frontMatterSymbol(doc, strings);
  if (fm) roots.push(fm);
  const stack: { level: number; symbol: DocumentSymbol; endOffset: number }[] = [];
  const headingSegments = new Set(sectionList.flatMap((s) => s.heading.segments));
  let nextSection = 0;
  const childrenAt = (offset: number): DocumentSymbol[] => {
    while (stack.length && offset > stack[stack.length - 1].endOffset) stack.pop();
    return stack.length ? stack[stack.length - 1].symbol.children! : roots;
  };
  for (const segment of doc.segments) {
    if (segment.index % SEGMENTS_PER_LOOK === 0) throwIfCancelled(token);
    while (nextSection < sectionList.length && sectionList[nextSection].heading.span.start <= segment.full.start) pushHeading(sectionList[nextSection++]);
    if (headingSegments.has(segment)) continue;
    childrenAt(segment.full.start).push(segmentSymbol(segment, strings));
  }
  while (nextSection < sectionList.length) pushHeading(sectionList[nextSection++]);
  return roots;

  function pushHeading(section: Section): void {
    const { heading } = section;
    while (stack.length && stack[stack.length - 1].level >= heading.level) stack.pop();
    const parent = childrenAt(heading.span.start);
    const range = doc.lines.rangeOf(heading.span.start, doc.lines.lineEnd(section.endLine));
    const symbol: DocumentSymbol = {
      name: heading.translated || heading.english || strings.emptyHeading,
      detail: heading.english,
      kind: SymbolKind.String,
      range,
      selectionRange: doc.lines.rangeOf(heading.content.start, heading.content.end),
      children: [],
    };
    parent.push(symbol);
    stack.push({ level: heading.level, symbol, endOffset: doc.lines.offsetAt(range.end) });
  }
}

function segmentSymbol(segment: Segment, strings: OutlineStrings): DocumentSymbol {
  const number = segment.number >= 0 ? `${segment.paragraph ? 'p' : ''}${segment.number}` : segment.id;
  const translated = shorten(plainText(segment.translation.text), SEGMENT_TEXT_LIMIT, { atWord: true }) || strings.emptySegment;
  const english = segment.source ? shorten(plainText(segment.source.text), SEGMENT_TEXT_LIMIT, { atWord: true }) : undefined;
  return {
    name: strings.segment(number, translated),
    detail: english,
    kind: SymbolKind.Field,
    range: segment.full.range,
    selectionRange: segment.translation.content.range,
  };
}

function frontMatterSymbol(doc: SxsDocument, strings: OutlineStrings): DocumentSymbol | undefined {
  const fm = doc.frontMatter;
  if (!fm) return undefined;
  const children: DocumentSymbol[] = [];
  for (const key of TRANSLATED_KEYS) {
    const value = fm.data[key];
    const range = keyRange(doc, key, fm.content.start, fm.content.end);
    if (typeof value === 'string' && range) children.push({ name: key, detail: shorten(value, SEGMENT_TEXT_LIMIT, { atWord: true }), kind: SymbolKind.Property, range, selectionRange: range });
  }
  const title = fm.data.title;
  return {
    name: strings.frontMatter,
    detail: typeof title === 'string' ? shorten(title, SEGMENT_TEXT_LIMIT, { atWord: true }) : undefined,
    kind: SymbolKind.Module,
    range: fm.full.range,
    selectionRange: doc.lines.rangeOf(fm.full.start, fm.full.start + 3),
    children,
  };
}

/** The line of a top-level key in the front matter. */
function keyRange(doc: SxsDocument, key: string, start: number, end: number): Range | undefined {
  const m = new RegExp(`^${key}[ \\t]*:.*$`, 'm').exec(doc.text.slice(start, end));
  if (!m) return undefined;
  return doc.lines.rangeOf(start + m.index, start + m.index + m[0].length);
}
