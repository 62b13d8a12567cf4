import { parseInline, normalizeLink, unescapeAttribute, type MdToken } from './markdownIt';
import { linkTarget } from './linkTarget';

/** Words the rendering shows itself; one place, for localization. */
export const SAFE_MARKDOWN_STRINGS = {
  /** Stands for an image: `[image: ALT]`. */
  image: (alt: string) => `[image: ${alt}]`,
  /** Stands for a link whose text is empty (a real translation defect). */
  emptyLink: '(empty link text)',
};

export interface SafeMarkdownOptions {
  /** The document's URI: relative links (`../a.md`) resolve against it when it is a `file:` URI. */
  readonly baseUri?: string;
  /** The workspace folders' URIs: a relative link is a link only when it resolves inside one. */
  readonly roots?: readonly string[];
  /** The result goes into a GFM table cell: pipes escaped, line breaks become spaces. */
  readonly tableCell?: boolean;
}

/**
 * Rewrites a segment's text (Markdown with inline HTML, as sxs files carry it) into Markdown
 * that renders the same emphasis, code and links in a VS Code hover and cannot do anything
 * else: every character of text is escaped, raw HTML never passes through (formatting tags
 * become their Markdown equivalents, harmless wrappers such as `<span>` are dropped, any other
 * tag is shown as literal text), images are not loaded (their alt text is shown), and only
 * `http`, `https` and `mailto` links, or relative links resolved to files beside the
 * document, stay links; any other target is shown as code after the link text.
 */
export function safeInlineMarkdown(text: string, options: SafeMarkdownOptions = {}): string {
  const writer = new InlineWriter(options);
  for (const token of parseInline(text)) writer.token(token);
  return writer.finish();
}

/** ASCII punctuation that can start inline Markdown or HTML; escaped in text. */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]<>&|~#$!]/g;

/**
 * Escapes text so that Markdown shows it as written. A URL left in the text has its scheme's
 * colon (or `www`'s dot) escaped too, so that a renderer's own autolinking (GFM) cannot take
 * in the characters that follow it.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(MARKDOWN_PUNCTUATION, '\\$&')
    .replace(/([A-Za-z][A-Za-z0-9+.-]*):(?=\/\/)/g, '$1\\:')
    .replace(/\b(www)\./gi, '$1\\.');
}

/** A Markdown code span showing `content` exactly (a fence longer than any backtick run in it). */
export function codeSpan(content: string, tableCell = false): string {
  let c = content.replace(/\r\n?|\n/g, ' ');
  if (tableCell) c = c.replace(/\|/g, '\\|');
  if (!c) return '';
  const longest = Math.max(0, ...(c.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(c) ? ' ' : '';
  return `${fence}${pad}${c}${pad}${fence}`;
}

/** Tags whose Markdown equivalent is a delimiter. */
const DELIMITER_TAGS: Readonly<Record<string, string>> = { strong: '**', b: '**', em: '*', i: '*', s: '~~', strike: '~~', del: '~~' };
/** Tags whose content is code. */
const CODE_TAGS = new Set(['code', 'kbd', 'samp', 'tt']);
/** Wrappers that change nothing a hover can show: dropped, their content kept. */
const TRANSPARENT_TAGS = new Set(['span', 'p', 'div', 'sup', 'sub', 'u', 'small', 'big', 'mark', 'ins', 'font', 'abbr', 'cite', 'nobr', 'wbr', 'center']);

const TAG = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s[^>]*)?)\/?>$/s;

interface OpenLink {
  readonly target: string | undefined;
  readonly href: string;
  readonly outputLength: number;
}

/** Writes safe Markdown from inline tokens. */
class InlineWriter {
  private out = '';
  private readonly links: OpenLink[] = [];
  /** Collects the content of an HTML `<code>` element, written as one code span when it closes. */
  private code: string | undefined;

  constructor(private readonly options: SafeMarkdownOptions) {}

  token(token: MdToken): void {
    if (this.code !== undefined && token.type !== 'html_inline') {
      this.code += token.type === 'text' || token.type === 'code_inline' ? token.content : token.markup;
      return;
    }
    switch (token.type) {
      case 'text':
        return this.write(escapeMarkdownText(token.content));
      case 'softbreak':
        return this.write(this.options.tableCell ? ' ' : '\n');
      case 'hardbreak':
        return this.lineBreak();
      case 'code_inline':
        return this.write(codeSpan(token.content, this.options.tableCell));
      case 'strong_open':
      case 'strong_close':
        return this.write('**');
      case 'em_open':
      case 'em_close':
        return this.write('*');
      case 's_open':
      case 's_close':
        return this.write('~~');
      case 'link_open':
        return this.openLink(String(token.attrGet('href') ?? ''));
      case 'link_close':
        return this.closeLink();
      case 'image':
        return this.write(escapeMarkdownText(SAFE_MARKDOWN_STRINGS.image(plainAlt(token))));
      case 'html_inline':
        return this.html(token.content);
      default:
        // Any other token (a plugin's, say) is shown as the source it came from.
        return this.write(escapeMarkdownText(token.content || token.markup));
    }
  }

  finish(): string {
    if (this.code !== undefined) this.flushCode();
    while (this.links.length) this.closeLink();
    return this.out;
  }

  private write(s: string): void {
    this.out += s;
  }

  private lineBreak(): void {
    this.write(this.options.tableCell ? ' ' : '\\\n');
  }

  private openLink(href: string): void {
    const target = linkTarget(href, this.options.baseUri, this.options.roots);
    this.links.push({ target, href, outputLength: this.out.length + (target ? 1 : 0) });
    if (target) this.write('[');
  }

  private closeLink(): void {
    const link = this.links.pop();
    if (!link) return;
    const empty = this.out.length === link.outputLength;
    if (empty) this.write(`*${escapeMarkdownText(SAFE_MARKDOWN_STRINGS.emptyLink)}*`);
    if (link.target) this.write(`](${encodeDestination(link.target, this.options.tableCell)})`);
    else if (link.href) this.write(` (${codeSpan(link.href, this.options.tableCell)})`);
  }

  private html(raw: string): void {
    const tag = TAG.exec(raw);
    if (!tag) {
      // Comments are invisible in rendered docs; anything else (a declaration, a bare `<`) shows as text.
      if (!raw.startsWith('<!--')) this.write(escapeMarkdownText(raw));
      return;
    }
    const closing = tag[1] === '/';
    const name = tag[2].toLowerCase();
    if (this.code !== undefined) {
      if (closing && CODE_TAGS.has(name)) this.flushCode();
      else this.code += raw;
      return;
    }
    if (DELIMITER_TAGS[name]) return this.write(DELIMITER_TAGS[name]);
    if (CODE_TAGS.has(name)) {
      if (!closing) this.code = '';
      return;
    }
    if (name === 'br') return this.lineBreak();
    if (name === 'a') return closing ? this.closeLink() : this.openLink(normalizeLink(attribute(tag[3], 'href')));
    if (name === 'img') return this.write(escapeMarkdownText(SAFE_MARKDOWN_STRINGS.image(attribute(tag[3], 'alt'))));
    if (TRANSPARENT_TAGS.has(name)) return;
    this.write(escapeMarkdownText(raw));
  }

  private flushCode(): void {
    const content = this.code ?? '';
    this.code = undefined;
    this.write(codeSpan(unescapeAttribute(content), this.options.tableCell));
  }
}

/** The value of an attribute of an HTML tag's attribute text, entities decoded; '' when absent. */
function attribute(attributes: string, name: string): string {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i').exec(attributes);
  if (!m) return '';
  return unescapeAttribute(m[1] ?? m[2] ?? m[3] ?? '').trim();
}

/** An image's alt text as plain text. */
function plainAlt(token: MdToken): string {
  return (token.children ?? []).map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : '')).join('');
}

/** A link destination that Markdown reads back unchanged: characters that end or split it are percent-encoded. */
export function encodeDestination(target: string, tableCell = false): string {
  return target.replace(tableCell ? /[\s()<>\\|]/g : /[\s()<>\\]/g, percentEncode);
}

function percentEncode(c: string): string {
  return `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}
