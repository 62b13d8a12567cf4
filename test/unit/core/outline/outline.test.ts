import * as assert from 'node:assert/strict';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { DEFAULT_CHECK_CONFIG } from '../../../../server/src/core/config';
import { createLanguageService } from '../../../../server/src/core/languageService';
import { parse } from '../../../../server/src/core/parse/parse';
import { readHeadings } from '../../../../server/src/core/outline/headings';
import { frontMatter, lines, seg } from '../../../support/sxs';

function service() {
  return createLanguageService({ config: () => DEFAULT_CHECK_CONFIG });
}

function document(text: string, uri = 'file:///w/docs-pr.de-DE/a.md') {
  return { uri, version: 1, getText: () => text };
}

/** name (detail) per symbol, children indented. */
function tree(symbols: readonly DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name}${s.detail ? ` (${s.detail})` : ''}`, ...tree(s.children ?? [], depth + 1)]);
}

const TEXT = frontMatter('de-DE', 'HT', 'description: Eine Beschreibung') + lines(
  `# <a name="sync-your-files"></a>${seg('4b7e2-103', 'Dateien **synchronisieren**', 'Sync your **files**')}`, // 10
  '',
  seg('4b7e2-104', 'Einleitung.', 'Introduction.'), // 12
  '',
  `## <a name="before-you-begin"></a>${seg('4b7e2-105', 'Vorbereitung', 'Before you begin')}`, // 14
  '',
  `- ${seg('4b7e2-106', 'Ein [Abonnement](https://contoso.example)', 'A [subscription](https://contoso.example)')}`, // 16
  '',
  `### <a name="details"></a>${seg('4b7e2-107', 'Einzelheiten', 'Details')} ${seg('4b7e2-108', 'und mehr', 'and more')}`, // 18
  '',
  '```md', // 20
  '# Not a heading',
  '```',
  '',
  `## <a name="turn-on-sync"></a>${seg('4b7e2-109', 'Synchronisierung aktivieren', 'Turn on sync')}`, // 24
  '',
  `1. ${seg('4b7e2-110', 'Ein sehr langer Satz, der in der Gliederung gekürzt wird, weil er viel länger ist als achtzig Zeichen.', 'A long sentence.')}`, // 26
  '',
  '',
);

describe('outline: headings', () => {
  it('reads headings with both languages and the anchor, leaving code blocks alone', () => {
    const headings = readHeadings(parse(TEXT));
    assert.deepEqual(
      headings.map((h) => [h.level, h.translated, h.english, h.anchor?.name, h.span.range.start.line]),
      [
        [1, 'Dateien synchronisieren', 'Sync your files', 'sync-your-files', 10],
        [2, 'Vorbereitung', 'Before you begin', 'before-you-begin', 14],
        [3, 'Einzelheiten und mehr', 'Details and more', 'details', 18],
        [2, 'Synchronisierung aktivieren', 'Turn on sync', 'turn-on-sync', 24],
      ],
    );
  });

  it('does not take the front matter fence for a heading underline, and reads setext headings and closing #s', () => {
    const doc = parse(lines('---', 'title: T', '---', 'Überschrift', '===', '', '## Zwei ##', '', `Text ${seg('abcde-104', 'a', 'b')}`));
    assert.deepEqual(readHeadings(doc).map((h) => [h.level, h.translated, h.english]), [
      [1, 'Überschrift', undefined],
      [2, 'Zwei', undefined],
    ]);
  });
});

describe('outline: document symbols', () => {
  it('nests headings by level, named in the translation with the English beside, segments under their heading', () => {
    assert.deepEqual(tree(service().documentSymbols(document(TEXT))), [
      'Front matter (Titlu)',
      '  title (Titlu)',
      '  description (Eine Beschreibung)',
      'Dateien synchronisieren (Sync your files)',
      '  104 · Einleitung. (Introduction.)',
      '  Vorbereitung (Before you begin)',
      '    106 · Ein Abonnement (A subscription)',
      '    Einzelheiten und mehr (Details and more)',
      '  Synchronisierung aktivieren (Turn on sync)',
      '    110 · Ein sehr langer Satz, der in der Gliederung gekürzt wird, weil er viel länger… (A long sentence.)',
    ]);
  });

  it('gives each heading its section as range and its text as selection range', () => {
    const [, h1] = service().documentSymbols(document(TEXT));
    assert.equal(h1.kind, SymbolKind.String);
    assert.deepEqual(h1.range.start, { line: 10, character: 0 });
    assert.equal(h1.range.end.line, 26);
    assert.deepEqual(h1.selectionRange.start, { line: 10, character: 2 });
    const before = h1.children![1];
    assert.deepEqual([before.range.start.line, before.range.end.line], [14, 22]);
    const segment = h1.children![0];
    assert.equal(segment.kind, SymbolKind.Field);
    assert.deepEqual(segment.selectionRange.start, { line: 12, character: 30 });
  });

  it('names a heading without segments by its text, and an empty one so that the outline accepts it', () => {
    const symbols = service().documentSymbols(document(lines(seg('abcde-104', 'a', 'b'), '', '# Plain', '', '#', '')));
    assert.deepEqual(tree(symbols), ['104 · a (b)', 'Plain', '(empty heading)']);
  });

  it('gives nothing for Markdown that is not localized', () => {
    assert.deepEqual(service().documentSymbols(document('# Title\n\nText\n')), []);
    assert.deepEqual(service().foldingRanges(document('# Title\n\nText\n')), []);
  });
});

describe('outline: folding ranges', () => {
  it('folds the front matter and each section, without its trailing blank lines', () => {
    assert.deepEqual(service().foldingRanges(document(TEXT)), [
      { startLine: 0, endLine: 9 },
      { startLine: 10, endLine: 26 },
      { startLine: 14, endLine: 22 },
      { startLine: 18, endLine: 22 },
      { startLine: 24, endLine: 26 },
    ]);
  });
});
