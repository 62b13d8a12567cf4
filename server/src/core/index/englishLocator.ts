import { collapseWhitespace } from './comparable';

/** A segment's English as a translation's lookup span has it. */
export interface EnglishLookup {
  readonly number: number;
  readonly paragraph: boolean;
  /** The raw English of the lookup span. */
  readonly text: string;
}

/** Where a segment's English is in the English source file (UTF-16 offsets, end exclusive). */
export interface LocatedEnglish {
  readonly start: number;
  readonly end: number;
  /**
   * True when the lookup's English was found in the file (exactly, or with whitespace
   * collapsed). False when it was not: the English changed, and `start`–`end` is the text
   * between the neighbouring segments that were found, which is where the new English is.
   */
  readonly found: boolean;
}

/**
 * Finds each segment's English in the English source, in order: the English file has no
 * segment markup, so a segment is the place where its lookup text occurs. Searching goes
 * forward from the previous find (the front matter is skipped, so a heading is not found in
 * `title:`); a text that only occurs earlier is still found, without moving on.
 */
export function locateEnglish(text: string, bodyStart: number, lookups: readonly EnglishLookup[]): LocatedEnglish[] {
  const view = new WhitespaceView(text, bodyStart);
  let cursor = bodyStart;
  const found: (LocatedEnglish | undefined)[] = lookups.map((lookup) => {
    const needle = lookup.text.trim();
    if (!needle) return undefined;
    const hit = findExact(text, needle, cursor, bodyStart) ?? view.find(collapseWhitespace(needle), cursor);
    if (!hit) return undefined;
    if (hit.start >= cursor) cursor = hit.end;
    return { ...hit, found: true };
  });
  return found.map((hit, i) => hit ?? gapAt(text, found, i, bodyStart));
}

function findExact(text: string, needle: string, cursor: number, bodyStart: number): { start: number; end: number } | undefined {
  let at = text.indexOf(needle, cursor);
  if (at < 0) at = text.indexOf(needle, bodyStart);
  return at < 0 ? undefined : { start: at, end: at + needle.length };
}

/** The text between the nearest found neighbours of segment i, without surrounding whitespace. */
function gapAt(text: string, found: readonly (LocatedEnglish | undefined)[], i: number, bodyStart: number): LocatedEnglish {
  let start = bodyStart;
  for (let j = i - 1; j >= 0; j--) {
    const f = found[j];
    if (f) {
      start = f.end;
      break;
    }
  }
  let end = text.length;
  for (let j = i + 1; j < found.length; j++) {
    const f = found[j];
    if (f && f.start >= start) {
      end = f.start;
      break;
    }
  }
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end, found: false };
}

/**
 * The English at a located place, for a message: the found text, or the gap made readable
 * (Markdown block markers such as `#`, `-`, `1.`, `>` and table pipes removed, lines joined),
 * cut to `max` characters.
 */
export function englishAt(text: string, located: LocatedEnglish, max = 300): string {
  const raw = text.slice(located.start, located.end);
  const readable = located.found
    ? collapseWhitespace(raw)
    : raw
        .split(/\r\n|\r|\n/)
        .map((line) => line.replace(/^\s*(?:#{1,6}(?:\s+|$)|>\s*|[-*+]\s+|\d+[.)]\s+|\|)*/, '').replace(/\s*\|\s*$/, ''))
        .filter((line) => line.trim() && !/^[\s|:-]+$/.test(line))
        .join(' ');
  const collapsed = collapseWhitespace(readable);
  return collapsed.length > max ? `${collapsed.slice(0, max - 1)}…` : collapsed;
}

/** The text with whitespace runs collapsed to one space, mapped back to offsets of the original. Built on first use. */
class WhitespaceView {
  private norm: string | undefined;
  private offsets: Int32Array | undefined;

  constructor(
    private readonly text: string,
    private readonly from: number,
  ) {}

  find(needle: string, cursor: number): { start: number; end: number } | undefined {
    if (!needle) return undefined;
    const { norm, offsets } = this.build();
    let at = norm.indexOf(needle, this.normIndexOf(cursor, offsets));
    if (at < 0) at = norm.indexOf(needle);
    if (at < 0) return undefined;
    return { start: offsets[at], end: offsets[at + needle.length - 1] + 1 };
  }

  private build(): { norm: string; offsets: Int32Array } {
    if (this.norm !== undefined && this.offsets) return { norm: this.norm, offsets: this.offsets };
    const chars: string[] = [];
    const offsets = new Int32Array(this.text.length - this.from + 1);
    let n = 0;
    let inSpace = false;
    for (let i = this.from; i < this.text.length; i++) {
      const c = this.text[i];
      if (/\s/.test(c)) {
        if (inSpace) continue;
        inSpace = true;
        chars.push(' ');
      } else {
        inSpace = false;
        chars.push(c);
      }
      offsets[n++] = i;
    }
    this.norm = chars.join('');
    this.offsets = offsets.subarray(0, n);
    return { norm: this.norm, offsets: this.offsets };
  }

  /** The first index of the collapsed text at or after the original offset. */
  private normIndexOf(offset: number, offsets: Int32Array): number {
    let lo = 0;
    let hi = offsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
