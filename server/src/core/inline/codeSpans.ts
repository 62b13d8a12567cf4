import { isEscaped } from './chars';
import type { CodeSpan } from './tokens';

/**
 * The code spans of a text, as CommonMark reads them: a run of n backticks up to the next
 * run of exactly n; a run that is never closed is literal text. `base` is the text's offset in the document.
 */
export function findCodeSpans(text: string, base: number): CodeSpan[] {
  const spans: CodeSpan[] = [];
  let i = text.indexOf('`');
  while (i !== -1) {
    const open = runEnd(text, i);
    if (isEscaped(text, i)) {
      i = text.indexOf('`', i + 1);
      continue;
    }
    const n = open - i;
    let j = text.indexOf('`', open);
    let closed = -1;
    while (j !== -1) {
      const end = runEnd(text, j);
      if (end - j === n) {
        closed = j;
        break;
      }
      j = text.indexOf('`', end);
    }
    if (closed === -1) {
      i = text.indexOf('`', open);
      continue;
    }
    spans.push({ start: base + i, end: base + closed + n, code: text.slice(open, closed), codeStart: base + open, codeEnd: base + closed });
    i = text.indexOf('`', closed + n);
  }
  return spans;
}

function runEnd(text: string, i: number): number {
  let j = i;
  while (text.charCodeAt(j) === 96) j++;
  return j;
}
