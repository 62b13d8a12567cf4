import { collapseWhitespace } from '../index/comparable';

/**
 * A text on one line (white space collapsed), cut to at most `max` characters with an ellipsis.
 * With `atWord`, the cut goes back to the last space when one is in the second half.
 */
export function shorten(text: string, max: number, options: { atWord?: boolean } = {}): string {
  const t = collapseWhitespace(text);
  if (t.length <= max) return t;
  if (!options.atWord) return `${t.slice(0, max - 1)}…`;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
