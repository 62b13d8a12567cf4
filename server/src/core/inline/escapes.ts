import { isAsciiPunctuation } from './chars';
import type { Escape } from './tokens';

/** The backslash escapes of a text whose code spans and URLs are blanked (`\>`, `\*`, `\\`). */
export function findEscapes(text: string, base: number): Escape[] {
  const escapes: Escape[] = [];
  for (let i = text.indexOf('\\'); i !== -1 && i + 1 < text.length; i = text.indexOf('\\', i + 1)) {
    const c = text.charCodeAt(i + 1);
    if (!isAsciiPunctuation(c)) continue;
    escapes.push({ char: text[i + 1], start: base + i, end: base + i + 2 });
    i++; // `\\` escapes the backslash: the next one starts nothing.
  }
  return escapes;
}
