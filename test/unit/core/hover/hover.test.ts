import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { MarkupContent, Position } from 'vscode-languageserver-types';
import { DEFAULT_CHECK_CONFIG } from '../../../../server/src/core/config';
import { renderCounterparts, type CounterpartSegment } from '../../../../server/src/core/hover/counterparts';
import { parse } from '../../../../server/src/core/parse/parse';
import { createLanguageService, type LanguageServiceOptions } from '../../../../server/src/core/languageService';
import { frontMatter, lines, seg } from '../../../support/sxs';
import { elements, renderHtml } from '../../../support/markdownHtml';
import { InMemoryWorkspace } from '../../../support/inMemoryWorkspace';

const URI = 'file:///w/docs-pr.ro-RO/articles/page.md';

function service(extra: Partial<LanguageServiceOptions> = {}) {
  return createLanguageService({ config: () => DEFAULT_CHECK_CONFIG, ...extra });
}

function document(text: string) {
  return { uri: URI, version: 1, getText: () => text };
}

/** The position of the first occurrence of `needle` (plus `delta` characters). */
function positionOf(text: string, needle: string, delta = 0): Position {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `${needle} is not in the text`);
  const before = text.slice(0, offset + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function hoverAt(text: string, needle: string, options: Partial<LanguageServiceOptions> = {}, delta = 1) {
  const h = service(options).hover(document(text), positionOf(text, needle, delta));
  return h && { value: (h.contents as MarkupContent).value, range: h.range };
}

describe('hover: on a translation', () => {
  const text = frontMatter('ro-RO', 'MT') + `- ${seg('e869d-104', 'Selectați **Setări**', 'Select **Settings** in the [app](https://contoso.example/app).')}\n`;

  it('shows the English rendered, the segment id and the file\'s MT status, over the translation span', () => {
    const h = hoverAt(text, 'Selectați');
    assert.ok(h);
    assert.match(h.value, /^\*\*English\*\* · `e869d-104` · Machine translation \(MT\)\n\n> /);
    const html = renderHtml(h.value);
    assert.match(html, /<strong>Settings<\/strong>/);
    assert.match(html, /<a href="https:\/\/contoso.example\/app">app<\/a>/);
    assert.deepEqual(h.range, { start: { line: 9, character: 2 }, end: positionOf(text, '<span class="sxs-lookup">') });
  });

  it('says human translation for HT files, and nothing when the file does not say', () => {
    assert.match(hoverAt(frontMatter('ro-RO', 'HT') + seg('e869d-104', 'Unu', 'One'), 'Unu')!.value, /Human translation \(HT\)/);
    const plain = hoverAt(seg('e869d-104', 'Unu', 'One'), 'Unu')!.value;
    assert.doesNotMatch(plain, /translation \(/);
    assert.match(plain, /^\*\*English\*\* · `e869d-104`\n\n> One$/);
  });

  it('shows the translation, with the locale, on the English lookup span', () => {
    const h = hoverAt(text, 'Select **Settings**');
    assert.ok(h);
    assert.match(h.value, /^\*\*Translation \(ro-RO\)\*\* · `e869d-104`/);
    assert.match(renderHtml(h.value), /Selectați <strong>Setări<\/strong>/);
    assert.deepEqual(h.range?.start, positionOf(text, '<span class="sxs-lookup">'));
  });

  it('shows a hostile ms.contentlocale as text: no link, no command, no HTML', () => {
    const hostile = frontMatter('[x](command:workbench.action.quit) <img src=x onerror=alert(1)> **b**', 'MT') + seg('e869d-104', 'Unu', 'One');
    const html = renderHtml(hoverAt(hostile, 'One')!.value);
    assert.deepEqual(elements(html).filter((e) => !['p', 'strong', 'code', 'blockquote'].includes(e)), [], html);
    assert.match(html, /Translation \(\[x\]\(command:workbench\.action\.quit\) &lt;img src=x onerror=alert\(1\)&gt; \*\*b\*\*\)/);
  });

  it('links a relative link in the workspace, and not one that leaves it', () => {
    const text = seg('e869d-104', 'Unu', '[in](../other.md) [out](../../../../etc/passwd)');
    const html = renderHtml(hoverAt(text, 'Unu', { workspace: new InMemoryWorkspace({}, ['/w']) })!.value);
    assert.match(html, /<a href="file:\/\/\/w\/docs-pr\.ro-RO\/other\.md">in<\/a>/);
    assert.doesNotMatch(html, /etc\/passwd"/);
  });

  it('says so when a translation has no English lookup span', () => {
    const h = hoverAt('<span data-ttu-id="e869d-104">Singur</span> text', 'Singur');
    assert.match(h!.value, /No English lookup span follows this translation\./);
  });

  it('shows an empty English as empty', () => {
    assert.match(hoverAt(seg('e869d-104', 'Ceva', ''), 'Ceva')!.value, /> \*\(empty\)\*/);
  });

  it('quotes a segment over several lines line by line, with no raw HTML', () => {
    const h = hoverAt(seg('e869d-110', '<p>\n<strong>Atenție</strong>\n</p>', '<p>\n<strong>Attention</strong>\n</p>'), 'Atenție');
    assert.deepEqual(h!.value.split('\n').slice(2), ['> **Attention**']);
    const html = renderHtml(h!.value);
    assert.match(html, /<blockquote>\s*<p><strong>Attention<\/strong><\/p>\s*<\/blockquote>/);
    assert.deepEqual(elements(html).filter((e) => !['blockquote', 'p', 'strong', 'code'].includes(e)), []);
  });

  it('answers nothing outside segments', () => {
    const t = `Plain text ${seg('e869d-104', 'Unu', 'One')}`;
    assert.equal(service().hover(document(t), { line: 0, character: 2 }), undefined);
  });
});

describe('hover: on a heading anchor', () => {
  const text = lines(`## <a name="before-you-begin"></a>${seg('e869d-105', 'Înainte de **a** începe', 'Before you **begin**')} ${seg('e869d-106', 'acum', 'now')}`, '', 'Text');

  it('shows the English heading the anchor belongs to', () => {
    const h = hoverAt(text, 'before-you-begin');
    assert.ok(h);
    assert.match(h.value, /^\*\*Anchor\*\* `before-you-begin` · of the English heading\n\n> Before you begin now\n\nLinks to this section use this anchor/);
    assert.deepEqual(h.range, { start: positionOf(text, '<a name'), end: positionOf(text, '<span') });
  });

  it('does not answer on an anchor outside a heading, or on the heading marks', () => {
    assert.equal(hoverAt('<a name="x"></a> text', 'x"'), undefined);
    assert.equal(service().hover(document(text), { line: 0, character: 1 }), undefined);
  });
});

describe('hover: the same segment in other locales', () => {
  const text = frontMatter('ro-RO', 'HT') + lines(seg('e869d-104', 'Unu', 'One'), '', seg('e869d-p105', 'Doi. Trei.', 'Two. Three.'));
  const counterparts = (segment: { number: number }): CounterpartSegment[] =>
    segment.number === 104
      ? [
          { locale: 'it-IT', number: 104, paragraph: false, text: 'Uno | **due**', stale: false, translationType: 'HT', uri: 'file:///w/docs-pr.it-IT/articles/page.md', range: { start: { line: 11, character: 0 }, end: { line: 11, character: 9 } } },
          { locale: 'de-DE', number: 104, paragraph: false, text: 'Eins', stale: true, translationType: 'MT' },
          { locale: 'en-US', number: 104, paragraph: false, text: 'One', stale: false },
        ]
      : [
          { locale: 'de-DE', number: 105, paragraph: false, text: 'Zwei.', stale: false },
          { locale: 'de-DE', number: 106, paragraph: false, text: 'Drei.', stale: false },
          { locale: 'it-IT', number: 105, paragraph: true, text: 'Due. Tre.', stale: false },
        ];

  it('renders a table of locale, text and marks, English first, when the index gives counterparts', () => {
    const h = hoverAt(text, 'Unu', { counterparts: (uri, segment) => (uri === URI ? counterparts(segment) : undefined) });
    const html = renderHtml(h!.value);
    const rows = [...html.matchAll(/<tr>\s*<td[^>]*>(.*?)<\/td>\s*<td[^>]*>(.*?)<\/td>\s*<\/tr>/gs)].map((m) => [m[1], m[2]]);
    assert.deepEqual(rows, [
      ['en-US', 'One'],
      ['de-DE · MT · ⚠ stale', 'Eins'],
      ['<a href="file:///w/docs-pr.it-IT/articles/page.md#L12">it-IT</a> · HT', 'Uno | <strong>due</strong>'],
    ]);
    assert.match(h!.value, /\*\*Other locales\*\*/);
  });

  it('shows, on a paragraph segment, the sentence segments of the locales that keep them split', () => {
    const h = hoverAt(text, 'Doi.', { counterparts: (_uri, segment) => counterparts(segment) });
    const html = renderHtml(h!.value);
    assert.match(h!.value, /\*\*Other locales \(the sentences of this paragraph\)\*\*/);
    const rows = [...html.matchAll(/<tr>\s*<td[^>]*>(.*?)<\/td>\s*<td[^>]*>(.*?)<\/td>\s*<\/tr>/gs)].map((m) => [m[1], m[2]]);
    assert.deepEqual(rows, [
      ['de-DE', '<code>105</code> Zwei. <code>106</code> Drei.'],
      ['it-IT', 'Due. Tre.'],
    ]);
  });

  it('shows no table when the index knows no counterparts', () => {
    assert.doesNotMatch(hoverAt(text, 'Unu', { counterparts: () => [] })!.value, /Other locales/);
    assert.doesNotMatch(hoverAt(text, 'Unu')!.value, /Other locales/);
  });
});

describe('hover: the counterparts table holds whatever the texts hold', () => {
  it('keeps one row per locale and two cells per row, with safe HTML only (fuzzed)', () => {
    const segment = parse(seg('e869d-p105', 'Doi. Trei.', 'Two. Three.')).segments[0];
    const pieces = ['|', '\\|', '\n', '`', '``', '\\', '<td>', '</tr>', '**', '[', '](', ')', 'x', ' ', '-', '---', '<script>', '&#124;', ':--'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(''));
    const counterpart = fc.record({ locale: fc.constantFrom('de-DE', 'fi-FI', 'it-IT', 'en-US', 'ja-JP'), number: fc.integer({ min: 105, max: 107 }), paragraph: fc.boolean(), text, stale: fc.boolean() });
    fc.assert(
      fc.property(fc.array(counterpart, { minLength: 1, maxLength: 6 }), (list) => {
        const counterparts = list.map((c) => ({ ...c, id: `aaaaa-${c.paragraph ? 'p' : ''}${c.number}` }));
        const html = renderHtml(renderCounterparts(segment, counterparts));
        const body = html.slice(html.indexOf('<tbody>'));
        const rows = body.match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
        assert.equal(rows.length, new Set(counterparts.map((c) => c.locale)).size, html);
        for (const row of rows) assert.equal(row.match(/<td/g)?.length, 2, html);
        assert.deepEqual(elements(html).filter((e) => !['p', 'strong', 'em', 's', 'code', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td'].includes(e)), [], html);
      }),
      { numRuns: 500 },
    );
  });
});
