import MarkdownIt from 'markdown-it';

/** A markdown-it token (inline or block). */
export type MdToken = MarkdownIt.Token;

/**
 * The Markdown parser of the core: markdown-it, the parser of VS Code's own Markdown
 * preview, with raw HTML read as HTML tokens (so that it can be escaped or translated, never
 * passed through) and linkify on for URLs with a scheme (so that a URL in the text is a link
 * token, written as an explicit link, rather than left for the hover's renderer to guess the
 * end of). The instance is configured here once and never changed afterwards, so sharing it
 * holds no state between calls.
 */
const md = new MarkdownIt('default', { html: true, linkify: true, typographer: false });
md.linkify.set({ fuzzyLink: false, fuzzyIP: false });

/** The same parser for block structure only: inline content is not parsed (a tenth of the time on large files). */
const blocks = new MarkdownIt('default', { html: true, linkify: false, typographer: false }).disable(['inline', 'text_join']);

/** The inline tokens of a Markdown fragment (a segment's text, a heading's text). */
export function parseInline(text: string): MdToken[] {
  const tokens = md.parseInline(text, {});
  return tokens[0]?.children ?? [];
}

/** The block tokens of a Markdown document (inline tokens keep their source, unparsed); `map` gives their lines. */
export function parseBlocks(text: string): MdToken[] {
  return blocks.parse(text, {});
}

/** Decodes entities and backslash escapes of an attribute value (`&amp;` → `&`). */
export function unescapeAttribute(value: string): string {
  return md.utils.unescapeAll(value);
}

/** Percent-encodes a link destination the way markdown-it does for Markdown links. */
export function normalizeLink(url: string): string {
  return md.normalizeLink(url);
}
