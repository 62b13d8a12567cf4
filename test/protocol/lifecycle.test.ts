import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CancellationTokenSource, DefinitionRequest, DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, DocumentSymbolRequest, FileChangeType, ErrorCodes, HoverRequest, InitializeRequest, LSPErrorCodes, ReferencesRequest, ResponseError, type LocationLink, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { CounterpartsRequest, IndexProgressNotification, IndexStatusRequest } from '#protocol';
import { deadline, SERVER_BUNDLE, TestClient, testClients } from '../support/lspClient';
import { sampleWorkspace } from '../support/sampleWorkspace';
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
  const newClient = testClients();
  let client: TestClient;
  beforeEach(() => {
    client = newClient();
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
  const newClient = testClients();

  /** 400 documents in two locales, a server building their index, and a third of the files deleted as it runs. */
  async function deleteWhileIndexing(prefix: string) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    const files: string[] = [];
    for (let i = 0; i < 400; i++) {
      for (const locale of ['ro-RO', 'de-DE']) {
        const file = path.join(root, `docs-pr.${locale}`, `a${i}.md`);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, frontMatter(locale) + seg(`e869d-${i}`, 'Unu', 'One'));
        files.push(file);
      }
    }
    const started = newClient();
    const ready = started.waitForNotification(IndexProgressNotification.type, (p) => p.state === 'ready', 60_000);
    await started.initialize({ workspace: { configuration: true } }, undefined, [URI.file(root).toString()]);
    const deleted = files.filter((_, i) => i % 3 === 0);
    for (const file of deleted) fs.rmSync(file);
    return { client: started, files, deleted, ready };
  }

  it('finishes the index without them and keeps serving', async () => {
    const { client, files, deleted, ready } = await deleteWhileIndexing('sxs-deleted-');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: deleted.map((f) => ({ uri: URI.file(f).toString(), type: FileChangeType.Deleted as FileChangeType })) });
    await ready;
    const kept = files[1];
    const uri = URI.file(kept).toString();
    await client.open(uri, fs.readFileSync(kept, 'utf8'));
    assert.ok(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }));
    assert.deepEqual(client.stderr.filter((s) => /Uncaught|Unhandled/.test(s)), []);
  });

  it('without a notification, finishes the index, leaves the files it could not read out, and keeps serving', async () => {
    // Deleted as the build runs, and no client tells the server.
    const { client, files, deleted, ready } = await deleteWhileIndexing('sxs-vanished-');
    await ready;
    const status = await client.connection.sendRequest(IndexStatusRequest.type);
    assert.ok(status.documents <= files.length && status.documents >= files.length - deleted.length, String(status.documents));
    const kept = files[1];
    const uri = URI.file(kept).toString();
    await client.open(uri, fs.readFileSync(kept, 'utf8'));
    assert.ok(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }));
    // A file kept is indexed whatever happened around it: its counterpart (kept too) is found.
    const other = URI.file(files[4]).toString();
    await client.open(URI.file(files[5]).toString(), fs.readFileSync(files[5], 'utf8'));
    const answer = await client.connection.sendRequest(CounterpartsRequest.type, { textDocument: { uri: URI.file(files[5]).toString() } });
    assert.deepEqual(answer.versions.map((v) => v.uri), [other]);
    assert.deepEqual(client.stderr.filter((s) => /Uncaught|Unhandled/.test(s)), []);
  });
});

/** The answer to a request, or the error it was refused with. */
async function settle(request: Promise<unknown>): Promise<{ result?: unknown; error?: ResponseError<unknown> }> {
  try {
    return { result: await request };
  } catch (e) {
    if (e instanceof ResponseError) return { error: e };
    throw e;
  }
}

describe('protocol: malformed input', () => {
  const newClient = testClients();
  let client: TestClient;
  beforeEach(() => {
    client = newClient();
  });

  it('reads past a message whose body is not JSON, says so, and answers the next request', async () => {
    const server = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    server.stderr.on('data', (d) => (stderr += String(d)));
    const answered = deadline<string>(10_000, 'the answer to initialize', (resolve) =>
      server.stdout.on('data', (d) => {
        stdout += String(d);
        if (/"id":2,"result":\{"capabilities"/.test(stdout)) resolve(stdout);
      }),
    );
    const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    server.stdin.write(frame('{"jsonrpc":"2.0","id":1,"method":"initialize",'));
    server.stdin.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } })));
    try {
      await answered;
    } finally {
      server.kill();
    }
    assert.match(stderr, /a message could not be read/);
    assert.doesNotMatch(stdout, /"id":1/);
  });

  it('answers requests whose params have the wrong shape with nothing or an error, and keeps serving', async () => {
    await client.initialize();
    await client.open(DOC, TEXT);
    const hover = await settle(client.connection.sendRequest('textDocument/hover', { textDocument: {}, position: 'here' }));
    assert.equal(hover.result ?? null, null);
    const noParams = await settle(client.connection.sendRequest('textDocument/hover', null));
    assert.ok(noParams.error || noParams.result === null, JSON.stringify(noParams));
    const definition = await settle(client.connection.sendRequest('textDocument/definition', { textDocument: { uri: DOC }, position: { line: 'one', character: null } }));
    assert.ok(definition.error || definition.result === null || Array.isArray(definition.result), JSON.stringify(definition));
    const counterparts = await settle(client.connection.sendRequest(CounterpartsRequest.method, { textDocument: { uri: 5 } }));
    assert.deepEqual((counterparts.result as { versions: unknown[] } | undefined)?.versions, []);
    const unknown = await settle(client.connection.sendRequest('sxsDocs/noSuchRequest', {}));
    assert.equal(unknown.error?.code, ErrorCodes.MethodNotFound);
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: DOC } });
    assert.ok(symbols && symbols.length > 0, 'still serving the document');
    assert.deepEqual(client.stderr.filter((s) => /Uncaught|Unhandled/.test(s)), []);
  });

  it('says so when a document is opened without its text, and reads it when it is opened again with text', async () => {
    await client.initialize();
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: DOC, languageId: 'markdown', version: 1, text: 42 as unknown as string } });
    assert.match(await client.waitForMessage((m) => m.includes('a.md')), /a\.md is not checked: the editor sent it without its text/);
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: DOC }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: DOC } }), []);
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: DOC } });
    await client.open(DOC, TEXT, 2);
    const diagnostics = await client.waitForDiagnostics(DOC, (d, version) => version === 2 && d.length > 0);
    assert.ok(diagnostics.some((d) => d.code === 'id-mismatch'));
    assert.ok(!client.log.some((l) => /TypeError/.test(l)), client.log.join('\n'));
  });
});

describe('protocol: requests before initialize', () => {
  const newClient = testClients();
  let client: TestClient;
  beforeEach(() => {
    client = newClient();
  });

  it('refuses definition, references and the custom requests with ServerNotInitialized, and serves them once initialized', async () => {
    const position = { line: 9, character: 32 };
    const early = [
      client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: DOC }, position }),
      client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: DOC }, position, context: { includeDeclaration: true } }),
      client.connection.sendRequest(CounterpartsRequest.type, { textDocument: { uri: DOC }, position }),
      client.connection.sendRequest(IndexStatusRequest.type),
    ];
    for (const request of early) assert.equal((await errorOf(request)).code, ErrorCodes.ServerNotInitialized);
    await client.initialize();
    await client.open(DOC, TEXT);
    assert.equal((await client.connection.sendRequest(CounterpartsRequest.type, { textDocument: { uri: DOC }, position })).versions.length, 0);
    assert.ok((await client.connection.sendRequest(IndexStatusRequest.type)).state);
  });
});

describe('protocol: out-of-range positions and cancellations on the English source', () => {
  const newClient = testClients();

  /**
   * The sample's English source open in an indexed server; `beforeIndex` runs on the workspace's
   * copy before the server starts, `beforeOpen` once the index is built, before the document opens.
   */
  async function englishOpen(
    beforeOpen?: (versions: string[]) => void,
    beforeIndex?: (root: string) => void,
  ): Promise<{ client: TestClient; uri: string; position: { line: number; character: number }; versions: string[] }> {
    const root = sampleWorkspace();
    beforeIndex?.(root);
    const c = newClient();
    await c.initializeIndexed(root, { textDocument: { definition: { linkSupport: true } } });
    const versions = ['de-DE', 'fi-FI', 'it-IT', 'ro-RO'].map((l) => URI.file(path.join(root, `contoso-docs-pr.${l}`, 'articles', 'sync-files.md')).toString());
    beforeOpen?.(versions);
    const { uri, text } = await c.openFile(path.join(root, 'contoso-docs', 'articles', 'sync-files.md'));
    const line = text.split('\n').findIndex((l) => l.includes('The first sync can take'));
    return { client: c, uri, position: { line, character: text.split('\n')[line].indexOf('The first sync') + 4 }, versions };
  }

  it('answers positions outside the document with no hover, no references and the versions from their start', async () => {
    const opened = await englishOpen();
    const client = opened.client;
    const { uri, versions } = opened;
    for (const position of [{ line: 10_000, character: 0 }, { line: -1, character: -5 }, { line: 2 ** 31, character: 2 ** 31 }]) {
      const what = JSON.stringify(position);
      assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }), null, what);
      const links = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position })) as LocationLink[];
      assert.deepEqual(links.map((l) => [l.targetUri, l.targetRange.start.line, l.targetRange.start.character]).sort(), versions.map((v) => [v, 0, 0]).sort(), what);
      assert.deepEqual(await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: true } }), [], what);
      assert.equal((await client.connection.sendRequest(CounterpartsRequest.type, { textDocument: { uri }, position })).segment, undefined, what);
    }
    // And in range, the sentence still goes to its translations.
    assert.equal(((await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: opened.position })) as LocationLink[]).filter((l) => l.targetRange.start.line > 0).length, 4);
  });

  it('answers a hover, a definition and the counterparts cancelled while the translations are read, then the same requests in full', async () => {
    const opened = await englishOpen();
    const client = opened.client;
    const { uri, position } = opened;
    const requests = [
      () => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }, source.token),
      () => client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position }, source.token),
      () => client.connection.sendRequest(CounterpartsRequest.type, { textDocument: { uri }, position }, source.token),
    ];
    let source = new CancellationTokenSource();
    for (const send of requests) {
      source = new CancellationTokenSource();
      const pending = settle(send());
      source.cancel();
      const outcome = await pending;
      assert.ok(outcome.error ? outcome.error.code === LSPErrorCodes.RequestCancelled : true, String(outcome.error));
    }
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    assert.match((hover?.contents as MarkupContent).value, /Translations of this sentence/);
    const links = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position })) as LocationLink[];
    assert.equal(links.length, 4);
    assert.deepEqual(client.stderr.filter((s) => /Uncaught|Unhandled/.test(s)), []);
  });

  it('leaves out of the hover and the definition a translation deleted without a notification', async () => {
    // Deleted after the index listed it and before the English opens: once the English is open,
    // the server reads its translations in the background, and one read before the deletion
    // is rightly kept (nothing said it changed), which would make the test a race. So would the
    // hover warm-up, which reads the versions of the largest indexed translation as soon as the
    // index has learned: a larger document of its own keeps it away from this one.
    const opened = await englishOpen((versions) => fs.rmSync(URI.parse(versions[1]).fsPath), addWarmUpTarget);
    const client = opened.client;
    const { uri, position, versions } = opened;
    const links = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position })) as LocationLink[];
    assert.deepEqual(links.map((l) => l.targetUri).sort(), [versions[0], versions[2], versions[3]].sort());
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    assert.doesNotMatch((hover?.contents as MarkupContent).value, /\| \[fi-FI\]\([^)]*\)[^|]*\| [^*]/);
  });
});

/**
 * Writes, in every version of the sample, a document with twice the segments of sync-files.md
 * (its body twice), so that the hover warm-up picks it and reads none of sync-files' versions.
 */
function addWarmUpTarget(root: string): void {
  for (const folder of fs.readdirSync(root).filter((d) => d.startsWith('contoso-docs'))) {
    const text = fs.readFileSync(path.join(root, folder, 'articles', 'sync-files.md'), 'utf8');
    const body = text.slice(text.indexOf('\n---', 3) + 4);
    fs.writeFileSync(path.join(root, folder, 'articles', 'warm-up-target.md'), text + body);
  }
}
