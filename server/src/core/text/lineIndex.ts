import type { Position, Range } from 'vscode-languageserver-types';
import type { Span } from './span';

/**
 * Maps UTF-16 offsets of a text to LSP positions and back. Line breaks are `\n`,
 * `\r\n` and a lone `\r`, as in LSP; a position's character counts UTF-16 code units.
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly starts: number[];

  constructor(private readonly text: string) {
    this.starts = computeLineStarts(text);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** The offset just past the line's text, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1] - 1;
    if (end > this.starts[line] && this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineAt(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.starts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    return Math.max(start, Math.min(start + Math.max(0, position.character), this.lineEnd(position.line)));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** A span of the text; its range is worked out when first read (the editor is shown few of a document's spans). */
  span(start: number, end: number): Span {
    return new LineSpan(start, end, this);
  }
}

class LineSpan implements Span {
  #range: Range | undefined;
  readonly #lines: LineIndex;

  constructor(
    readonly start: number,
    readonly end: number,
    lines: LineIndex,
  ) {
    this.#lines = lines;
  }

  get range(): Range {
    return (this.#range ??= this.#lines.rangeOf(this.start, this.end));
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') === -1) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}
