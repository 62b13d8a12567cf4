import * as assert from 'node:assert/strict';
import { parse } from '../../../../server/src/core/parse/parse';
import type { SxsDocument } from '../../../../server/src/core/model';
import { frontMatter, lines, seg } from '../../../support/sxs';

function codes(doc: SxsDocument): string[] {
  return doc.problems.map((p) => p.code);
}

/** The text a span of the document covers. */
function at(doc: SxsDocument, span: { start: number; end: number }): string {
  return doc.text.slice(span.start, span.end);
}

describe('parse: segments', function () {
  this.timeout(60_000); // parses pathological inputs of a megabyte: opts out of the unit tests' 5 s
  it('reads a segment: id, prefix, number, both texts and their ranges', () => {
    const text = `Intro ${seg('e869d-104', 'Traducere', 'English source')} outro`;
    const doc = parse(text);
    assert.equal(doc.segments.length, 1);
    const s = doc.segments[0];
    assert.deepEqual([s.id, s.prefix, s.number, s.paragraph, s.wellFormedId], ['e869d-104', 'e869d', 104, false, true]);
    assert.equal(s.translation.text, 'Traducere');
    assert.equal(s.source?.text, 'English source');
    assert.equal(at(doc, s.translation.content), 'Traducere');
    assert.equal(at(doc, s.source!.content), 'English source');
    assert.equal(at(doc, s.full), seg('e869d-104', 'Traducere', 'English source'));
    assert.equal(at(doc, s.translation.idSpan), 'e869d-104');
    assert.equal(at(doc, s.source!.idSpan), 'e869d-104');
    assert.deepEqual(s.translation.content.range, { start: { line: 0, character: 36 }, end: { line: 0, character: 45 } });
    assert.deepEqual(doc.problems, []);
  });

  it('reads a paragraph id', () => {
    const s = parse(seg('e869d-p105', 'Paragraf', 'Paragraph')).segments[0];
    assert.deepEqual([s.number, s.paragraph, s.wellFormedId], [105, true, true]);
  });

  it('reads several segments on one line with their separators', () => {
    const separators = [' ', '  ', ' | ', '<br>', '](https://a) | ['];
    const text = separators.map((sep, i) => seg(`abcde-${110 + i}`, `T${i}`, `S${i}`) + sep).join('');
    const doc = parse(text);
    assert.deepEqual(doc.segments.map((s) => s.translation.text), ['T0', 'T1', 'T2', 'T3', 'T4']);
    assert.ok(doc.segments.every((s) => s.full.range.start.line === 0));
    assert.deepEqual(doc.problems, []);
  });

  it('reads headings with their English anchor, link text, tables, blockquotes and indented blocks', () => {
    const text = lines(
      `# <a name="device-writeback"></a>${seg('abcde-102', 'Titlu', 'Title')}`,
      `- [${seg('abcde-103', 'Legătură', 'Link')}](https://aka.ms/x)`,
      `| ${seg('abcde-104', 'A', 'A')} | ${seg('abcde-105', 'B', 'B')} |`,
      '> [!NOTE]',
      `> ${seg('abcde-106', 'Notă', 'Note')}`,
      `    ${seg('abcde-107', 'Indentat', 'Indented')}`,
    );
    const doc = parse(text);
    assert.deepEqual(doc.segments.map((s) => s.number), [102, 103, 104, 105, 106, 107]);
    assert.deepEqual(doc.segments.map((s) => s.full.range.start.line), [0, 1, 2, 2, 4, 5]);
    assert.deepEqual(doc.problems, []);
  });

  it('reads a segment over several lines', () => {
    const text = seg('abcde-110', '<p>\n<strong>Atenție</strong>\n</p>', '<p>\n<strong>Attention</strong>\n</p>');
    const s = parse(text).segments[0];
    assert.equal(s.translation.text, '<p>\n<strong>Atenție</strong>\n</p>');
    assert.equal(s.source?.text, '<p>\n<strong>Attention</strong>\n</p>');
    assert.equal(s.source?.content.range.end.line, 4);
  });

  it('keeps a nested <span> and a stray </span> inside the texts', () => {
    const nested = seg('abcde-110', 'vezi <span>https:</span>//URL', 'see <span>https:</span>//URL');
    const stray = seg('abcde-111', 'urmați </span> instrucțiunile', 'follow the instructions</span> found in');
    const doc = parse(`${nested}\n${stray}`);
    assert.deepEqual(doc.segments.map((s) => s.translation.text), ['vezi <span>https:</span>//URL', 'urmați </span> instrucțiunile']);
    assert.deepEqual(doc.segments.map((s) => s.source?.text), ['see <span>https:</span>//URL', 'follow the instructions</span> found in']);
    assert.deepEqual(doc.problems, []);
  });

  it('ends the English at the closing pair outside a nested span', () => {
    const s = parse(seg('abcde-110', 'x', 'ends in <span>a span</span>')).segments[0];
    assert.equal(s.source?.text, 'ends in <span>a span</span>');
  });

  it('keeps entities, a bare <, NBSP and edge whitespace as written', () => {
    const t = ' &amp; < topic > https://<"contoso"> \u00a0a\u202f ';
    const s = parse(seg('abcde-110', t, '\\<your organization\\> {IncidentId}')).segments[0];
    assert.equal(s.translation.text, t);
    assert.equal(s.source?.text, '\\<your organization\\> {IncidentId}');
  });

  it('reads span tags written otherwise through parse5: quotes, case, attribute order', () => {
    const text = `<SPAN data-ttu-id='abcde-110' title="x>y">T</span><span class="a sxs-lookup"><span data-stu-id=abcde-110>S</span></span>`;
    const doc = parse(text);
    assert.equal(doc.segments.length, 1);
    assert.equal(doc.segments[0].translation.text, 'T');
    assert.equal(doc.segments[0].source?.text, 'S');
    assert.equal(at(doc, doc.segments[0].translation.idSpan), 'abcde-110');
    assert.equal(at(doc, doc.segments[0].source!.idSpan), 'abcde-110');
    assert.deepEqual(doc.problems, []);
  });

  it('reads a file with no segments and no front matter', () => {
    const doc = parse('# Just Markdown\n\nNo spans here.\n');
    assert.deepEqual([doc.segments.length, doc.frontMatter, doc.problems.length], [0, undefined, 0]);
  });

  it('handles CRLF and a BOM', () => {
    const text = '\ufeff' + frontMatter('de-DE').replace(/\n/g, '\r\n') + seg('abcde-110', 'Ü', 'U') + '\r\n' + seg('abcde-111', 'B', 'B');
    const doc = parse(text);
    assert.equal(doc.bom, true);
    assert.equal(doc.eol, '\r\n');
    assert.equal(doc.keys.contentLocale, 'de-DE');
    assert.deepEqual(doc.segments.map((s) => s.full.range.start), [
      { line: 9, character: 0 },
      { line: 10, character: 0 },
    ]);
    assert.equal(doc.lines.offsetAt(doc.segments[1].full.range.start), doc.segments[1].full.start);
  });

  it('reads segments inside front matter that is not YAML', () => {
    const text = lines('---', `${seg('abcde-101', 'title: "Titlu" ms.author: x', 'title: "Title" ms.author: x')}`, `- ${seg('abcde-102', '9257', '9257')}`, '---', 'Body');
    const doc = parse(text);
    assert.equal(doc.segments.length, 2);
    assert.deepEqual(codes(doc), ['invalid-yaml']);
    assert.equal(doc.problems[0].span.range.start.line, 1);
  });
});

describe('parse: structural problems', function () {
  this.timeout(60_000); // parses pathological inputs of a megabyte: opts out of the unit tests' 5 s
  it('finds an id mismatch on the English id', () => {
    const doc = parse(seg('abcde-110', 'T', 'S', 'abcde-111'));
    assert.deepEqual(codes(doc), ['id-mismatch']);
    assert.equal(at(doc, doc.problems[0].span), 'abcde-111');
  });

  it('finds a duplicate id on its second use', () => {
    const doc = parse(`${seg('abcde-110', 'A', 'A')}\n${seg('abcde-110', 'B', 'B')}`);
    assert.deepEqual(codes(doc), ['duplicate-id']);
    assert.equal(doc.problems[0].span.range.start.line, 1);
  });

  it('finds the segment whose prefix differs from the file', () => {
    const doc = parse([seg('abcde-110', 'A', 'A'), seg('abcde-111', 'B', 'B'), seg('fffff-112', 'C', 'C')].join(' '));
    assert.deepEqual(codes(doc), ['mixed-prefix']);
    assert.equal(at(doc, doc.problems[0].span), 'fffff-112');
    assert.equal(doc.mainPrefix, 'abcde');
  });

  it('finds a malformed id', () => {
    const doc = parse(seg('abcd-110', 'A', 'A'));
    assert.deepEqual(codes(doc), ['malformed-id']);
    assert.equal(doc.segments[0].wellFormedId, false);
  });

  it('finds an orphan translation span and reads on', () => {
    const doc = parse(`<span data-ttu-id="abcde-110">Singur</span> text ${seg('abcde-111', 'B', 'B')}`);
    assert.deepEqual(codes(doc), ['orphan-translation']);
    assert.deepEqual(doc.segments.map((s) => [s.id, s.translation.text, s.source?.text]), [
      ['abcde-110', 'Singur', undefined],
      ['abcde-111', 'B', 'B'],
    ]);
  });

  it('finds an orphan lookup span', () => {
    const doc = parse(`Text <span class="sxs-lookup"><span data-stu-id="abcde-110">Alone</span></span> ${seg('abcde-111', 'B', 'B')}`);
    assert.deepEqual(codes(doc), ['orphan-lookup']);
    assert.equal(doc.orphanLookups[0].source.text, 'Alone');
    assert.equal(doc.segments.length, 1);
  });

  it('finds a translation whose closing tag was deleted, without losing the next segment', () => {
    const doc = parse(`<span data-ttu-id="abcde-110">T<span class="sxs-lookup"><span data-stu-id="abcde-110">S</span></span> ${seg('abcde-111', 'B', 'B')}`);
    assert.deepEqual(codes(doc), ['broken-span']);
    assert.deepEqual(doc.segments.map((s) => [s.translation.text, s.source?.text]), [
      ['T', 'S'],
      ['B', 'B'],
    ]);
  });

  it('finds an English lookup that is not closed, bounded by its paragraph', () => {
    const text = `<span data-ttu-id="abcde-110">T</span><span class="sxs-lookup"><span data-stu-id="abcde-110">S never closed\n\nNext paragraph ${seg('abcde-111', 'B', 'B')}`;
    const doc = parse(text);
    assert.deepEqual(codes(doc), ['broken-span']);
    assert.equal(doc.segments[0].source?.text, 'S never closed');
    assert.equal(doc.segments[0].source?.closed, false);
    assert.equal(doc.segments[1].translation.text, 'B');
  });

  it('finds a lookup span without its English span', () => {
    const doc = parse(`<span data-ttu-id="abcde-110">T</span><span class="sxs-lookup">S</span>`);
    assert.deepEqual(codes(doc), ['broken-span']);
    assert.equal(doc.segments[0].source?.text, 'S');
  });

  it('treats a half-typed opening tag as text', () => {
    const doc = parse(`<span data-ttu-id="abcde-110" ${seg('abcde-111', 'B', 'B')}`);
    assert.ok(doc.segments.length <= 1);
    for (const p of doc.problems) assert.ok(p.span.end <= doc.text.length);
  });
});

describe('parse: front matter', function () {
  this.timeout(60_000); // parses pathological inputs of a megabyte: opts out of the unit tests' 5 s
  it('reads the localization keys and where their values are written', () => {
    const doc = parse(frontMatter('ro-RO', 'MT', 'no-loc: [Teams, "Office 365"]') + seg('abcde-110', 'T', 'S'));
    assert.deepEqual(
      [doc.keys.contentLocale, doc.keys.translationType, doc.keys.openLocFileHash, doc.keys.sourceGitCommit, doc.keys.lastHandoff, doc.keys.locFileId],
      ['ro-RO', 'MT', 'f1a8dba19d220e1154549507801c813f56fe5cdd', '0470a728d184ceb89d1419f7ed57166e07bb778b', '02/15/2021', '50256859'],
    );
    assert.deepEqual(doc.keys.noLoc, ['Teams', 'Office 365']);
    assert.equal(at(doc, doc.keys.valueSpans['ms.contentlocale']), 'ro-RO');
    assert.equal(at(doc, doc.keys.valueSpans['ms.locfileid']), '"50256859"');
    assert.equal(doc.frontMatter?.data.title, 'Titlu');
    assert.equal(at(doc, doc.frontMatter!.full), frontMatter('ro-RO', 'MT', 'no-loc: [Teams, "Office 365"]'));
  });

  it('reports invalid YAML at its line, and still reads the keys as written', () => {
    const text = lines('---', 'title: ok', 'ms.contentlocale: it-IT', 'bad: [unclosed', 'other: x', '---', 'Body');
    const doc = parse(text);
    assert.deepEqual(codes(doc), ['invalid-yaml']);
    assert.ok(doc.problems[0].span.range.start.line >= 3, JSON.stringify(doc.problems[0].span.range));
    assert.equal(doc.keys.contentLocale, 'it-IT');
    assert.deepEqual(doc.frontMatter?.data, {});
  });

  it('never runs JavaScript front matter', () => {
    const text = lines('---js', '{ title: (globalThis.__sxsRan = true) }', '---', 'Body');
    const doc = parse(text);
    assert.equal((globalThis as Record<string, unknown>).__sxsRan, undefined);
    assert.equal(doc.frontMatter, undefined);
  });

  it('takes a front matter without a closing fence as text', () => {
    const doc = parse(lines('---', 'title: x', 'Body'));
    assert.equal(doc.frontMatter, undefined);
  });

  it('reads a file that starts with an HTML comment as one without front matter', () => {
    const doc = parse(lines('<!-- generated -->', '---', 'title: x', '---', seg('abcde-110', 'T', 'S')));
    assert.equal(doc.frontMatter, undefined);
    assert.equal(doc.segments.length, 1);
  });
});
