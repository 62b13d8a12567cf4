/**
 * What shows on each side of a segment's markup, which a segment rule may read besides the
 * segment itself (edge-whitespace asks whether two sentences run together). The reuse of a
 * segment's findings ({@link SegmentFindingsMemo}) keys on them too.
 */

/** The visible character just before a segment's markup on its line, '' at a line start or after white space or a tag (`<a name>` shows nothing). */
export function textBefore(text: string, at: number): string {
  const c = text[at - 1] ?? '';
  return c === '>' || c === '\n' ? '' : c;
}

const NEXT_TRANSLATION = /^<span data-ttu-id="[^"]*">/;

/**
 * The character that shows just after a segment's markup: '' at a line end; the first
 * character of the next segment's translation when one follows at once.
 */
export function textAfter(text: string, at: number): string {
  const c = text[at] ?? '';
  if (c === '\n' || c === '\r') return '';
  if (c !== '<') return c;
  const m = NEXT_TRANSLATION.exec(text.slice(at, at + 40));
  return m ? (text[at + m[0].length] ?? '') : '';
}

/** The end of what {@link textAfter} reads of the text (exclusive; past the text's end when it reads there). */
export function textAfterExtent(text: string, at: number): number {
  const c = text[at];
  // A line end, or a visible character, is all it reads; a tag, up to 40 characters and the one after them.
  return c === '<' ? at + 41 : at + 1;
}
