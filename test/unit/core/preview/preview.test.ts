import * as assert from 'node:assert/strict';
import { parse } from '../../../../server/src/core/parse/parse';
import { blockContexts } from '../../../../server/src/core/preview/blockContext';
import { createDocsMarkdown } from '../../../../server/src/core/preview/markdown';
import { previewModel } from '../../../../server/src/core/preview/rows';
import { frontMatter, lines, seg } from '../../../support/sxs';

describe('preview: rows', () => {
  const ro = parse(frontMatter('ro-RO') + lines(`# ${seg('aaaaa-102', 'Titlu', 'Title')}`, '', `${seg('aaaaa-103', 'Unu.', 'One.')} ${seg('aaaaa-104', 'Doi.', 'Two.')}`, seg('aaaaa-105', 'Trei', 'Three')));

  it('has one row per segment with the English, the translation and where it is', () => {
    const model = previewModel(ro, []);
    assert.deepEqual(model.rows.map((r) => [r.key, r.english, r.translation, r.context.block]), [
      ['aaaaa-102', 'Title', 'Titlu', 'heading'],
      ['aaaaa-103', 'One.', 'Unu.', 'paragraph'],
      ['aaaaa-104', 'Two.', 'Doi.', 'paragraph'],
      ['aaaaa-105', 'Three', 'Trei', 'paragraph'],
    ]);
    assert.equal(model.locale, 'ro-RO');
    assert.equal(ro.text.slice(model.rows[1].translationStart, model.rows[1].translationEnd), 'Unu.');
    assert.equal(model.bodyStart, ro.frontMatter!.full.end);
  });

  // A -pN id counts paragraphs apart from sentences: it stands for the sentences missing between its neighbours.
  const itIT = parse(frontMatter('it-IT') + lines(`# ${seg('bbbbb-102', 'Titolo', 'Title')}`, '', seg('bbbbb-p101', 'Uno. Due.', 'One. Two.'), seg('bbbbb-105', 'Tre', 'Three')));

  it('aligns another locale by number, and a paragraph segment there against the sentences here', () => {
    const rows = previewModel(ro, [], { others: [{ locale: 'it-IT', doc: itIT }] }).rows;
    assert.deepEqual(rows.map((r) => r.others['it-IT']), [
      { kind: 'text', text: 'Titolo', ids: ['bbbbb-102'] },
      { kind: 'text', text: 'Uno. Due.', ids: ['bbbbb-p101'] },
      { kind: 'above', id: 'bbbbb-p101' },
      { kind: 'text', text: 'Tre', ids: ['bbbbb-105'] },
    ]);
  });

  it('aligns a paragraph segment here against the run of sentences another locale keeps split', () => {
    const rows = previewModel(itIT, [], { others: [{ locale: 'ro-RO', doc: ro }] }).rows;
    assert.deepEqual(rows.map((r) => r.others['ro-RO']), [
      { kind: 'text', text: 'Titlu', ids: ['aaaaa-102'] },
      { kind: 'text', text: 'Unu. Doi.', ids: ['aaaaa-103', 'aaaaa-104'] },
      { kind: 'text', text: 'Trei', ids: ['aaaaa-105'] },
    ]);
  });

  it('splits a run between consecutive paragraph segments by their English', () => {
    const de = parse(lines(seg('ccccc-102', 'T', 'Title'), seg('ccccc-p101', 'Eins.', 'One.'), seg('ccccc-p102', 'Zwei. Drei.', 'Two. Three.'), seg('ccccc-106', 'Vier', 'Four')));
    const fi = parse(lines(seg('ddddd-102', 'T', 'Title'), seg('ddddd-103', 'Yksi.', 'One.'), seg('ddddd-104', 'Kaksi.', 'Two.'), seg('ddddd-105', 'Kolme.', 'Three.'), seg('ddddd-106', 'Neljä', 'Four')));
    assert.deepEqual(previewModel(de, [], { others: [{ locale: 'fi-FI', doc: fi }] }).rows.map((r) => r.others['fi-FI']), [
      { kind: 'text', text: 'T', ids: ['ddddd-102'] },
      { kind: 'text', text: 'Yksi.', ids: ['ddddd-103'] },
      { kind: 'text', text: 'Kaksi. Kolme.', ids: ['ddddd-104', 'ddddd-105'] },
      { kind: 'text', text: 'Neljä', ids: ['ddddd-106'] },
    ]);
    assert.deepEqual(previewModel(fi, [], { others: [{ locale: 'de-DE', doc: de }] }).rows.map((r) => r.others['de-DE']), [
      { kind: 'text', text: 'T', ids: ['ccccc-102'] },
      { kind: 'text', text: 'Eins.', ids: ['ccccc-p101'] },
      { kind: 'text', text: 'Zwei. Drei.', ids: ['ccccc-p102'] },
      { kind: 'above', id: 'ccccc-p102' },
      { kind: 'text', text: 'Vier', ids: ['ccccc-106'] },
    ]);
  });

  it('shows a segment another locale lacks as missing', () => {
    const short = parse(seg('eeeee-102', 'Otsikko', 'Title'));
    assert.deepEqual(previewModel(ro, [], { others: [{ locale: 'fi-FI', doc: short }] }).rows.map((r) => r.others['fi-FI'].kind), ['text', 'missing', 'missing', 'missing']);
  });

  it('puts each finding on its row, and the others on the document', () => {
    const s = ro.segments[2];
    const model = previewModel(ro, [
      { code: 'x', severity: 'warning', message: 'on 104', start: s.translation.content.start, end: s.translation.content.end, segment: s },
      { code: 'y', severity: 'information', message: 'on the file', start: 0, end: 3 },
    ]);
    assert.deepEqual(model.rows.map((r) => r.findings.map((f) => f.message)), [[], [], ['on 104'], []]);
    assert.deepEqual(model.documentFindings.map((f) => f.code), ['y']);
  });

  it('puts the findings of another locale\'s segments in its cells', () => {
    const shown = (others: ReturnType<typeof previewModel>['rows']) => others.map((r) => {
      const cell = r.others['it-IT'];
      return cell.kind === 'text' ? (cell.findings ?? []).map((f) => f.message) : cell.kind;
    });
    const [p101, s105] = [itIT.segments[1], itIT.segments[2]];
    const at = (s: typeof p101, message: string) => ({ code: 'x', severity: 'warning' as const, message, start: s.translation.content.start, end: s.translation.content.end, segment: s });
    const findings = [at(p101, 'on p101'), at(s105, 'on 105'), { code: 'y', severity: 'information' as const, message: 'on the file', start: 0, end: 3 }];
    const model = previewModel(ro, [], { others: [{ locale: 'it-IT', doc: itIT, findings }] });
    // The paragraph segment's finding shows once, in the row that shows its text.
    assert.deepEqual(shown(model.rows), [[], ['on p101'], 'above', ['on 105']]);
    assert.deepEqual(model.documentFindings, [], 'the other file\'s own document findings are not this one\'s');
    assert.ok(model.rows.every((r) => r.findings.length === 0));
  });

  it('gives a duplicate id a row key of its own', () => {
    const doc = parse(`${seg('aaaaa-103', 'A', 'A')} ${seg('aaaaa-103', 'B', 'B')}`);
    assert.deepEqual(previewModel(doc, []).rows.map((r) => r.key), ['aaaaa-103', 'aaaaa-103#1']);
  });

  it('says right to left for a right-to-left locale', () => {
    assert.equal(previewModel(parse(frontMatter('ar-SA') + seg('aaaaa-103', 'مرحبا', 'Hello')), []).direction, 'rtl');
  });
});

describe('preview: block context', () => {
  it('tells headings (with their anchor and level), list items, table cells, alerts and quotes apart', () => {
    const doc = parse(
      lines(
        `## <a name="before-you-begin"></a>${seg('aaaaa-102', 'H', 'H')}`,
        `- ${seg('aaaaa-103', 'L', 'L')}`,
        `    1. ${seg('aaaaa-104', 'N', 'N')}`,
        `| ${seg('aaaaa-105', 'C', 'C')} |`,
        '',
        '> [!WARNING]',
        `> ${seg('aaaaa-106', 'W', 'W')}`,
        '',
        `> ${seg('aaaaa-107', 'Q', 'Q')}`,
        '',
        seg('aaaaa-108', 'P', 'P'),
      ),
    );
    assert.deepEqual(blockContexts(doc), [
      { block: 'heading', level: 2, anchor: 'before-you-begin' },
      { block: 'list', level: 1 },
      { block: 'list', level: 3 },
      { block: 'table' },
      { block: 'quote', alert: 'warning' },
      { block: 'quote' },
      { block: 'paragraph' },
    ]);
  });
});

describe('preview: docs Markdown', () => {
  const md = createDocsMarkdown({ resolveImage: (src) => (src.startsWith('media/') ? `RES/${src}` : undefined) });

  it('renders inline Markdown and keeps inline HTML for the sanitiser', () => {
    assert.equal(md.renderInline('Select **Settings** > `Sync` [here](https://aka.ms/x)'), 'Select <strong>Settings</strong> &gt; <code>Sync</code> <a href="https://aka.ms/x">here</a>');
  });

  it('does not turn javascript: into a link', () => {
    assert.doesNotMatch(md.renderInline('[x](javascript:alert(1))'), /href/);
  });

  it('shows [!INCLUDE] as a labelled chip', () => {
    assert.equal(md.renderInline('[!INCLUDE[Note about sync](../includes/sync.md)]'), '<span class="sxs-include" title="../includes/sync.md">INCLUDE · Note about sync</span>');
  });

  it('loads local images through the resolver and never remote ones', () => {
    assert.equal(md.renderInline('![Sync icon](media/sync.png)'), '<img src="RES/media/sync.png" alt="Sync icon">');
    assert.equal(md.renderInline('![Logo](https://cdn.example/logo.png)'), '<span class="sxs-image" title="https://cdn.example/logo.png">IMAGE · Logo</span>');
  });

  it('renders docs alerts of each kind', () => {
    for (const kind of ['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION']) {
      assert.match(md.render(`> [!${kind}]\n> Text`), new RegExp(`markdown-alert-${kind.toLowerCase()}`));
    }
  });
});
