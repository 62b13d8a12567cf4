import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { findCodeSpans } from '../../../../server/src/core/inline/codeSpans';
import { findEmphasis } from '../../../../server/src/core/inline/emphasis';
import { findEscapes } from '../../../../server/src/core/inline/escapes';
import { scanHtml } from '../../../../server/src/core/inline/htmlTags';
import { InlineText } from '../../../../server/src/core/inline/inlineText';
import { findMarkdownLinks } from '../../../../server/src/core/inline/links';
import { findPlaceholders } from '../../../../server/src/core/inline/placeholders';

describe('inline text: bare URLs', () => {
  it('reads a bare URL with a domain, and none where a placeholder stands for the domain, as GitHub renders them', () => {
    assert.deepEqual(new InlineText('Go to https://contoso.sharepoint.com/sites/x now', 0).links.map((l) => l.url), ['https://contoso.sharepoint.com/sites/x']);
    assert.deepEqual(new InlineText('Go to www.contoso.com now', 0).links.map((l) => l.url), ['www.contoso.com']);
    assert.deepEqual(new InlineText('Go to https://\\<tenantname>.sharepoint.com/sites/\\<sitename>/x.aspx', 0).links, []);
    assert.deepEqual(new InlineText('Go to https:// \\<tenantname> .sharepoint.com', 0).links, []);
  });
});

describe('inline text: words of a range', () => {
  it('counts the words of a link text without reading the whole side', () => {
    const side = new InlineText('Lies [die ganze Anleitung](https://contoso.com/a) jetzt', 100);
    const link = side.links[0];
    assert.deepEqual(side.wordCountIn({ start: link.textStart, end: link.textEnd }), { words: 3, letters: 17 });
  });

  // The words are what this expression finds in the prose; the reader goes a character at a
  // time, and from the start of the word a range cuts.
  const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’_-]*/gu;
  // Latin letters (read without the expression) and the characters at the edges of their range: "¿", "×", "÷", "ɏ", "ɐ", "ª".
  const unit = fc.constantFrom('a', 'B', 'é', 'ß', 'Ș', '\u00bf', '\u00d7', '\u00f7', '\u024f', '\u0250', '\u00aa', '漢', '\ud840\udc00', '\ud83d\ude00', '\ud840', '\u0301', "'", '’', '-', '_', '1', '٣', ' ', '[', ']', '(', ')', '`', '<', '>', '/', ':', 'http', 'www.', '*');
  it('reads the words of the prose, of any range of it, and their length, as the word expression does (generated)', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.nat(), fc.nat(), (text, a, b) => {
        const side = new InlineText(text, 7);
        const expected = [...side.prose.matchAll(WORD)].map((m) => ({ start: 7 + m.index, end: 7 + m.index + m[0].length, text: m[0] }));
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        const range = { start: 7 + start, end: 7 + end };
        const inside = expected.filter((w) => w.start >= range.start && w.end <= range.end);
        const count = { words: inside.length, letters: inside.reduce((n, w) => n + w.text.length, 0) };
        assert.deepEqual(new InlineText(text, 7).wordCountIn(range), count, 'words in a range, read first');
        assert.equal(new InlineText(text, 7).wordLength, expected.reduce((n, w) => n + w.text.length, 0), 'word length, read first');
        assert.deepEqual(side.words, expected);
        assert.deepEqual(side.wordCountIn(range), count, 'words in a range, after the words');
        assert.equal(side.wordLength, expected.reduce((n, w) => n + w.text.length, 0), 'word length, after the words');
      }),
      { numRuns: Number(process.env.SXS_WORDS_RUNS ?? 5000) },
    );
  });
});

describe('inline text: the look for markup characters', () => {
  // Each construct as its reader finds it when asked directly, with no first look.
  const unit = fc.constantFrom('a', 'B', ' ', '1', '`', '<', '>', '[', ']', '(', ')', '!', '\\', '*', '_', '{', '}', '%', '#', '/', ':', 'http://x.y', 'www.', '<b>', '</b>', '[!NOTE]', '[!INCLUDE[t](p.md)]', '<!--', '-->');
  it('finds every construct that its reader finds without the look (generated)', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        const side = new InlineText(text, 11);
        assert.equal(side.plain, !/[`<[\]\\*_{%#]/.test(text));
        assert.deepEqual(side.codeSpans, findCodeSpans(text, 11));
        assert.deepEqual(side.html, scanHtml(side.codeMasked, 11));
        assert.deepEqual(side.brokenLinks, findMarkdownLinks(side.codeMasked, 11).broken);
        assert.deepEqual(side.emphasis, findEmphasis(side.prose, 11));
        assert.deepEqual(side.escapes, findEscapes(side.prose, 11));
        assert.deepEqual(side.placeholders, findPlaceholders(side.prose, 11, side.html.angles));
      }),
      { numRuns: 5000 },
    );
  });
});
