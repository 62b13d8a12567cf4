import type { Segment, SxsDocument } from '../model';
import { codeSpan, safeInlineMarkdown } from '../markdown/safeMarkdown';
import { renderCounterparts } from './counterparts';
import type { HoverContext } from './hover';
import { HOVER_STRINGS } from './strings';

/** The hover on a translation: the English source rendered, the id, the file's MT/HT status, the other locales. */
export function englishHover(doc: SxsDocument, segment: Segment, context: HoverContext): string {
  const header = headerLine(doc, HOVER_STRINGS.english, segment);
  if (!segment.source) return [header, '', HOVER_STRINGS.noEnglish].join('\n');
  const parts = [header, '', quote(safeInlineMarkdown(segment.source.text, { baseUri: context.uri }))];
  const table = renderCounterparts(segment, context.counterparts?.(segment) ?? []);
  if (table) parts.push('', table);
  return parts.join('\n');
}

/** The hover on the English lookup: the translation rendered. */
export function translationHover(doc: SxsDocument, segment: Segment, context: HoverContext): string {
  const header = headerLine(doc, HOVER_STRINGS.translation(doc.keys.contentLocale), segment);
  return [header, '', quote(safeInlineMarkdown(segment.translation.text, { baseUri: context.uri }))].join('\n');
}

function headerLine(doc: SxsDocument, title: string, segment: Segment): string {
  const status = translationStatus(doc.keys.translationType);
  return [`**${title}**`, codeSpan(segment.id), ...(status ? [status] : [])].join(' · ');
}

/** The file's `ms.translationtype` in words. */
export function translationStatus(type: string | undefined): string | undefined {
  const t = type?.trim();
  if (!t) return undefined;
  if (t.toUpperCase() === 'MT') return HOVER_STRINGS.machineTranslation;
  if (t.toUpperCase() === 'HT') return HOVER_STRINGS.humanTranslation;
  return HOVER_STRINGS.otherTranslationType(safeInlineMarkdown(t));
}

/**
 * Quotes rendered Markdown as a block. Each line is trimmed, so that nothing becomes an
 * indented code block or a trailing-space line break, and a line that would start a list, a heading underline
 * or a numbered item has that first character escaped.
 */
export function quote(markdown: string): string {
  const lines = markdown.split('\n').map((line) => guardLineStart(line.trim()));
  const first = lines.findIndex((l) => l !== '');
  if (first === -1) return `> *${HOVER_STRINGS.empty}*`;
  let last = lines.length - 1;
  while (lines[last] === '') last--;
  return lines
    .slice(first, last + 1)
    .map((l) => `> ${l}`)
    .join('\n');
}

function guardLineStart(line: string): string {
  // A line of emphasis marks alone (`***`) would be a thematic break: show them as text.
  if (/^[*_\s]+$/.test(line)) return line.replace(/[*_]/g, '\\$&');
  // A `*` followed by a space opens no emphasis, but would open a list item.
  return line.replace(/^([-+=]|\*(?=\s|$))/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}
