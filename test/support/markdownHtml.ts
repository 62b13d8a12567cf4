import MarkdownIt from 'markdown-it';

/**
 * Renders hover Markdown to HTML the most permissive way (raw HTML allowed, unlike VS Code's
 * hover; URLs in text linked, as GFM does (and host names without a scheme too); any link scheme but script ones allowed, `file:`
 * included, as VS Code's hover opens them), so that a test sees any HTML or link that the
 * hover text would carry through.
 */
export function renderHtml(markdown: string): string {
  const md = new MarkdownIt({ html: true, linkify: true });
  md.validateLink = (url) => !/^\s*(javascript|vbscript|data):/i.test(url);
  // GFM autolinks schemes and `www.`, not protocol-relative `//host`.
  md.linkify.add('//', null);
  return md.render(markdown);
}

/** The element names of the HTML, in order. */
export function elements(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1].toLowerCase());
}

/** The `href` values of the HTML's links. */
export function hrefs(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => m[1]);
}
