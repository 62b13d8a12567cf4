import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { ENGLISH } from '../l10n';
import type { SxsDocument } from '../model';
import { segmentAt, sideAt } from '../segmentAt';
import { anchorHover } from './anchorHover';
import type { HoverContext } from './hoverContext';
import { englishHover, translationHover } from './segmentHover';
import { hoverStrings } from './strings';

export type { HoverContext };

/**
 * The hover at a position: on a translation, its English source; on the English lookup, the
 * translation; on a heading's `<a name>` anchor, the English heading it belongs to.
 * Answers from the parsed model in time logarithmic in the number of segments.
 */
export function hover(doc: SxsDocument, position: Position, context: HoverContext = {}): Hover | undefined {
  const offset = doc.lines.offsetAt(position);
  const segment = segmentAt(doc, offset);
  const strings = hoverStrings(context.l10n ?? ENGLISH);
  if (!segment) return anchorHover(doc, position.line, offset, strings);
  if (sideAt(segment, offset) === 'source' && segment.source) {
    return { contents: { kind: MarkupKind.Markdown, value: translationHover(doc, segment, context, strings) }, range: segment.source.full.range };
  }
  return { contents: { kind: MarkupKind.Markdown, value: englishHover(doc, segment, context, strings) }, range: segment.translation.full.range };
}
