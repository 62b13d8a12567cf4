import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { DocumentSymbol, MarkupContent, Range } from 'vscode-languageserver-types';
import { DEFAULT_CHECK_CONFIG } from '../../../../server/src/core/config';
import { createLanguageService } from '../../../../server/src/core/languageService';
import { markdownFiles, withCorpus } from '../../../support/corpus';

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function within(inner: Range, outer: Range): boolean {
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/** Every symbol has a name, its selection inside its range, its children inside it. */
function assertSymbolTree(symbols: readonly DocumentSymbol[], file: string, parent?: DocumentSymbol): void {
  for (const s of symbols) {
    assert.ok(s.name.trim(), `${file}: a symbol without a name`);
    assert.ok(within(s.selectionRange, s.range), `${file}: ${s.name}: selection outside range`);
    if (parent) assert.ok(within(s.range, parent.range), `${file}: ${s.name} outside ${parent.name}`);
    assertSymbolTree(s.children ?? [], file, s);
  }
}

describe('corpus: hover, outline and dimmed markup on every real file', function () {
  this.timeout(900_000); // reads every file of the corpus: opts out of the unit tests' 5 s
  const root = withCorpus(this);

  it('answers a hover on every translation, builds a well-formed outline, and never dims translation text', () => {
    const service = createLanguageService({ config: () => DEFAULT_CHECK_CONFIG });
    let hovers = 0;
    for (const file of markdownFiles(root!)) {
      const text = fs.readFileSync(file, 'utf8');
      const document = { uri: `file://${file}`, version: 1, getText: () => text };
      const doc = service.model(document);
      for (const s of doc.segments) {
        const hover = service.hover(document, s.translation.content.range.start);
        assert.match((hover?.contents as MarkupContent | undefined)?.value ?? '', /^\*\*English\*\* · `/, `${file}: ${s.id}`);
        hovers++;
      }
      assertSymbolTree(service.documentSymbols(document), file);
      const markup = service.markupRanges(document);
      const dimmed = [...markup.lookups, ...markup.tags, ...markup.anchors].map((r) => [doc.lines.offsetAt(r.start), doc.lines.offsetAt(r.end)]);
      for (const s of doc.segments) {
        const { start, end } = s.translation.content;
        assert.ok(!dimmed.some(([a, b]) => a < end && start < b), `${file}: ${s.id}: dimmed markup covers the translation`);
      }
      service.close(document.uri);
    }
    assert.ok(hovers > 100_000, `only ${hovers} hovers`);
  });
});
