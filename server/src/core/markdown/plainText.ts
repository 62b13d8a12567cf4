import { parseInline } from './markdownIt';

/**
 * The text a reader sees of a Markdown fragment, on one line: emphasis, link targets and
 * HTML tags dropped, entities and escapes decoded, image alt text kept, whitespace collapsed.
 */
export function plainText(markdown: string): string {
  let out = '';
  for (const token of parseInline(markdown)) {
    switch (token.type) {
      case 'text':
      case 'code_inline':
        out += token.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        out += ' ';
        break;
      case 'image':
        out += (token.children ?? []).map((c) => c.content).join('');
        break;
      case 'html_inline':
        if (/^<br\b/i.test(token.content)) out += ' ';
        break;
      default:
        break;
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}
