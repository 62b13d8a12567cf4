import { readTag } from './htmlTag';

/**
 * The kinds of `<span>` tag that make up sxs markup: the translation opening
 * (`data-ttu-id`), the lookup opening (`class="sxs-lookup"`), the English source opening
 * (`data-stu-id`), any other opening, and a closing tag.
 */
export type SpanTagKind = 'translation' | 'lookup' | 'source' | 'plain' | 'close';

export interface SpanTag {
  readonly kind: SpanTagKind;
  readonly start: number;
  readonly end: number;
  /** The id attribute's value (translation and source tags). */
  readonly id: string;
  readonly idStart: number;
  readonly idEnd: number;
}

const TTU = '<span data-ttu-id="';
const STU = '<span data-stu-id="';
const LOOKUP = '<span class="sxs-lookup">';
const CLOSE = '</span>';
const PLAIN = '<span>';

/**
 * Finds every `<span>` and `</span>` tag of the text, in order. Tags written the way the
 * localization tools write them are recognised directly; any other spelling (attributes
 * in another order or case, single quotes, entities, extra attributes) is read by parse5.
 */
export function scanSpanTags(text: string): SpanTag[] {
  const tags: SpanTag[] = [];
  let i = text.indexOf('<');
  while (i !== -1) {
    const tag = canonicalTag(text, i) ?? generalTag(text, i);
    if (tag) {
      tags.push(tag);
      i = text.indexOf('<', tag.end);
    } else {
      i = text.indexOf('<', i + 1);
    }
  }
  return tags;
}

function canonicalTag(text: string, i: number): SpanTag | undefined {
  const next = text.charCodeAt(i + 1);
  if (next === 47 /* / */) {
    return text.startsWith(CLOSE, i) ? plainTag('close', i, i + CLOSE.length) : undefined;
  }
  if (next !== 115 /* s */) return undefined;
  // The openings differ at `<span>` / `<span d` / `<span c`, then at `data-ttu` / `data-stu`:
  // one character says which to compare.
  if (text.charCodeAt(i + 5) === 62 /* > */) return text.startsWith(PLAIN, i) ? plainTag('plain', i, i + PLAIN.length) : undefined;
  switch (text.charCodeAt(i + 6)) {
    case 100 /* d */: {
      const translation = text.charCodeAt(i + 11) === 116; /* t of ttu */
      const literal = translation ? TTU : STU;
      return text.startsWith(literal, i) ? idTag(translation ? 'translation' : 'source', text, i, literal.length) : undefined;
    }
    case 99 /* c */:
      return text.startsWith(LOOKUP, i) ? plainTag('lookup', i, i + LOOKUP.length) : undefined;
    default:
      return undefined;
  }
}

function idTag(kind: SpanTagKind, text: string, i: number, prefixLength: number): SpanTag | undefined {
  const idStart = i + prefixLength;
  const quote = text.indexOf('"', idStart);
  if (quote === -1 || text.charCodeAt(quote + 1) !== 62 /* > */ || quote - idStart > 64) return undefined;
  // An id with markup or a line break in it is read the general way.
  for (let k = idStart; k < quote; k++) {
    const c = text.charCodeAt(k);
    if (c === 60 /* < */ || c === 62 /* > */ || c === 38 /* & */ || c === 10 || c === 13) return undefined;
  }
  return { kind, start: i, end: quote + 2, id: text.slice(idStart, quote), idStart, idEnd: quote };
}

function plainTag(kind: SpanTagKind, start: number, end: number): SpanTag {
  return { kind, start, end, id: '', idStart: start, idEnd: end };
}

/** Any other way to write a span tag, as HTML reads it. */
function generalTag(text: string, i: number): SpanTag | undefined {
  // Most `<` open other tags (`<a`, `<br>`): one look at the next character rules them out.
  const next = text.charCodeAt(i + 1) | 32;
  if (next !== 115 /* s, S */ && next !== 47 /* / */) return undefined;
  if (!/^<\/?span[\s/>]/i.test(text.slice(i, i + 7))) return undefined;
  const tag = readTag(text, i);
  if (!tag || tag.name !== 'span') return undefined;
  if (tag.isEnd) return plainTag('close', tag.start, tag.end);
  const attr = (name: string) => tag.attributes.find((a) => a.name === name);
  const ttu = attr('data-ttu-id');
  if (ttu) return { kind: 'translation', start: tag.start, end: tag.end, id: ttu.value, idStart: ttu.valueStart, idEnd: ttu.valueEnd };
  const stu = attr('data-stu-id');
  if (stu) return { kind: 'source', start: tag.start, end: tag.end, id: stu.value, idStart: stu.valueStart, idEnd: stu.valueEnd };
  const cls = attr('class');
  if (cls && cls.value.split(/\s+/).includes('sxs-lookup')) return plainTag('lookup', tag.start, tag.end);
  return plainTag('plain', tag.start, tag.end);
}
