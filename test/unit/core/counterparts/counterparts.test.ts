import * as assert from 'node:assert/strict';
import type { Location, LocationLink } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileUri } from '../../../support/inMemoryWorkspace';
import { SENTENCES } from '../../../support/localeFixtures';
import { documentOf, indexedService, layoutWorkspace, positionOf, type Layout } from '../../../support/localeWorkspaces';

/** What a location points at, as `locale: text`. */
async function targets(links: readonly LocationLink[], read: (uri: string) => Promise<string>, localeOf: (uri: string) => string): Promise<string[]> {
  const out: string[] = [];
  for (const l of links) {
    const lines = (await read(l.targetUri)).split('\n');
    const { start, end } = l.targetRange;
    assert.equal(start.line, end.line, 'a segment on one line');
    out.push(`${localeOf(l.targetUri)}: ${lines[start.line].slice(start.character, end.character)}`);
  }
  return out.sort();
}

describe('counterparts: Go to Definition and Find All References across locales', () => {
  for (const layout of ['repos', 'multi-root', 'folders', 'suffixes', 'settings'] as Layout[]) {
    it(`goes from a segment to the same segment in every other locale and the English (${layout})`, async () => {
      const fixture = await layoutWorkspace(layout);
      const { service, workspace } = await indexedService(fixture);
      const localeOf = (uri: string) => Object.keys(fixture.paths).find((l) => fileUri(fixture.paths[l]) === uri)!;
      const read = async (uri: string) => (await workspace.readText(uri))!;
      const de = await documentOf(workspace, fixture.paths['de-DE']);
      const links = service.definition(de, positionOf(de.getText(), 'dddd1-106', 12));
      assert.deepEqual(await targets(links, read, localeOf), [
        `en-US: ${SENTENCES[106]}`,
        `fi-FI: [fi-FI] ${SENTENCES[106]}`,
        `ro-RO: [ro-RO] ${SENTENCES[106]}`,
      ]);
      assert.ok(links.every((l) => l.originSelectionRange?.start.line === positionOf(de.getText(), 'dddd1-106').line));
    });
  }

  it('maps a sentence segment to the paragraph segment that stands for it, and the paragraph segment to its sentences', async () => {
    const fixture = await layoutWorkspace('repos');
    const { service, workspace } = await indexedService(fixture);
    const localeOf = (uri: string) => Object.keys(fixture.paths).find((l) => fileUri(fixture.paths[l]) === uri)!;
    const read = async (uri: string) => (await workspace.readText(uri))!;
    const de = await documentOf(workspace, fixture.paths['de-DE']);
    const fromSentence = await targets(service.definition(de, positionOf(de.getText(), 'dddd1-105', 12)), read, localeOf);
    assert.ok(fromSentence.includes(`fi-FI: [fi-FI] ${SENTENCES[104]} [fi-FI] ${SENTENCES[105]}`), fromSentence.join('\n'));
    const fi = await documentOf(workspace, fixture.paths['fi-FI']);
    const fromParagraph = await targets(service.definition(fi, positionOf(fi.getText(), 'ffff1-p101', 12)), read, localeOf);
    assert.deepEqual(fromParagraph, [
      `de-DE: [de-DE] ${SENTENCES[104]}`,
      `de-DE: [de-DE] ${SENTENCES[105]}`,
      `en-US: ${SENTENCES[104]}`,
      `en-US: ${SENTENCES[105]}`,
      `ro-RO: [ro-RO] ${SENTENCES[105]}`,
      // ro-RO's 104 carries older English; it is still segment 104.
      `ro-RO: [ro-RO] Notes are kept in the cloud.`,
    ].sort());
  });

  it('goes from a sentence of the English source to the translations of it', async () => {
    const fixture = await layoutWorkspace('repos');
    const { service, workspace } = await indexedService(fixture);
    const en = await documentOf(workspace, fixture.paths['en-US']);
    // The translations are read first (the server does so before it answers), then aligned with the sentences.
    await service.readVersions(en);
    const links = service.definition(en, positionOf(en.getText(), 'A copy is made', 3));
    assert.deepEqual(links.map((l) => l.targetUri).sort(), ['de-DE', 'fi-FI', 'ro-RO'].map((l) => fileUri(fixture.paths[l])).sort());
  });

  it('off a segment, goes to the other versions of the document', async () => {
    const fixture = await layoutWorkspace('repos');
    const { service, workspace } = await indexedService(fixture);
    const de = await documentOf(workspace, fixture.paths['de-DE']);
    const links = service.definition(de, { line: 1, character: 2 });
    assert.deepEqual(links.map((l) => [l.targetUri, l.targetRange.start.line]), ['en-US', 'fi-FI', 'ro-RO'].map((l) => [fileUri(fixture.paths[l]), 0]));
  });

  it('finds all locale versions of a segment as references, this one included when asked', async () => {
    const fixture = await layoutWorkspace('folders');
    const { service, workspace } = await indexedService(fixture);
    const ro = await documentOf(workspace, fixture.paths['ro-RO']);
    const at = positionOf(ro.getText(), 'eeee1-109', 12);
    const uris = (locations: Location[]) => locations.map((l) => l.uri).sort();
    assert.deepEqual(uris(service.references(ro, at, true)), ['en-US', 'de-DE', 'fi-FI', 'ro-RO'].map((l) => fileUri(fixture.paths[l])).sort());
    assert.deepEqual(uris(service.references(ro, at, false)), ['en-US', 'de-DE', 'fi-FI'].map((l) => fileUri(fixture.paths[l])).sort());
    assert.deepEqual(service.references(ro, { line: 0, character: 0 }, true), []);
  });

  it('lists the versions with MT/HT and how up to date each is', async () => {
    const fixture = await layoutWorkspace('suffixes');
    const { service, workspace } = await indexedService(fixture);
    const fi = await documentOf(workspace, fixture.paths['fi-FI']);
    const answer = service.counterparts(fi, positionOf(fi.getText(), 'ffff1-110', 12))!;
    assert.equal(answer.segment?.label, '110');
    assert.deepEqual(answer.self, { locale: 'fi-FI', english: false, status: 'current', translationType: 'MT' });
    assert.deepEqual(
      answer.versions.map((v) => [v.locale, v.translationType, v.status, v.ranges.length]),
      [
        ['en-US', undefined, 'source', 1],
        ['de-DE', 'HT', 'current', 1],
        ['ro-RO', 'MT', 'stale', 1],
      ],
    );
  });

  it('without the English source, tells staleness by hand-off date and hash', async () => {
    const fixture = await layoutWorkspace('repos', false);
    const { service, workspace } = await indexedService(fixture);
    const de = await documentOf(workspace, fixture.paths['de-DE']);
    const answer = service.counterparts(de, undefined)!;
    assert.deepEqual(
      answer.versions.map((v) => [v.locale, v.status]),
      [
        ['fi-FI', 'current'],
        ['ro-RO', 'stale'],
      ],
    );
  });
});

describe('counterparts: file names with characters that URIs encode', () => {
  const NAMES = ["it's.md", 'two words.md', 'a–b.md', 'zero\u200bwidth.md', "l'état (copie).md"];
  for (const name of NAMES) {
    it(`finds the other versions of ${JSON.stringify(name)} whichever way the client spells its URI`, async () => {
      const fixture = await layoutWorkspace('repos');
      const files = Object.fromEntries(Object.entries(fixture.files).map(([p, text]) => [p.replace('backup.md', name), text]));
      const paths = Object.fromEntries(Object.entries(fixture.paths).map(([l, p]) => [l, p.replace('backup.md', name)]));
      const { service, workspace } = await indexedService({ ...fixture, files, paths });
      const text = files[paths['de-DE']];
      // VS Code's spelling (`'` as %27), and a client that leaves `'`, `(` and `)` as they are.
      for (const uri of [fileUri(paths['de-DE']), `file://${encodeURI(paths['de-DE'])}`]) {
        const document = TextDocument.create(uri, 'markdown', 1, text);
        const links = service.definition(document, positionOf(text, 'dddd1-106', 12));
        assert.deepEqual(links.map((l) => l.targetUri).sort(), ['en-US', 'fi-FI', 'ro-RO'].map((l) => fileUri(paths[l])).sort(), uri);
        assert.equal(service.index!.versionsOf(uri).length, 4, uri);
      }
      assert.ok(workspace);
    });
  }
});
