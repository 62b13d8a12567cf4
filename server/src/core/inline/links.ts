import { isEscaped } from './chars';
import { NONE, sortByStart, type BrokenLink, type InlineLink } from './tokens';

export interface MarkdownLinks {
  readonly links: readonly InlineLink[];
  readonly broken: readonly BrokenLink[];
}

/** What a text without Markdown links has. */
export const NO_MARKDOWN_LINKS: MarkdownLinks = Object.freeze({ links: NONE, broken: NONE });

/**
 * The Markdown links and images of a text whose code spans are blanked: `[text](url)`,
 * `![alt](url "title")`, nested as in `[![alt](img)](url)`, destinations with balanced
 * parentheses or in `<…>`. Also `[text] (url)`, which does not render as a link.
 */
export function findMarkdownLinks(text: string, base: number): MarkdownLinks {
  if (text.indexOf('](') === -1 && text.indexOf('] (') === -1 && text.indexOf(']\n(') === -1) return NO_MARKDOWN_LINKS;
  const links: InlineLink[] = [];
  const broken: BrokenLink[] = [];
  // The `[` that each `]` closes, with brackets balanced and escaped ones left out: one pass with a stack, from bracket to
  // bracket by indexOf (a text holds a few among hundreds of characters), each `]` read as a link's end when it is met.
  const opens: number[] = [];
  let open = text.indexOf('[');
  let close = text.indexOf(']');
  while (open !== -1 || close !== -1) {
    if (open !== -1 && (close === -1 || open < close)) {
      if (!isEscaped(text, open)) opens.push(open);
      open = text.indexOf('[', open + 1);
      continue;
    }
    const k = close;
    close = text.indexOf(']', k + 1);
    if (isEscaped(text, k)) continue;
    readLink(text, base, opens.length ? opens.pop()! : -1, k, links, broken);
  }
  return { links: sortByStart(links), broken };
}

/** Reads the link or broken link whose text opens at `open` (-1: no `[`) and closes at `k`, if a destination follows. */
function readLink(text: string, base: number, open: number, k: number, links: InlineLink[], broken: BrokenLink[]): void {
  const after = skipBlanks(text, k + 1);
  if (text.charCodeAt(after) !== 40 /* ( */ || open === -1) return;
  const dest = readDestination(text, after + 1);
  if (!dest) return;
  if (after > k + 1) {
    if (LOOKS_LIKE_URL.test(dest.url)) broken.push({ start: base + open, end: base + dest.end, url: dest.url, gapStart: base + k + 1, gapEnd: base + after });
    return;
  }
  const image = open > 0 && text[open - 1] === '!' && !isEscaped(text, open - 1);
  const start = image ? open - 1 : open;
  links.push({
    kind: image ? 'image' : 'markdown',
    start: base + start,
    end: base + dest.end,
    text: text.slice(open + 1, k),
    textStart: base + open + 1,
    textEnd: base + k,
    url: dest.url,
    urlStart: base + dest.urlStart,
    urlEnd: base + dest.urlEnd,
  });
}

/** A destination that is surely meant as one, so that `[Note] (optional)` is not taken for a broken link. */
const LOOKS_LIKE_URL = /^(?:[a-z][a-z0-9+.-]*:|www\.|\/|\.\.?\/|#)|\//i;

interface Destination {
  url: string;
  urlStart: number;
  urlEnd: number;
  /** Just past the closing `)`. */
  end: number;
}

/** A run of destination characters that are not a blank, a parenthesis or a backslash (it may be empty). */
const PLAIN_DESTINATION = /[^ \t\n\r()\\]*/y;

/** Reads `url "title")` from just after the `(`; undefined when that is not a link destination. */
function readDestination(text: string, from: number): Destination | undefined {
  let i = skipBlanks(text, from);
  let urlStart = i;
  let urlEnd: number;
  if (text[i] === '<') {
    const close = text.indexOf('>', i);
    if (close === -1 || text.slice(i, close).includes('\n')) return undefined;
    urlStart = i + 1;
    urlEnd = close;
    i = close + 1;
  } else {
    let depth = 0;
    while (i < text.length) {
      // Most of a destination is characters that neither end it nor nest: skipped in one step.
      PLAIN_DESTINATION.lastIndex = i;
      PLAIN_DESTINATION.test(text);
      i = PLAIN_DESTINATION.lastIndex;
      if (i >= text.length) break;
      const c = text.charCodeAt(i);
      if (c === 92 /* backslash */) {
        i += 2;
        continue;
      }
      if (isBlank(c)) break;
      if (c === 40 /* ( */) depth++;
      else if (c === 41 /* ) */) {
        if (depth === 0) break;
        depth--;
      }
      i++;
    }
    urlEnd = Math.min(i, text.length);
  }
  i = skipBlanks(text, i);
  const quote = text[i];
  if (quote === '"' || quote === "'" || (quote === '(' && i > urlEnd)) {
    const closeQuote = text.indexOf(quote === '(' ? ')' : quote, i + 1);
    if (closeQuote === -1) return undefined;
    i = skipBlanks(text, closeQuote + 1);
  }
  if (text[i] !== ')') return undefined;
  return { url: text.slice(urlStart, urlEnd), urlStart, urlEnd, end: i + 1 };
}

function skipBlanks(text: string, i: number): number {
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** Space, tab, line feed, carriage return. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
