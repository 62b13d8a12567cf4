import * as assert from 'node:assert/strict';
import { DocumentSymbolRequest, FoldingRangeRequest, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { FindUntranslatedRequest, IsLocalizedRequest, MarkupRangesRequest } from '#protocol';
import { TestClient, testClients } from '../support/lspClient';
import { frontMatter, lines, seg } from '../support/sxs';

const TEXT = frontMatter('de-DE', 'HT') + lines(
  `# <a name="sync"></a>${seg('4b7e2-103', 'Synchronisieren', 'Sync')}`, // 9
  '',
  seg('4b7e2-104', 'Not translated.', 'Not translated.'), // 11
  '',
);

describe('protocol: outline and reading requests', () => {
  const newClient = testClients();
  let client: TestClient;
  const uri = 'file:///docs-pr.de-DE/articles/reading.md';
  beforeEach(async () => {
    client = newClient();
    const result = await client.initialize();
    assert.ok(result.capabilities.documentSymbolProvider);
    assert.ok(result.capabilities.foldingRangeProvider);
    await client.open(uri, TEXT, 3);
  });

  it('answers document symbols and folding ranges', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => [s.name, s.detail]), [
      ['Front matter', 'Titlu'],
      ['Synchronisieren', 'Sync'],
    ]);
    assert.deepEqual(symbols[1].children?.map((s) => s.name), ['104 · Not translated.']);
    const folding = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    assert.deepEqual(folding, [
      { startLine: 0, endLine: 8 },
      { startLine: 9, endLine: 11 },
    ]);
  });

  it('answers the markup ranges of the document version it has', async () => {
    const params: MarkupRangesRequest.Params = { textDocument: { uri } };
    const result = await client.connection.sendRequest(MarkupRangesRequest.type, params);
    assert.ok(result);
    assert.equal(result.version, 3);
    assert.deepEqual([result.lookups.length, result.tags.length, result.anchors.length], [2, 4, 1]);
    assert.deepEqual(result.anchors[0], { start: { line: 9, character: 2 }, end: { line: 9, character: 21 } });
    const unknown = await client.connection.sendRequest(MarkupRangesRequest.type, { textDocument: { uri: 'file:///not-open.md' } });
    assert.equal(unknown, null);
  });

  it('says whether a document is localized, for the version it has', async () => {
    assert.deepEqual(await client.connection.sendRequest(IsLocalizedRequest.type, { textDocument: { uri } }), { version: 3, localized: true });
    const plain = 'file:///notes/plain.md';
    await client.open(plain, '# Notes\n\nNothing translated here; data-ttu-id= in prose is not a span.\n', 7);
    assert.deepEqual(await client.connection.sendRequest(IsLocalizedRequest.type, { textDocument: { uri: plain } }), { version: 7, localized: false });
    assert.equal(await client.connection.sendRequest(IsLocalizedRequest.type, { textDocument: { uri: 'file:///not-open.md' } }), null);
  });

  it('finds the next untranslated segment and says why it counts', async () => {
    const params: FindUntranslatedRequest.Params = { textDocument: { uri }, position: { line: 0, character: 0 }, direction: 'next' };
    const result = await client.connection.sendRequest(FindUntranslatedRequest.type, params);
    assert.deepEqual(result, {
      range: { start: { line: 11, character: 30 }, end: { line: 11, character: 45 } },
      id: '4b7e2-104',
      reason: 'same-as-english',
      wrapped: false,
      ordinal: 1,
      total: 1,
    });
  });
});
