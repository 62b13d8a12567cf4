import * as assert from 'node:assert/strict';
import type { LocationLink, MarkupContent } from 'vscode-languageserver-types';
import { fileUri } from '../../../support/inMemoryWorkspace';
import { ENGLISH, SENTENCES, version } from '../../../support/localeFixtures';
import { documentOf, indexedService, layoutWorkspace, positionOf, type LayoutWorkspace } from '../../../support/localeWorkspaces';
import { sourceFileHash } from '../../../../server/src/core/index/hashing';

/** What each link points at, as `locale: text`, sorted. */
async function targets(fixture: LayoutWorkspace, links: readonly LocationLink[]): Promise<string[]> {
  const localeOf = (uri: string) => Object.keys(fixture.paths).find((l) => fileUri(fixture.paths[l]) === uri)!;
  const out: string[] = [];
  for (const l of links) {
    const text = fixture.files[Object.values(fixture.paths).find((p) => fileUri(p) === l.targetUri)!];
    const lines = text.split('\n');
    const { start, end } = l.targetRange;
    assert.equal(start.line, end.line, 'a segment on one line');
    out.push(`${localeOf(l.targetUri)}: ${lines[start.line].slice(start.character, end.character)}`);
  }
  return out.sort();
}

/** The fixture in the repos layout with its English source open, the translations read. */
async function englishOpen(fixture?: LayoutWorkspace) {
  const layout = fixture ?? (await layoutWorkspace('repos'));
  const { service, workspace } = await indexedService(layout);
  const en = await documentOf(workspace, layout.paths['en-US']);
  await service.readVersions(en);
  return { fixture: layout, service, en, at: (needle: string, offset = 3) => positionOf(en.getText(), needle, offset) };
}

/** The hover's table rows, links and Markdown escapes taken out (`| de-DE · HT | [de-DE] … |`). */
function rowsOf(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('| ['))
    .map((l) => l.replace(/^\| \[([^\]]*)\]\([^)]*\)/, '| $1').replace(/\\([[\]*])/g, '$1'));
}

function hoverText(hover: { contents: unknown } | undefined): string {
  assert.ok(hover, 'a hover');
  return (hover.contents as MarkupContent).value;
}

describe('counterparts of the English source: hover and Go to Definition on a sentence', () => {
  it('hovers a sentence with its translation in each locale, MT or HT, in locale order', async () => {
    const { service, en, at } = await englishOpen();
    const hover = service.hover(en, at('A copy is made'));
    const text = hoverText(hover);
    assert.match(text, /\*\*Translations of this sentence\*\*/);
    assert.deepEqual(rowsOf(text), [`| de-DE · HT | [de-DE] ${SENTENCES[110]} |`, `| fi-FI · MT | [fi-FI] ${SENTENCES[110]} |`, `| ro-RO · MT | [ro-RO] ${SENTENCES[110]} |`]);
    // The hover covers the sentence, not the table row.
    assert.deepEqual(hover!.range, { start: at('A copy is made', 0), end: at('A copy is made every day.', SENTENCES[110].length) });
  });

  it('marks stale the locale whose segment was translated from other English, and labels a paragraph segment', async () => {
    const { service, en, at } = await englishOpen();
    const text = hoverText(service.hover(en, at('Notes are saved')));
    const rows = rowsOf(text);
    const ro = rows.find((r) => r.startsWith('| ro-RO'))!;
    assert.match(ro, /⚠ stale/);
    assert.match(ro, /Notes are kept in the cloud\./);
    assert.doesNotMatch(rows.find((r) => r.startsWith('| de-DE'))!, /stale/);
    // fi-FI keeps 104 and 105 in one paragraph segment: that segment, labelled.
    assert.equal(rows.find((r) => r.startsWith('| fi-FI')), `| fi-FI · MT | \`p101\` [fi-FI] ${SENTENCES[104]} [fi-FI] ${SENTENCES[105]} |`);
    // A sentence whose English is the same in ro-RO carries no mark there.
    assert.doesNotMatch(hoverText(service.hover(en, at('You can also'))), /stale/);
  });

  it('goes from a sentence to the segment that carries it in each locale', async () => {
    const { fixture, service, en, at } = await englishOpen();
    const links = service.definition(en, at('You can also keep'));
    assert.deepEqual(await targets(fixture, links), [`de-DE: [de-DE] ${SENTENCES[105]}`, `fi-FI: [fi-FI] ${SENTENCES[104]} [fi-FI] ${SENTENCES[105]}`, `ro-RO: [ro-RO] ${SENTENCES[105]}`]);
    assert.ok(links.every((l) => l.originSelectionRange?.start.character === at('You can also keep', 0).character));
    const answer = service.counterparts(en, at('You can also keep'))!;
    assert.equal(answer.self?.english, true);
    assert.equal(answer.segment?.label, '105');
  });

  it('finds the sentence by its text, not by its number, when a locale numbers its segments otherwise', async () => {
    const base = await layoutWorkspace('repos');
    const hash = await sourceFileHash(ENGLISH);
    // de-DE renumbered (203–210), and fi-FI without the sentence 105 (added to the English since).
    const de = version({ locale: 'de-DE', hash, prefix: 'dddd1' }).replace(/dddd1-1(\d\d)/g, 'dddd1-2$1');
    const fi = version({ locale: 'fi-FI', hash: '8888888888888888888888888888888888888888', prefix: 'ffff1', type: 'MT', omit: [105], handoff: '01/01/2024' });
    const files = { ...base.files, [base.paths['de-DE']]: de, [base.paths['fi-FI']]: fi };
    const { fixture, service, en, at } = await englishOpen({ ...base, files });
    assert.deepEqual(await targets(fixture, service.definition(en, at('Select **Settings**'))), [
      `de-DE: [de-DE] ${SENTENCES[106]}`,
      `fi-FI: [fi-FI] ${SENTENCES[106]}`,
      `ro-RO: [ro-RO] ${SENTENCES[106]}`,
    ]);
    const text = hoverText(service.hover(en, at('You can also keep')));
    assert.deepEqual(rowsOf(text), [`| de-DE · HT | [de-DE] ${SENTENCES[105]} |`, '| fi-FI · MT | *no segment of this version has this sentence* |', `| ro-RO · MT | [ro-RO] ${SENTENCES[105]} |`]);
    assert.deepEqual((await targets(fixture, service.definition(en, at('You can also keep')))).map((t) => t.slice(0, 5)), ['de-DE', 'ro-RO']);
  });

  it('off a sentence, goes to the other versions of the document and shows no hover', async () => {
    const { service, en } = await englishOpen();
    const inFrontMatter = { line: 1, character: 3 };
    assert.equal(service.hover(en, inFrontMatter), undefined);
    const links = service.definition(en, inFrontMatter);
    assert.deepEqual(links.map((l) => [l.targetRange.start.line, l.targetRange.start.character]), [[0, 0], [0, 0], [0, 0]]);
    assert.equal(service.counterparts(en, inFrontMatter)?.segment, undefined);
  });

  it('follows an edit of the open English: a sentence typed into it has no translation yet', async () => {
    const { fixture, service, workspace } = await (async () => {
      const f = await layoutWorkspace('repos');
      return { fixture: f, ...(await indexedService(f)) };
    })();
    const opened = await documentOf(workspace, fixture.paths['en-US']);
    const { TextDocument } = await import('vscode-languageserver-textdocument');
    const edited = TextDocument.create(opened.uri, 'markdown', 2, opened.getText().replace('You can also keep', 'Sync runs hourly. You can also keep'));
    await service.readVersions(edited);
    const text = hoverText(service.hover(edited, positionOf(edited.getText(), 'Sync runs', 2)));
    assert.equal(text.split('\n').filter((l) => l.includes('no segment of this version has this sentence')).length, 3);
    assert.equal(service.definition(edited, positionOf(edited.getText(), 'Sync runs', 2)).length, 0);
    // Open Counterpart names the sentence by its words, as no segment number is known for it.
    assert.equal(service.counterparts(edited, positionOf(edited.getText(), 'Sync runs', 2))?.segment?.label, '“Sync runs hourly.”');
    assert.equal((await targets(fixture, service.definition(edited, positionOf(edited.getText(), 'You can also', 2)))).length, 3);
  });
});
