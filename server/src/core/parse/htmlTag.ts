import { Token, Tokenizer, type TokenHandler } from 'parse5';

type TagToken = Token.TagToken;

/** An attribute of a tag read by parse5, with where its value is written. */
export interface TagAttribute {
  readonly name: string;
  /** The decoded value (entities resolved). */
  readonly value: string;
  /** Offsets of the written value (without quotes) in the text given to {@link readTag}. */
  readonly valueStart: number;
  readonly valueEnd: number;
}

export interface HtmlTag {
  /** Lower-case tag name. */
  readonly name: string;
  readonly isEnd: boolean;
  readonly start: number;
  readonly end: number;
  readonly attributes: readonly TagAttribute[];
}

/** Longest tag we look for; a `<` with no tag end this close is text (a bare `<`). */
const MAX_TAG_LENGTH = 512;

/**
 * Reads the HTML tag that starts at `start` (a `<`) with parse5's tokenizer, which decides
 * what is a tag and what its attributes are exactly as a browser would. Returns undefined
 * when the `<` does not open a complete tag (`< topic >`, `<"contoso">`, a half-typed tag).
 */
export function readTag(text: string, start: number): HtmlTag | undefined {
  // Find where the tag would end before handing it to parse5, so that a run of `<` that open
  // no tag costs a quick scan each, not a tokenizer run over the text after them.
  const end = tagEnd(text, start);
  if (end === -1) return undefined;
  const chunk = text.slice(start, end);
  let first: TagToken | undefined;
  let sawOther = false;
  const note = (token: TagToken) => {
    if (!first && !sawOther) first = token;
  };
  const other = () => {
    if (!first) sawOther = true;
  };
  const handler: TokenHandler = {
    onStartTag: note,
    onEndTag: note,
    onComment: other,
    onDoctype: other,
    onCharacter: other,
    onNullCharacter: other,
    onWhitespaceCharacter: other,
    onEof: () => undefined,
  };
  new Tokenizer({ sourceCodeLocationInfo: true }, handler).write(chunk, true);
  const token = first as TagToken | undefined;
  if (!token?.location || token.location.startOffset !== 0) return undefined;
  const attributes: TagAttribute[] = [];
  for (const attr of token.attrs) {
    const loc = token.location.attrs?.[attr.name];
    if (!loc) continue;
    const [valueStart, valueEnd] = valueOffsets(chunk, loc.startOffset, loc.endOffset);
    attributes.push({ name: attr.name, value: attr.value, valueStart: start + valueStart, valueEnd: start + valueEnd });
  }
  return {
    name: token.tagName,
    isEnd: token.type === Token.TokenType.END_TAG,
    start,
    end: start + token.location.endOffset,
    attributes,
  };
}

/**
 * The offset just past the `>` that ends a tag opened at `start`, skipping `>` inside quoted
 * attribute values as the HTML tokenizer does; -1 when there is none within the longest tag.
 */
function tagEnd(text: string, start: number): number {
  const limit = Math.min(text.length, start + MAX_TAG_LENGTH);
  let quote = 0;
  let afterEquals = false;
  for (let k = start + 1; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 62 /* > */) {
      return k + 1;
    } else if (c === 61 /* = */) {
      afterEquals = true;
    } else if (afterEquals && (c === 34 || c === 39) /* " ' */) {
      quote = c;
      afterEquals = false;
    } else if (c !== 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) {
      afterEquals = false;
    }
  }
  return -1;
}

/** Where the value of `name="value"` (or `name='value'`, `name=value`, `name`) is written. */
function valueOffsets(chunk: string, attrStart: number, attrEnd: number): [number, number] {
  const eq = chunk.indexOf('=', attrStart);
  if (eq === -1 || eq >= attrEnd) return [attrEnd, attrEnd];
  let i = eq + 1;
  while (i < attrEnd && /\s/.test(chunk[i])) i++;
  const quote = chunk[i];
  if (quote === '"' || quote === "'") return [i + 1, Math.max(i + 1, attrEnd - 1)];
  return [i, attrEnd];
}
