import type { Range } from 'vscode-languageserver-types';
import type { SxsDocument } from '../model';

/**
 * The edit that puts a segment's English into its translation (for a post-editor to start
 * from, or for text that stays in English): the translation's text replaced by the English
 * lookup's, markup and all. Undefined off a segment, or when the segment has no English.
 */
export function copyEnglishEdit(doc: SxsDocument, offset: number): { range: Range; newText: string; id: string } | undefined {
  const segment = doc.segments.find((s) => s.full.start <= offset && offset <= s.full.end);
  if (!segment?.source || !segment.translation.closed) return undefined;
  return { range: segment.translation.content.range, newText: segment.source.text, id: segment.id };
}
