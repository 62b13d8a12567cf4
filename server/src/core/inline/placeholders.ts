import { NONE, sortByStart, type Placeholder, type TextRange } from './tokens';

/** `{Name}`, `{0}`; written loosely in a translation (`{ Name }`, `{Nume utilizator}`), still a placeholder. */
const BRACE = /\{[^{}\n]{1,40}\}/g;
const BRACE_VERBATIM = /^\{(?:[\p{L}_][\p{L}\p{N}_.:-]*|\d+)\}$/u;
/** `%temp%`, and its damaged forms `% temp%`. */
const PERCENT = /%[ \t]?[\p{L}_][\p{L}\p{N}_()]{0,40}[ \t]?%/gu;
const PERCENT_VERBATIM = /^%[\p{L}_][\p{L}\p{N}_()]*%$/u;
/** printf: `%s`, `%d`, `%1$s`, `%-5.2f`; not `50% discount`. */
const PRINTF = /(?<![\p{L}\p{N}%])%(?:\d+\$)?[-+0#]?\d*(?:\.\d+)?[sdfiuxXc](?![\p{L}\p{N}])/gu;
/** `\<your name\>`: escaped angle brackets, the way Markdown keeps them visible. */
const ESCAPED_ANGLE = /\\<[^<>\n]{0,80}?\\>/g;

/**
 * The placeholders of a text whose code spans, URLs and tags are blanked. `angles` are the
 * unescaped `<name>` stretches that HTML does not know as tags (found by the HTML scan).
 */
export function findPlaceholders(text: string, base: number, angles: readonly TextRange[]): readonly Placeholder[] {
  if (angles.length === 0 && text.indexOf('{') === -1 && text.indexOf('%') === -1 && text.indexOf('\\<') === -1) return NONE;
  const found: Placeholder[] = [];
  if (text.indexOf('{') !== -1) collect(text, base, BRACE, 'brace', (t) => BRACE_VERBATIM.test(t), found);
  if (text.indexOf('%') !== -1) {
    collect(text, base, PERCENT, 'percent', (t) => PERCENT_VERBATIM.test(t), found);
    collect(text, base, PRINTF, 'printf', () => true, found);
  }
  if (text.indexOf('\\<') !== -1) collect(text, base, ESCAPED_ANGLE, 'angle', () => false, found);
  for (const a of angles) found.push({ kind: 'angle', start: a.start, end: a.end, text: text.slice(a.start - base, a.end - base), verbatim: false });
  return dropOverlaps(sortByStart(found));
}

function collect(text: string, base: number, re: RegExp, kind: Placeholder['kind'], verbatim: (t: string) => boolean, out: Placeholder[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ kind, start: base + m.index, end: base + m.index + m[0].length, text: m[0], verbatim: verbatim(m[0]) });
  }
}

/** `%temp%` also reads as printf `%t`…: keep the first, longest reading. */
function dropOverlaps(sorted: Placeholder[]): Placeholder[] {
  const out: Placeholder[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p.start < last.end) {
      if (p.end - p.start > last.end - last.start && p.start === last.start) out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  return out;
}
