import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CancellationTokenSource, DidChangeWatchedFilesNotification, DocumentSymbolRequest, FileChangeType, ErrorCodes, HoverRequest, InitializeRequest, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { IndexProgressNotification } from '#protocol';
import { deadline, SERVER_BUNDLE, TestClient } from '../support/lspClient';
import { frontMatter, seg } from '../support/sxs';

const DOC = 'file:///docs-pr.ro-RO/a.md';
const TEXT = frontMatter('ro-RO') + seg('e869d-104', 'Unu', 'One', 'e869d-105');

async function errorOf(request: Promise<unknown>): Promise<ResponseError<unknown>> {
  try {
    await request;
  } catch (e) {
    if (e instanceof ResponseError) return e;
    throw e;
  }
  assert.fail('the request was answered, not refused');
}

describe('protocol: the lifecycle and bad input', () => {
  let client: TestClient;
  beforeEach(() => {
    client = new TestClient();
  });
  afterEach(async () => {
    await client.stop();
  });

  it('answers a request before initialize with ServerNotInitialized, then serves once initialized', async () => {
    const early = await errorOf(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: DOC }, position: { line: 0, character: 0 } }));
    assert.equal(early.code, ErrorCodes.ServerNotInitialized);
    await client.initialize();
    await client.open(DOC, TEXT);
    assert.ok(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: DOC } }));
  });

  it('refuses a second initialize', async () => {
    await client.initialize();
    const second = await errorOf(client.connection.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {} }));
    assert.equal(second.code, ErrorCodes.InvalidRequest);
    await client.open(DOC, TEXT);
    assert.ok(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: DOC } }), 'still serving');
  });

  it('answers positions outside the document with nothing, and keeps serving', async () => {
    await client.initialize();
    await client.open(DOC, TEXT);
    for (const position of [{ line: 10_000, character: 0 }, { line: 0, character: 10_000 }, { line: -1, character: -5 }]) {
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: DOC }, position });
      assert.ok(hover === null || typeof hover === 'object');
    }
    assert.ok(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: DOC } }));
  });

  it('answers a cancelled request (with a result or RequestCancelled), and keeps serving', async () => {
    await client.initialize();
    await client.open(DOC, TEXT);
    const source = new CancellationTokenSource();
    const request = client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: DOC } }, source.token);
    source.cancel();
    try {
      await request;
    } catch (e) {
      assert.ok(e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled, String(e));
    }
    assert.ok(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: DOC } }));
  });
});

describe('protocol: a malformed message header', () => {
  for (const [name, bytes] of Object.entries({
    'a length that is no number': 'Content-Length: abc\r\n\r\n{}',
    'a header line without a colon': 'Content-Length 12\r\n\r\n{}',
  })) {
    it(`exits with a message on ${name}, instead of hanging`, async () => {
      const server = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      server.stderr.on('data', (d) => (stderr += String(d)));
      server.stdout.resume();
      const exited = deadline<number | null>(10_000, 'the server to exit', (resolve) => server.on('exit', (code) => resolve(code)));
      server.stdin.write(bytes);
      const code = await exited.finally(() => server.kill());
      assert.notEqual(code, 0);
      assert.match(stderr, /malformed|header/i, stderr);
    });
  }
});

describe('protocol: files deleted while the index is built', () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
  });

  it('finishes the index without them and keeps serving', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-deleted-'));
    const files: string[] = [];
    for (let i = 0; i < 400; i++) {
      for (const locale of ['ro-RO', 'de-DE']) {
        const file = path.join(root, `docs-pr.${locale}`, `a${i}.md`);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, frontMatter(locale) + seg(`e869d-${i}`, 'Unu', 'One'));
        files.push(file);
      }
    }
    client = new TestClient();
    const ready = client.waitForNotification(IndexProgressNotification.type, (p) => p.state === 'ready', 60_000);
    await client.initialize({ workspace: { configuration: true } }, undefined, [URI.file(root).toString()]);
    const deleted = files.filter((_, i) => i % 3 === 0);
    for (const file of deleted) fs.rmSync(file);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: deleted.map((f) => ({ uri: URI.file(f).toString(), type: FileChangeType.Deleted as FileChangeType })) });
    await ready;
    const kept = files[1];
    const uri = URI.file(kept).toString();
    await client.open(uri, fs.readFileSync(kept, 'utf8'));
    assert.ok(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }));
    assert.deepEqual(client.stderr.filter((s) => /Uncaught|Unhandled/.test(s)), []);
  });
});
