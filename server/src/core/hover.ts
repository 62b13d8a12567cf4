import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { Segment, SxsDocument } from './model';
import { segmentAt, sideAt } from './segmentAt';

/**
 * The hover on a segment: on the translation, its English source; on the English lookup,
 * the translation. Both rendered as Markdown, as the docs render them.
 */
export function segmentHover(doc: SxsDocument, position: Position): Hover | undefined {
  const offset = doc.lines.offsetAt(position);
  const segment = segmentAt(doc, offset);
  if (!segment) return undefined;
  const side = sideAt(segment, offset);
  const value = side === 'translation' ? englishHover(doc, segment) : translationHover(doc, segment);
  if (!value) return undefined;
  const span = side === 'translation' ? segment.translation.full : segment.source!.full;
  return { contents: { kind: MarkupKind.Markdown, value }, range: span.range };
}

function englishHover(doc: SxsDocument, segment: Segment): string | undefined {
  if (!segment.source) return `**No English source** for segment \`${segment.id}\`: the lookup span is missing.`;
  return [`**English** · \`${segment.id}\`${statusSuffix(doc)}`, '', blockquote(segment.source.text)].join('\n');
}

function translationHover(doc: SxsDocument, segment: Segment): string {
  const locale = doc.keys.contentLocale ?? 'Translation';
  return [`**${locale}** · \`${segment.id}\`${statusSuffix(doc)}`, '', blockquote(segment.translation.text)].join('\n');
}

function statusSuffix(doc: SxsDocument): string {
  const t = doc.keys.translationType;
  if (t === 'MT') return ' · machine translation';
  if (t === 'HT') return ' · human translation';
  return '';
}

/** Quotes the text as a Markdown block; an empty text says so. */
function blockquote(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '*(empty)*';
  return trimmed
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n');
}
