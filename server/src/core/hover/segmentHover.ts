import type { Segment, SxsDocument } from '../model';
import { codeSpan, escapeMarkdownText, safeInlineMarkdown } from '../markdown/safeMarkdown';
import { wordDiff, type DiffPart } from '../changes/wordDiff';
import { renderCounterparts } from './counterparts';
import type { HoverContext } from './hoverContext';
import { hoverStrings, type HoverStrings } from './strings';
import { ENGLISH } from '../l10n';

/** The hover on a translation: the English source rendered, the id, the file's MT/HT status, the other locales. */
export function englishHover(doc: SxsDocument, segment: Segment, context: HoverContext, strings: HoverStrings): string {
  const header = headerLine(doc, strings.english, segment, strings);
  if (!segment.source) return [header, '', strings.noEnglish].join('\n');
  const parts = [header, '', quote(safeInlineMarkdown(segment.source.text, { baseUri: context.uri, roots: context.roots }), strings)];
  const change = context.changes?.(segment);
  if (change?.state.state === 'changed') {
    const now = change.state.english.map((e) => e.text).join(' ');
    parts.push('', strings.englishChanged(change.fromLocale), '', quote(renderDiff(wordDiff(segment.source.text, now)), strings));
  } else if (change?.state.state === 'removed') parts.push('', strings.englishRemoved);
  const notes = context.notes?.(segment) ?? [];
  if (notes.length) parts.push('', notes.join('  \n'));
  const table = renderCounterparts(segment, context.counterparts?.(segment) ?? [], strings, context.roots);
  if (table) parts.push('', table);
  return parts.join('\n');
}

/** The hover on the English lookup: the translation rendered. */
export function translationHover(doc: SxsDocument, segment: Segment, context: HoverContext, strings: HoverStrings): string {
  const header = headerLine(doc, strings.translation(doc.keys.contentLocale === undefined ? undefined : escapeMarkdownText(doc.keys.contentLocale)), segment, strings);
  return [header, '', quote(safeInlineMarkdown(segment.translation.text, { baseUri: context.uri, roots: context.roots }), strings)].join('\n');
}

/** A word diff as Markdown: deleted words struck through, inserted words in bold, every word escaped. */
export function renderDiff(parts: readonly DiffPart[]): string {
  return parts
    .map((p, i) => {
      const text = escapeMarkdownText(p.text.replace(/\s+/g, ' '));
      if (p.kind === 'same' || !text.trim()) return text;
      // The marks go around the words, not the spaces around them (`** word**` would not render).
      const [, lead, words, trail] = /^(\s*)(.*?)(\s*)$/.exec(text)!;
      // A space between the words deleted and those inserted in their place.
      const apart = p.kind === 'inserted' && parts[i - 1]?.kind === 'deleted' && !lead ? ' ' : '';
      return `${apart}${lead}${p.kind === 'deleted' ? `~~${words}~~` : `**${words}**`}${trail}`;
    })
    .join('');
}

function headerLine(doc: SxsDocument, title: string, segment: Segment, strings: HoverStrings): string {
  const status = translationStatus(doc.keys.translationType, strings);
  return [`**${title}**`, codeSpan(segment.id), ...(status ? [status] : [])].join(' · ');
}

/** The file's `ms.translationtype` in words. */
export function translationStatus(type: string | undefined, strings: HoverStrings = hoverStrings(ENGLISH)): string | undefined {
  const t = type?.trim();
  if (!t) return undefined;
  if (t.toUpperCase() === 'MT') return strings.machineTranslation;
  if (t.toUpperCase() === 'HT') return strings.humanTranslation;
  return strings.otherTranslationType(safeInlineMarkdown(t));
}

/**
 * Quotes rendered Markdown as a block. Each line is trimmed, so that nothing becomes an
 * indented code block or a trailing-space line break, and a line that would start a list, a heading underline
 * or a numbered item has that first character escaped.
 */
export function quote(markdown: string, strings: HoverStrings = hoverStrings(ENGLISH)): string {
  const lines = markdown.split('\n').map((line) => guardLineStart(line.trim()));
  const first = lines.findIndex((l) => l !== '');
  if (first === -1) return `> *${strings.empty}*`;
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
