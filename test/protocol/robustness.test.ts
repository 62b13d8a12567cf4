import * as assert from 'node:assert/strict';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { TestClient, testClients } from '../support/lspClient';
import { frontMatter, seg } from '../support/sxs';

describe('protocol: what the server leaves alone', () => {
  const newClient = testClients();
  let client: TestClient;
  beforeEach(() => {
    client = newClient();
  });

  it('skips a file over sxsDocs.maxFileSize and says so once', async () => {
    client.settings = { maxFileSize: 0.05 };
    await client.initialize();
    const uri = 'file:///docs-pr.ro-RO/huge.md';
    const text = frontMatter('ro-RO') + `${seg('e869d-104', 'Unu', 'One', 'e869d-105')}\n`.repeat(600);
    await client.open(uri, text);
    const message = await client.waitForMessage((m) => m.includes('huge.md'));
    assert.match(message, /larger than the 0.05 MB of the sxsDocs.maxFileSize setting/);
    // Diagnostics published before the settings arrived are withdrawn.
    await client.waitForDiagnostics(uri, (d) => d.length === 0);
    await client.change(uri, text + ' ', 2);
    await client.waitForDiagnostics(uri, (_d, version) => version === 2);
    assert.equal(client.messages.filter((m) => m.message.includes('huge.md')).length, 1);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 9, character: 35 } });
    assert.equal(hover, null);
  });

  it('skips a binary file with a .md name and says so', async () => {
    await client.initialize();
    const uri = 'file:///docs-pr.ro-RO/image.md';
    await client.open(uri, `PNG\u0000\u0000\u0001${seg('e869d-104', 'a', 'b', 'e869d-105')}`);
    assert.match(await client.waitForMessage((m) => m.includes('image.md')), /looks like a binary file/);
    assert.deepEqual(await client.waitForDiagnostics(uri), []);
  });

  it('keeps serving after a document of damaged markup, and reads the next one', async () => {
    await client.initialize();
    const broken = 'file:///docs-pr.ro-RO/broken.md';
    await client.open(broken, `${frontMatter('ro-RO')}<span data-ttu-id="e869d-104">a<span class="sxs-lookup"><span data-stu-id="e869d-104\n\n<span <span \ud800 </span></span></span>`);
    await client.waitForDiagnostics(broken, (d) => d.length > 0);
    const good = 'file:///docs-pr.ro-RO/good.md';
    await client.open(good, frontMatter('ro-RO') + seg('e869d-104', 'Unu', 'One', 'e869d-105'));
    const diagnostics = await client.waitForDiagnostics(good, (d) => d.length > 0);
    assert.ok(diagnostics.some((d) => d.code === 'id-mismatch'), JSON.stringify(diagnostics.map((d) => d.code)));
  });
});
