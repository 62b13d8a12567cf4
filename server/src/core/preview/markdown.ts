import MarkdownIt from 'markdown-it';
import alerts from 'markdown-it-github-alerts';
import { ALERT_KINDS } from './blockContext';

type StateInline = MarkdownIt.StateInline;

export interface DocsMarkdownOptions {
  /**
   * Maps an image source written in the document to a URL the preview may load, or
   * undefined to show the image as a labelled placeholder (remote images are never fetched).
   */
  readonly resolveImage?: (src: string) => string | undefined;
}

/** Renders docs Markdown: CommonMark with inline HTML, docs alerts, `[!INCLUDE]` chips, local images only. */
export interface DocsMarkdown {
  /** A segment's text (inline Markdown). */
  renderInline(text: string): string;
  /** A whole document body. */
  render(text: string): string;
}

const INCLUDE = /^\[!INCLUDE\s*\[([^\]]*)\]\(([^)\s]*)\)\]/i;

/**
 * The renderer's output is HTML built from document content: the preview sanitises it
 * (DOMPurify) before showing it, under a Content Security Policy that runs no inline script.
 */
export function createDocsMarkdown(options: DocsMarkdownOptions = {}): DocsMarkdown {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  md.use(alerts, {
    matchCaseSensitive: false,
    icons: Object.fromEntries(ALERT_KINDS.map((k) => [k, ''])),
  });
  md.inline.ruler.before('link', 'sxs_include', (state: StateInline, silent: boolean) => {
    if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false;
    const m = INCLUDE.exec(state.src.slice(state.pos));
    if (!m) return false;
    if (!silent) {
      const token = state.push('sxs_include', '', 0);
      token.content = m[1];
      token.attrSet('data-path', m[2]);
    }
    state.pos += m[0].length;
    return true;
  });
  md.renderer.rules.sxs_include = (tokens, idx) => {
    const t = tokens[idx];
    const path = md.utils.escapeHtml(String(t.attrGet('data-path') ?? ''));
    const title = md.utils.escapeHtml(t.content || path);
    return `<span class="sxs-include" title="${path}">INCLUDE · ${title}</span>`;
  };
  md.renderer.rules.image = (tokens, idx) => {
    const token = tokens[idx];
    const src = String(token.attrGet('src') ?? '');
    const alt = md.utils.escapeHtml(token.content);
    const resolved = options.resolveImage?.(src);
    if (!resolved) return `<span class="sxs-image" title="${md.utils.escapeHtml(src)}">IMAGE · ${alt || md.utils.escapeHtml(src)}</span>`;
    return `<img src="${md.utils.escapeHtml(resolved)}" alt="${alt}">`;
  };
  return {
    renderInline: (text) => md.renderInline(text),
    render: (text) => md.render(text),
  };
}
