import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { codeSpan, safeInlineMarkdown } from '../../../../server/src/core/markdown/safeMarkdown';
import { quote } from '../../../../server/src/core/hover/segmentHover';
import { elements, hrefs, renderHtml } from '../../../support/markdownHtml';

/** What a hover of this text shows, as HTML. */
function shown(text: string, baseUri?: string): string {
  return renderHtml(quote(safeInlineMarkdown(text, { baseUri })));
}

const SAFE_ELEMENTS = new Set(['blockquote', 'p', 'strong', 'em', 's', 'code', 'a', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

describe('hover Markdown: what a segment text becomes', function () {
  this.timeout(60_000); // renders fuzzed texts: opts out of the unit tests' 5 s
  it('keeps bold, emphasis, code and web links rendering', () => {
    const html = shown('Select **Settings** > *Sync*, run `sync --all` and see [help](https://contoso.example/help).');
    assert.match(html, /<strong>Settings<\/strong>/);
    assert.match(html, /<em>Sync<\/em>/);
    assert.match(html, /<code>sync --all<\/code>/);
    assert.deepEqual(hrefs(html), ['https://contoso.example/help']);
    assert.match(html, /Select <strong>Settings<\/strong> &gt; <em>Sync<\/em>/);
  });

  it('turns inline HTML formatting into Markdown: <strong>, <em>, <code>, <br>, <a href>', () => {
    const html = shown('<strong>Bold</strong> <em>it</em> <code>a<b</code><br>next <a href="https://contoso.example/?a=1&amp;b=2">link</a>');
    assert.match(html, /<strong>Bold<\/strong> <em>it<\/em> <code>a&lt;b<\/code><br>/);
    assert.deepEqual(hrefs(html), ['https://contoso.example/?a=1&amp;b=2']);
  });

  it('never lets raw HTML through: scripts, event handlers, frames and unknown tags show as text', () => {
    const text = '<script>alert(1)</script> <img src=x onerror=alert(1)> <iframe src="https://evil.example"></iframe> <style>*{}</style> <div onclick="x()">d</div>';
    const html = shown(text);
    assert.deepEqual(elements(html).filter((e) => !SAFE_ELEMENTS.has(e)), []);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /&lt;iframe/);
  });

  it('keeps only web, mail and file-beside links; other targets show as code after the text', () => {
    const text = '[a](javascript:alert(1)) [b](command:workbench.action.quit) <a href="vscode://x">c</a> [d](mailto:x@contoso.example) [e](/docs/page) [f](../other.md#part) [g](file:///etc/passwd)';
    const base = 'file:///w/docs-pr.ro-RO/articles/page.md';
    const html = shown(text, base);
    assert.deepEqual(hrefs(html), ['mailto:x@contoso.example', 'file:///w/docs-pr.ro-RO/other.md#part']);
    assert.match(html, /c \(<code>vscode:\/\/x<\/code>\)/);
    assert.match(html, /e \(<code>\/docs\/page<\/code>\)/);
    assert.doesNotMatch(html, /href="(javascript|command|vscode|file:\/\/\/etc)/);
  });

  it('does not resolve relative links without a file URI to resolve them against', () => {
    assert.deepEqual(hrefs(shown('[f](../other.md)')), []);
    assert.deepEqual(hrefs(shown('[f](../other.md)', 'untitled:Untitled-1')), []);
  });

  it('shows images as their alt text and never loads them', () => {
    const html = shown('![Sync icon](https://contoso.example/icon.png) and [![linked](img.png)](https://contoso.example)');
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /\[image: Sync icon\]/);
    assert.deepEqual(hrefs(html), ['https://contoso.example']);
  });

  it('marks an empty link text, a real translation defect that would otherwise render as nothing', () => {
    assert.match(shown('see [](https://contoso.example/a) here'), /<a href="https:\/\/contoso.example\/a"><em>\(empty link text\)<\/em><\/a>/);
  });

  it('keeps escapes, entities, placeholders and a bare < as the reader sees them', () => {
    const html = shown('Type \\<your organization\\> for {IncidentId} in %temp% &amp; < topic > 2 * 3 _x_');
    assert.match(html, /Type &lt;your organization&gt; for \{IncidentId\} in %temp% &amp; &lt; topic &gt; 2 \* 3 <em>x<\/em>/);
  });

  it('does not let a line of the text start a list, a heading or a code block', () => {
    const html = shown('First line\n1. not a list\n- nor this\n# nor a heading\n        nor code\n---');
    assert.deepEqual(elements(html).filter((e) => !['blockquote', 'p'].includes(e)), []);
  });

  it('renders every text to HTML made of safe elements and safe links only (fuzzed)', () => {
    const pieces = ['<script>', '</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:x">', '<a href="https://ok.example">', '</a>', '<span>', '</span>', '<br>', '<!--', '-->', '**', '*', '_', '`', '``', '[', ']', '](', ')', '![', 'javascript:alert(1)', 'command:x', 'https://x.example', 'www.x.example', 'x@y.example', 'ftp://f.example', 'file:///etc/passwd', '//evil.example', 'vscode://x', '../a.md', '&lt;', '&#60;', '\\', '|', '#', '- ', '1. ', '\n', ' ', '    ', 'text', '<', '>', '"', "'", '<iframe>', '<style>', '<div>'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const html = shown(parts.join(''), 'file:///w/a/b.md');
        const unsafe = elements(html).filter((e) => !SAFE_ELEMENTS.has(e));
        assert.deepEqual(unsafe, [], html);
        for (const href of hrefs(html)) assert.match(href, /^(https?:|mailto:|file:\/\/\/w\/)/, html);
      }),
      { numRuns: Number(process.env.SXS_FUZZ_RUNS ?? 2000) },
    );
  });

  it('writes code spans that show their content exactly, backticks and pipes included', () => {
    assert.equal(codeSpan('a`b'), '``a`b``');
    assert.equal(codeSpan('`x`'), '`` `x` ``');
    assert.equal(codeSpan('a|b', true), '`a\\|b`');
    assert.equal(codeSpan(''), '');
    assert.match(renderHtml(codeSpan('<b>`</b>')), /<code>&lt;b&gt;`&lt;\/b&gt;<\/code>/);
  });
});
