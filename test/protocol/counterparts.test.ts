import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DefinitionRequest, DidChangeTextDocumentNotification, HoverRequest, type MarkupContent, DidChangeWatchedFilesNotification, FileChangeType, ReferencesRequest, type Location, type LocationLink, WorkDoneProgressCancelNotification } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { CancelIndexingNotification, CounterpartsRequest, EnglishComparisonRequest, IndexProgressNotification, IndexStatusRequest, type InitializationOptions } from '#protocol';
import { corpusOrSkip } from '../support/corpus';
import { lines, seg } from '../support/sxs';
import { TestClient, testClients } from '../support/lspClient';
import { sampleWorkspace } from '../support/sampleWorkspace';

/** A copy of the sample workspace, as committed: the tests never open the repository's samples/ in place. */
const SAMPLES = sampleWorkspace();
const LOCALES = ['de-DE', 'fi-FI', 'it-IT', 'ro-RO'];

function sample(root: string, locale: string): string {
  return path.join(root, locale === 'en-US' ? 'contoso-docs' : `contoso-docs-pr.${locale}`, 'articles', 'sync-files.md');
}

/** The position of the translated text of a segment id in a file (the segment ids' numbers are the same in every locale). */
function segmentPosition(file: string, number: string): { line: number; character: number } {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((l) => new RegExp(`data-ttu-id="[0-9a-f]{5}-${number}"`).test(l));
  const character = lines[line].search(new RegExp(`data-ttu-id="[0-9a-f]{5}-${number}"`)) + 30;
  return { line, character };
}

/** Starts clients stopped after each test; `indexed` gives one with the folder open and its index built. */
function clientsPerTest() {
  const newClient = testClients();
  const indexed = async (folder: string, capabilities = {}): Promise<TestClient> => {
    const client = newClient();
    await client.initializeIndexed(folder, capabilities);
    return client;
  };
  return { newClient, indexed };
}

describe('protocol: counterparts across locales', () => {
  const { newClient, indexed } = clientsPerTest();
  let client: TestClient;

  it('shows, in the hover of a segment, the same segment in the other locales (MT/HT and stale marks), and a paragraph against the sentences', async () => {
    client = await indexed(SAMPLES);
    const ro = sample(SAMPLES, 'ro-RO');
    const uri = URI.file(ro).toString();
    await client.open(uri, fs.readFileSync(ro, 'utf8'));
    // The diagnostics read the other versions (their cross-locale checks); the hover then has them at hand.
    await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'stale-translation'));
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: segmentPosition(ro, '124') });
    const text = (hover?.contents as MarkupContent).value;
    assert.match(text, /\| \[de-DE\]\([^)]*\) · HT \| Die Synchronisierung wurde beendet\. \|/);
    assert.match(text, /\| \[fi-FI\]\([^)]*\) · MT \| Synkronointi \\?#A0 pysähtyi\. \|/);
    assert.match(text, /it-IT/);
    assert.match(text, /Sincronizzazione interrotta\. Selezionare l'icona per vederne il motivo\./);
  });

  it('shows the other locales in the hover when no check has read them: read after the first hover, for the next', async () => {
    const client_ = newClient();
    // With the checks across locales off, nothing but the hover reads the other versions.
    client_.settings = { rules: Object.fromEntries(['stale-translation', 'source-drift', 'missing-segment', 'inconsistent-translation'].map((code) => [code, 'off'])) };
    await client_.initializeIndexed(SAMPLES);
    const ro = sample(SAMPLES, 'ro-RO');
    const uri = URI.file(ro).toString();
    await client_.open(uri, fs.readFileSync(ro, 'utf8'));
    const hoverText = async () => ((await client_.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: segmentPosition(ro, '124') }))?.contents as MarkupContent).value;
    // Each hover is answered at once; the texts read meanwhile show in a later one.
    let text = await hoverText();
    // (Some may have been read before: the hover warm-up reads another translation's versions once the index has learned.)
    for (let tries = 0; tries < 200 && !(/it-IT/.test(text) && /de-DE/.test(text)); tries++) text = await hoverText();
    assert.match(text, /\| \[de-DE\]\([^)]*\) · HT \| Die Synchronisierung wurde beendet\. \|/);
    assert.match(text, /Sincronizzazione interrotta\. Selezionare l'icona per vederne il motivo\./);
  });

  it('builds the index in the background and says when it is done', async () => {
    client = await indexed(SAMPLES);
    const status = await client.connection.sendRequest(IndexStatusRequest.type);
    assert.deepEqual([status.state, status.documents], ['ready', 5]);
  });

  it('answers Go to Definition on a segment with the same segment in every other locale and the English', async () => {
    client = await indexed(SAMPLES, { textDocument: { definition: { linkSupport: true } } });
    const de = sample(SAMPLES, 'de-DE');
    const uri = URI.file(de).toString();
    await client.open(uri, fs.readFileSync(de, 'utf8'));
    const links = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: segmentPosition(de, '107') })) as LocationLink[];
    const byUri = new Map(links.map((l) => [l.targetUri, l]));
    assert.deepEqual([...byUri.keys()].sort(), ['en-US', 'fi-FI', 'it-IT', 'ro-RO'].map((l) => URI.file(sample(SAMPLES, l)).toString()).sort());
    for (const locale of ['fi-FI', 'it-IT', 'ro-RO']) {
      const link = byUri.get(URI.file(sample(SAMPLES, locale)).toString())!;
      assert.equal(link.targetRange.start.line, segmentPosition(sample(SAMPLES, locale), '107').line, locale);
    }
    const english = byUri.get(URI.file(sample(SAMPLES, 'en-US')).toString())!;
    const englishLine = fs.readFileSync(sample(SAMPLES, 'en-US'), 'utf8').split('\n')[english.targetRange.start.line];
    assert.equal(englishLine.slice(english.targetRange.start.character, english.targetRange.end.character), 'Install the **Contoso Drive** app, version 4.2 or later.');
  });

  it('on a sentence of the English source: hovers its translation in each locale and goes to the segment that carries it', async () => {
    client = await indexed(SAMPLES, { textDocument: { definition: { linkSupport: true } } });
    const en = sample(SAMPLES, 'en-US');
    const uri = URI.file(en).toString();
    const text = fs.readFileSync(en, 'utf8');
    await client.open(uri, text);
    const sentence = 'Install the **Contoso Drive** app, version 4.2 or later.';
    const line = text.split('\n').findIndex((l) => l.includes(sentence));
    const position = { line, character: text.split('\n')[line].indexOf(sentence) + 5 };
    // Each locale's translation of the sentence: its segment 107, read from the file.
    const translation = (locale: string) => new RegExp(`data-ttu-id="[0-9a-f]{5}-107">(.*?)</span>`).exec(fs.readFileSync(sample(SAMPLES, locale), 'utf8'))![1];
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    const value = (hover?.contents as MarkupContent).value;
    for (const locale of LOCALES) assert.ok(value.includes(`| ${translation(locale)} |`), `${locale} in\n${value}`);
    assert.match(value, /\| \[fi-FI\]\([^)]*\) · MT \|/);
    assert.deepEqual(hover?.range?.start, { line, character: text.split('\n')[line].indexOf(sentence) });
    const links = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position })) as LocationLink[];
    assert.deepEqual(links.map((l) => l.targetUri).sort(), LOCALES.map((l) => URI.file(sample(SAMPLES, l)).toString()).sort());
    for (const locale of LOCALES) {
      const link = links.find((l) => l.targetUri === URI.file(sample(SAMPLES, locale)).toString())!;
      const target = fs.readFileSync(sample(SAMPLES, locale), 'utf8').split('\n')[link.targetRange.start.line];
      assert.equal(target.slice(link.targetRange.start.character, link.targetRange.end.character), translation(locale), locale);
    }
    const result = await client.connection.sendRequest(CounterpartsRequest.type, { textDocument: { uri }, position });
    assert.deepEqual([result.self?.english, result.segment, result.versions.map((v) => v.ranges.length)], [true, '107', [1, 1, 1, 1]]);
    // In the front matter, on no sentence: no hover, and the other versions from their start.
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 2 } }), null);
    const off = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line: 1, character: 2 } })) as LocationLink[];
    assert.deepEqual(off.map((l) => l.targetRange.start.line), [0, 0, 0, 0]);
  });

  it('maps it-IT’s paragraph segment p124 to the sentences 124 and 125 of the other locales, and answers plain Locations to a client without link support', async () => {
    client = await indexed(SAMPLES);
    const it = sample(SAMPLES, 'it-IT');
    const uri = URI.file(it).toString();
    await client.open(uri, fs.readFileSync(it, 'utf8'));
    const locations = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: segmentPosition(it, 'p124') })) as Location[];
    const de = locations.filter((l) => l.uri === URI.file(sample(SAMPLES, 'de-DE')).toString());
    assert.equal(de.length, 2);
    const deText = fs.readFileSync(sample(SAMPLES, 'de-DE'), 'utf8').split('\n');
    assert.deepEqual(
      de.map((l) => /data-ttu-id="[0-9a-f]{5}-(\d+)"/.exec(deText[l.range.start.line].slice(l.range.start.character - 40, l.range.start.character))?.[1]),
      ['124', '125'],
    );
  });

  it('finds all locale versions of a segment as references', async () => {
    client = await indexed(SAMPLES);
    const ro = sample(SAMPLES, 'ro-RO');
    const uri = URI.file(ro).toString();
    await client.open(uri, fs.readFileSync(ro, 'utf8'));
    const refs = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: segmentPosition(ro, '110'), context: { includeDeclaration: true } });
    assert.deepEqual([...new Set(refs!.map((r) => r.uri))].sort(), ['en-US', ...LOCALES].map((l) => URI.file(sample(SAMPLES, l)).toString()).sort());
  });

  it('lists the counterparts with MT/HT and staleness for the Open Counterpart command', async () => {
    client = await indexed(SAMPLES);
    const fi = sample(SAMPLES, 'fi-FI');
    const uri = URI.file(fi).toString();
    await client.open(uri, fs.readFileSync(fi, 'utf8'));
    const result = await client.connection.sendRequest(CounterpartsRequest.type, { textDocument: { uri }, position: segmentPosition(fi, '115') });
    assert.equal(result.segment, '115');
    assert.deepEqual(
      result.versions.map((v) => [v.locale, v.translationType ?? null, v.status, v.ranges.length]),
      [
        ['en-US', null, 'source', 1],
        ['de-DE', 'HT', 'current', 1],
        ['it-IT', 'HT', 'current', 1],
        ['ro-RO', 'MT', 'stale', 1],
      ],
    );
  });

  it('publishes cross-locale findings, and publishes them again when the English changes on disk', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-protocol-'));
    try {
      fs.cpSync(SAMPLES, tmp, { recursive: true });
      client = await indexed(tmp);
      const de = sample(tmp, 'de-DE');
      const uri = URI.file(de).toString();
      await client.open(uri, fs.readFileSync(de, 'utf8'));
      const ro = sample(tmp, 'ro-RO');
      await client.open(URI.file(ro).toString(), fs.readFileSync(ro, 'utf8'));
      await client.waitForDiagnostics(URI.file(ro).toString(), (d) => d.some((x) => x.code === 'stale-translation'));
      await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'stale-translation'));
      const english = sample(tmp, 'en-US');
      fs.writeFileSync(english, fs.readFileSync(english, 'utf8').replace('up to 30 minutes', 'up to an hour'));
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: URI.file(english).toString(), type: FileChangeType.Changed }] });
      const diagnostics = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'stale-translation'));
      const drift = diagnostics.find((d) => d.code === 'source-drift');
      assert.match(String(drift?.message), /The English source now reads: “The first sync can take up to an hour\.”/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('answers the English at hand-off and where the English now is, for the diff editor', async () => {
    client = await indexed(SAMPLES);
    const ro = URI.file(sample(SAMPLES, 'ro-RO')).toString();
    await client.open(ro, fs.readFileSync(sample(SAMPLES, 'ro-RO'), 'utf8'));
    const result = await client.connection.sendRequest(EnglishComparisonRequest.type, { uri: ro });
    assert.ok(result);
    assert.deepEqual(result.current && { kind: result.current.kind, uri: result.current.uri }, { kind: 'source', uri: URI.file(sample(SAMPLES, 'en-US')).toString() });
    assert.doesNotMatch(result.handoff, /data-ttu-id|sxs-lookup|ms\.openlocfilehash/);
    assert.ok(result.counts && result.counts.changed + result.counts.removed + result.counts.added > 0, JSON.stringify(result.counts));
  });

  it('takes the unsaved text of an open English document over the disk’s', async () => {
    client = await indexed(SAMPLES);
    const de = URI.file(sample(SAMPLES, 'de-DE')).toString();
    await client.open(de, fs.readFileSync(sample(SAMPLES, 'de-DE'), 'utf8'));
    await client.waitForDiagnostics(de, (d) => !d.some((x) => x.code === 'stale-translation'));
    const english = URI.file(sample(SAMPLES, 'en-US')).toString();
    const text = fs.readFileSync(sample(SAMPLES, 'en-US'), 'utf8');
    await client.open(english, text);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: english, version: 2 },
      contentChanges: [{ text: text.replace('Sync stopped.', 'Sync has stopped.') }],
    });
    const diagnostics = await client.waitForDiagnostics(de, (d) => d.some((x) => x.code === 'stale-translation'));
    const stale = diagnostics.find((d) => d.code === 'stale-translation');
    assert.match(String(stale?.message), /Segments whose English changed: 124\./);
    // The segment's English now, in the related information on the segment.
    assert.deepEqual(
      stale?.relatedInformation?.map((r) => [r.location.uri, r.message]),
      [[de, 'Segment 124 now reads: “Sync has stopped.”']],
    );
  });

  it('pairs the folders named in sxsDocs.localeRoots, for a layout it cannot guess', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-roots-'));
    try {
      const english = lines('# Title', '', 'One sentence.', '');
      const german = lines('---', 'ms.contentlocale: de-DE', '---', `# ${seg('abcde-103', 'Titel', 'Title')}`, '', seg('abcde-104', 'Ein Satz.', 'One sentence.'), '');
      fs.mkdirSync(path.join(tmp, 'source/guide'), { recursive: true });
      fs.mkdirSync(path.join(tmp, 'german/guide'), { recursive: true });
      fs.writeFileSync(path.join(tmp, 'source/guide/a.md'), english);
      fs.writeFileSync(path.join(tmp, 'german/guide/a.md'), german);
      client = newClient();
      client.settings = { localeRoots: { german: 'de-DE', source: 'en-US' } };
      await client.initializeIndexed(tmp);
      const uri = URI.file(path.join(tmp, 'german/guide/a.md')).toString();
      await client.open(uri, german);
      const locations = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line: 5, character: 30 } })) as Location[];
      assert.deepEqual(
        locations.map((l) => [l.uri, l.range.start.line]),
        [[URI.file(path.join(tmp, 'source/guide/a.md')).toString(), 2]],
      );
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('shows the build as cancellable work-done progress, and cancelling it stops the build (corpus)', async function () {
    const corpus = corpusOrSkip(this);
    const c = newClient();
    const ended = c.waitForNotification(IndexProgressNotification.type, (p) => p.state !== 'building', 60_000);
    // Shown at once, so that the test does not depend on how long this machine takes to build.
    const options: InitializationOptions = { indexProgressAfterMs: 0 };
    await c.initialize({ workspace: { configuration: true }, window: { workDoneProgress: true } }, options, [URI.file(corpus).toString()]);
    const begun = await c.waitForWorkDone((p) => p.value.kind === 'begin');
    assert.equal(begun.value.kind === 'begin' && begun.value.cancellable, true);
    assert.equal(begun.value.kind === 'begin' && begun.value.title, 'Indexing locale versions');
    await c.connection.sendNotification(WorkDoneProgressCancelNotification.type, { token: begun.token });
    assert.equal((await ended).state, 'cancelled');
    await c.waitForWorkDone((p) => p.token === begun.token && p.value.kind === 'end');
  });

  it('sends no work-done progress for the build to a client that shows the index progress itself (corpus)', async function () {
    const corpus = corpusOrSkip(this);
    const c = newClient();
    const building = c.waitForNotification(IndexProgressNotification.type, (p) => p.state === 'building' && p.indexed > 0, 60_000);
    const ended = c.waitForNotification(IndexProgressNotification.type, (p) => p.state !== 'building', 60_000);
    const options: InitializationOptions = { showsIndexProgress: true, indexProgressAfterMs: 0 };
    await c.initialize({ workspace: { configuration: true }, window: { workDoneProgress: true } }, options, [URI.file(corpus).toString()]);
    await building;
    assert.equal((await ended).state, 'ready');
    // The same options without showsIndexProgress show it at once (the test above).
    assert.deepEqual(c.workDone, []);
  });

  it('stops building the index when the client cancels, and says so (corpus)', async function () {
    const corpus = corpusOrSkip(this);
    const c = newClient();
    const started = c.waitForNotification(IndexProgressNotification.type, (p) => p.state === 'building' && p.total > 0);
    const ended = c.waitForNotification(IndexProgressNotification.type, (p) => p.state !== 'building', 60_000);
    await c.initialize({ workspace: { configuration: true } }, undefined, [URI.file(corpus).toString()]);
    await started;
    await c.connection.sendNotification(CancelIndexingNotification.type);
    const end = await ended;
    assert.equal(end.state, 'cancelled');
    const status = await c.connection.sendRequest(IndexStatusRequest.type);
    assert.equal(status.state, 'cancelled');
    assert.ok(status.documents < end.total, `${status.documents} of ${end.total}`);
  });
});

describe('protocol: a file name with an apostrophe', () => {
  const { indexed } = clientsPerTest();
  let client: TestClient;

  it("goes to the same segment in the other locales whether the client writes ' raw or as %27", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-names-'));
    for (const locale of ['en-US', 'ro-RO', 'de-DE']) {
      const file = sample(root, locale).replace('sync-files.md', "what's new.md");
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.copyFileSync(sample(SAMPLES, locale), file);
    }
    client = await indexed(root);
    const ro = sample(root, 'ro-RO').replace('sync-files.md', "what's new.md");
    const text = fs.readFileSync(ro, 'utf8');
    for (const uri of [URI.file(ro).toString(), `file://${encodeURI(ro)}`]) {
      assert.equal(uri.includes("'"), uri !== URI.file(ro).toString());
      await client.open(uri, text);
      const links = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: segmentPosition(ro, '124') })) as LocationLink[];
      assert.deepEqual(links.map((l) => URI.parse((l as unknown as Location).uri ?? l.targetUri).fsPath.split(path.sep).at(-3)).sort(), ['contoso-docs', 'contoso-docs-pr.de-DE'], uri);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
  });
});
