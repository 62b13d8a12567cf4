/**
 * Link destinations cut out of a text in time linear in its length. A regular expression
 * for `](dest "title")` backtracks over every `](` that has no closing parenthesis (one
 * 160 KB document took 26 s to index), so this is a scanner that matches what
 * `/\]\(\s*<?[^)\s>]*>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g` matches, and never looks at a
 * character twice for more than a constant number of starts.
 */
export function replaceLinkTargets(text: string, replacement: string): string {
  let out = '';
  let copied = 0;
  let from = 0;
  const quotes = new NextIndex(text);
  for (let open = text.indexOf('](', from); open !== -1; open = text.indexOf('](', from)) {
    const end = linkTargetEnd(text, open + 2, quotes);
    if (end.matched) {
      out += text.slice(copied, open) + replacement;
      copied = from = end.at;
    } else {
      // Every `](` inside this destination starts one that ends where this one ended, and fails as it did.
      from = Math.max(open + 1, end.at - 2);
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

interface TargetEnd {
  readonly matched: boolean;
  /** After the `)` when matched; else where the destination ended (nothing before it can match). */
  readonly at: number;
}

function linkTargetEnd(text: string, start: number, quotes: NextIndex): TargetEnd {
  const end = destinationAndTitleEnd(text, start, quotes);
  if (end.matched) return end;
  // `](  "title")`: the pattern gives the space back to read a title with no destination.
  const i = skipSpace(text, start);
  if (i > start && (text[i] === '"' || text[i] === "'")) {
    const title = titleEnd(text, i, quotes);
    if (title !== -1 && text[title] === ')') return { matched: true, at: title + 1 };
  }
  return end;
}

/** After a title that starts at `i` and the space after it; -1 when it does not close. */
function titleEnd(text: string, i: number, quotes: NextIndex): number {
  const close = quotes.after(text[i], i + 1);
  return close === -1 ? -1 : skipSpace(text, close + 1);
}

function destinationAndTitleEnd(text: string, start: number, quotes: NextIndex): TargetEnd {
  let i = skipSpace(text, start);
  const leadingSpace = i > start;
  const destinationStart = i;
  if (text[i] === '<') i++;
  while (i < text.length && !isSpace(text.charCodeAt(i)) && text[i] !== ')' && text[i] !== '>') i++;
  const destinationEnd = i;
  if (text[i] === '>') i++;
  const bare = i === destinationStart;
  const afterDestination = i;
  i = skipSpace(text, i);
  // A title needs space before it; with no destination, the space after `](` serves.
  if ((text[i] === '"' || text[i] === "'") && (i > afterDestination || (bare && leadingSpace))) {
    i = titleEnd(text, i, quotes);
    if (i === -1) return { matched: false, at: destinationEnd };
  }
  return text[i] === ')' ? { matched: true, at: i + 1 } : { matched: false, at: destinationEnd };
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The characters JavaScript's `\s` matches. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `indexOf` of a quote, remembering the last answer, so that searches moving forward cost linear time in all. */
class NextIndex {
  private readonly last = new Map<string, { from: number; at: number }>();

  constructor(private readonly text: string) {}

  after(quote: string, from: number): number {
    const known = this.last.get(quote);
    if (known && known.from <= from && (known.at === -1 || from <= known.at)) return known.at;
    const at = this.text.indexOf(quote, from);
    this.last.set(quote, { from, at });
    return at;
  }
}
