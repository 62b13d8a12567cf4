import { isEscaped, isPunctuation, isWhitespace } from './chars';
import { NONE, sortByStart, type Emphasis, type EmphasisRun, type EmphasisSpan } from './tokens';

interface Run {
  readonly char: '*' | '_';
  readonly start: number;
  readonly end: number;
  readonly canOpen: boolean;
  readonly canClose: boolean;
  /** Markers not yet used by a span: from the inside out, openers use their last, closers their first. */
  left: number;
  usedFromStart: number;
}

/**
 * Bold and italic text of a text whose code spans, URLs and tags are blanked, after
 * CommonMark's delimiter-run rules (flanking, the intraword `_` rule), simplified to what
 * a comparison needs: the spans, and the marker runs that could open or close but found no partner.
 */
export function findEmphasis(text: string, base: number): Emphasis {
  if (text.indexOf('*') === -1 && text.indexOf('_') === -1) return NO_EMPHASIS;
  const runs = delimiterRuns(text);
  const spans: EmphasisSpan[] = [];
  const stack: Run[] = [];
  const unmatched: EmphasisRun[] = [];
  for (const run of runs) {
    if (run.canClose) closeWith(run, stack, spans, base, unmatched);
    if (run.left > 0 && run.canOpen) stack.push(run);
    else if (run.left > 0 && run.canClose) unmatched.push(leftover(run, base));
  }
  for (const run of stack) if (run.left > 0) unmatched.push(leftover(run, base));
  return { spans: sortByStart(spans), unmatched: sortByStart(unmatched) };
}

/** What a text without emphasis markers has. */
export const NO_EMPHASIS: Emphasis = Object.freeze({ spans: NONE, unmatched: NONE });

function closeWith(run: Run, stack: Run[], spans: EmphasisSpan[], base: number, unmatched: EmphasisRun[]): void {
  while (run.left > 0) {
    let o = stack.length - 1;
    while (o >= 0 && (stack[o].char !== run.char || ruleOfThree(stack[o], run))) o--;
    if (o < 0) return;
    const opener = stack[o];
    const use = opener.left >= 2 && run.left >= 2 ? 2 : 1;
    const openEnd = opener.start + opener.left;
    const closeStart = run.start + run.usedFromStart;
    spans.push({ strong: use === 2, start: base + openEnd - use, end: base + closeStart + use, contentStart: base + openEnd, contentEnd: base + closeStart });
    opener.left -= use;
    run.left -= use;
    run.usedFromStart += use;
    // Openers between the pair can no longer be closed.
    for (const dropped of stack.splice(o + 1)) if (dropped.left > 0) unmatched.push(leftover(dropped, base));
    if (opener.left === 0) stack.pop();
  }
}

/** CommonMark's "multiple of 3" rule for runs that can both open and close. */
function ruleOfThree(opener: Run, closer: Run): boolean {
  if (!(opener.canClose || closer.canOpen)) return false;
  const total = opener.end - opener.start + (closer.end - closer.start);
  return total % 3 === 0 && ((opener.end - opener.start) % 3 !== 0 || (closer.end - closer.start) % 3 !== 0);
}

function leftover(run: Run, base: number): EmphasisRun {
  return { char: run.char, start: base + run.start, end: base + run.end };
}

function delimiterRuns(text: string): Run[] {
  const runs: Run[] = [];
  const markers = new MarkerSearch(text);
  for (let i = markers.next(0); i !== -1; i = markers.next(i + 1)) {
    const c = text[i] as '*' | '_';
    if (isEscaped(text, i)) continue;
    let j = i + 1;
    while (text[j] === c) j++;
    const before = i > 0 ? text[i - 1] : undefined;
    const after = j < text.length ? text[j] : undefined;
    const leftFlanking = !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
    const rightFlanking = !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
    const canOpen = c === '*' ? leftFlanking : leftFlanking && (!rightFlanking || isPunctuation(before));
    const canClose = c === '*' ? rightFlanking : rightFlanking && (!leftFlanking || isPunctuation(after));
    runs.push({ char: c, start: i, end: j, canOpen, canClose, left: j - i, usedFromStart: 0 });
    i = j - 1;
  }
  return runs;
}

/** Finds the next `*` or `_`, each looked for with `indexOf` and kept until passed. */
class MarkerSearch {
  private star = -2;
  private underscore = -2;

  constructor(private readonly text: string) {}

  /** The next `*` or `_` from `from` on, or -1. */
  next(from: number): number {
    if (this.star !== -1 && this.star < from) this.star = this.text.indexOf('*', from);
    if (this.underscore !== -1 && this.underscore < from) this.underscore = this.text.indexOf('_', from);
    if (this.star === -1) return this.underscore;
    if (this.underscore === -1) return this.star;
    return Math.min(this.star, this.underscore);
  }
}
