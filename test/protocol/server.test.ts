import * as assert from 'node:assert/strict';
import { HoverRequest, MarkupContent } from 'vscode-languageserver-protocol/node';
import { frontMatter, seg } from '../support/sxs';
import { TestClient, testClients } from '../support/lspClient';

describe('protocol: the built server over stdio', () => {
  const newClient = testClients();
  let client: TestClient;
  beforeEach(() => {
    client = newClient();
  });

  it('initializes and says what it serves', async () => {
    const result = await client.initialize();
    assert.equal(result.serverInfo?.name, 'sxs-docs');
    assert.ok(result.capabilities.hoverProvider);
  });

  it('publishes the structural problems of an opened document', async () => {
    await client.initialize();
    const uri = 'file:///docs-pr.ro-RO/articles/a.md';
    await client.open(uri, frontMatter('ro-RO', 'HT') + `${seg('e869d-104', 'Unu', 'One', 'e869d-105')}\n${seg('e869d-106', 'Doi', 'Two')}\n${seg('e869d-106', 'Trei', 'Three')}\n`);
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]).sort(), [
      ['duplicate-id', 11],
      ['id-mismatch', 9],
    ]);
    assert.ok(diagnostics.every((d) => d.source === 'sxs-docs'));
    // Each code links to its rule's entry in docs/rules.md.
    assert.deepEqual(
      diagnostics.map((d) => d.codeDescription?.href),
      diagnostics.map((d) => `https://github.com/sxs-docs/sxs-docs/blob/main/docs/rules.md#${d.code}`),
    );
  });

  it('publishes nothing for a Markdown file that is not localized', async () => {
    await client.initialize();
    const uri = 'file:///docs/a.md';
    await client.open(uri, '# Title\n\nText with <span>html</span>.\n');
    assert.deepEqual(await client.waitForDiagnostics(uri), []);
  });

  it('answers a hover on a translation with its English source', async () => {
    await client.initialize();
    const uri = 'file:///docs-pr.ro-RO/articles/b.md';
    await client.open(uri, frontMatter('ro-RO') + `- ${seg('e869d-104', 'Activați **Windows Hello**', 'Enable **Windows Hello**')}\n`);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 9, character: 35 } });
    assert.ok(hover && MarkupContent.is(hover.contents));
    assert.match((hover.contents as MarkupContent).value, /> Enable \*\*Windows Hello\*\*/);
    assert.match((hover.contents as MarkupContent).value, /e869d-104/);
    assert.deepEqual(hover.range?.start, { line: 9, character: 2 });
  });

  it('answers no hover outside segments', async () => {
    await client.initialize();
    const uri = 'file:///docs-pr.ro-RO/articles/c.md';
    await client.open(uri, frontMatter('ro-RO') + 'Plain line\n');
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 9, character: 2 } });
    assert.equal(hover, null);
  });
});
