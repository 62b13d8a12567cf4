import { html } from 'parse5';
import { readTag } from '../parse/htmlTag';
import { isEscaped } from './chars';
import type { InlineLink, InlineTag, TextRange } from './tokens';

export interface HtmlScan {
  /** Tags HTML knows. */
  readonly tags: InlineTag[];
  /** `<a href="…">…</a>` links. */
  readonly links: InlineLink[];
  /** `<https://…>` autolinks. */
  readonly autolinks: InlineLink[];
  /** `<name>`-like text that is no HTML tag: a placeholder. */
  readonly angles: TextRange[];
  /** HTML comments. */
  readonly comments: TextRange[];
}

const SIMPLE_TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)\s*\/?>/;
const AUTOLINK = /^<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*)>/;
const ANGLE = /^<[^<>\n]{1,80}>/;

/**
 * The inline HTML of a text whose code spans are blanked. A tag is what parse5's tokenizer
 * reads as one and names an element HTML knows; `<your tenant>` and `<mailboxname>` are
 * placeholders; `<https://…>` is an autolink; a bare `<` is text.
 */
export function scanHtml(text: string, base: number): HtmlScan {
  const scan: HtmlScan = { tags: [], links: [], autolinks: [], angles: [], comments: [] };
  let i = text.indexOf('<');
  while (i !== -1) {
    i = text.indexOf('<', readAt(text, i, base, scan));
  }
  pairAnchors(text, base, scan);
  return scan;
}

/** Reads what starts at the `<` at `i`; returns where to go on. */
function readAt(text: string, i: number, base: number, scan: HtmlScan): number {
  if (isEscaped(text, i)) return i + 1;
  const rest = text.slice(i, i + 1100);
  if (rest.startsWith('<!--')) {
    const close = text.indexOf('-->', i + 4);
    const end = close === -1 ? text.length : close + 3;
    scan.comments.push({ start: base + i, end: base + end });
    return end;
  }
  const auto = AUTOLINK.exec(rest);
  if (auto) {
    const end = i + auto[0].length;
    scan.autolinks.push({ kind: 'autolink', start: base + i, end: base + end, text: auto[1], textStart: base + i + 1, textEnd: base + end - 1, url: auto[1], urlStart: base + i + 1, urlEnd: base + end - 1 });
    return end;
  }
  const simple = SIMPLE_TAG.exec(rest);
  const tag = simple
    ? { name: simple[2].toLowerCase(), isEnd: simple[1] === '/', end: i + simple[0].length }
    : (() => {
        const t = /^<\/?[a-zA-Z]/.test(rest) ? readTag(text, i) : undefined;
        return t ? { name: t.name, isEnd: t.isEnd, end: t.end } : undefined;
      })();
  if (tag && html.getTagID(tag.name) !== html.TAG_ID.UNKNOWN) {
    scan.tags.push({ name: tag.name, isEnd: tag.isEnd, start: base + i, end: base + tag.end, key: tag.isEnd ? `</${tag.name}>` : `<${tag.name}>` });
    return tag.end;
  }
  const angle = ANGLE.exec(rest);
  if (angle && !/^<\s*$/.test(angle[0].slice(0, -1))) {
    scan.angles.push({ start: base + i, end: base + i + angle[0].length });
    return i + angle[0].length;
  }
  return i + 1;
}

/** `<a href="…">text</a>` as links, from the tags found. */
function pairAnchors(text: string, base: number, scan: HtmlScan): void {
  const tags = scan.tags;
  for (let t = 0; t < tags.length; t++) {
    const open = tags[t];
    if (open.name !== 'a' || open.isEnd) continue;
    const close = tags.slice(t + 1).find((x) => x.name === 'a');
    if (!close?.isEnd) continue;
    const parsed = readTag(text, open.start - base);
    const href = parsed?.attributes.find((a) => a.name === 'href');
    if (!href) continue;
    scan.links.push({
      kind: 'html',
      start: open.start,
      end: close.end,
      text: text.slice(open.end - base, close.start - base),
      textStart: open.end,
      textEnd: close.start,
      url: href.value,
      urlStart: base + href.valueStart,
      urlEnd: base + href.valueEnd,
    });
  }
}
