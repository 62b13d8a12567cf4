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
const MAX_TAG_LENGTH = 1024;

/**
 * Reads the HTML tag that starts at `start` (a `<`) with parse5's tokenizer, which decides
 * what is a tag and what its attributes are exactly as a browser would. Returns undefined
 * when the `<` does not open a complete tag (`< topic >`, `<"contoso">`, a half-typed tag).
 */
export function readTag(text: string, start: number): HtmlTag | undefined {
  const chunk = text.slice(start, Math.min(text.length, start + MAX_TAG_LENGTH));
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
