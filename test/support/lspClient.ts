import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  ExitNotification,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgress,
  WorkDoneProgressCreateRequest,
  type ProgressToken,
  type WorkDoneProgressBegin,
  type WorkDoneProgressEnd,
  type WorkDoneProgressReport,
  type ClientCapabilities,
  type NotificationType,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { IndexProgressNotification } from '#protocol';

/**
 * Registers an `afterEach` that stops every client started through the returned function during
 * the test, so a suite neither leaks a server nor repeats the clean-up.
 */
export function testClients(): (args?: string[], nodeArgs?: readonly string[]) => TestClient {
  const started: TestClient[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((client) => client.stop()));
  });
  return (args, nodeArgs) => {
    const client = new TestClient(args, nodeArgs);
    started.push(client);
    return client;
  };
}

export const SERVER_BUNDLE = path.resolve(__dirname, '../../../dist/server.js');

/** Waits for a condition on events, up to a deadline; never sleeps a fixed time. */
export function deadline<T>(ms: number, what: string, setup: (resolve: (value: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
    setup((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

/**
 * Drives the built server over stdio as an editor does: the real bundle, the real protocol.
 */
export class TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  readonly stderr: string[] = [];
  readonly log: string[] = [];
  /** Work-done progress the server reported, with its token, in order. */
  readonly workDone: { token: ProgressToken; value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd }[] = [];
  /** `window/showMessage` notifications, in order. */
  readonly messages: { type: number; message: string }[] = [];
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters = new Set<() => void>();
  private readonly notificationListeners = new Map<string, Set<(params: unknown) => void>>();

  /** `args` go to the server; `nodeArgs` to Node before it (`--cpu-prof`, which NODE_OPTIONS does not take). */
  constructor(args: string[] = ['--stdio'], nodeArgs: readonly string[] = []) {
    this.process = spawn(process.execPath, [...nodeArgs, SERVER_BUNDLE, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (d) => this.stderr.push(String(d)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
      for (const wake of [...this.waiters]) wake();
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.log.push(params.message);
    });
    this.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      this.messages.push(params);
      for (const wake of [...this.waiters]) wake();
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, (params) => {
      this.connection.onProgress(WorkDoneProgress.type, params.token, (value) => {
        this.workDone.push({ token: params.token, value });
        for (const wake of [...this.waiters]) wake();
      });
    });
    this.connection.listen();
  }

  /** Resolves with the first notification of its type from now on (not diagnostics or log messages) whose params satisfy `accept`. */
  waitForNotification<P>(type: NotificationType<P>, accept: (params: P) => boolean = () => true, ms = 20_000): Promise<P> {
    const method = type.method;
    let listeners = this.notificationListeners.get(method);
    if (!listeners) {
      const set = new Set<(params: unknown) => void>();
      this.notificationListeners.set(method, (listeners = set));
      this.connection.onNotification(method, (params: unknown) => {
        for (const listener of [...set]) listener(params);
      });
    }
    const all = listeners;
    return deadline(ms, `the notification ${method}`, (resolve) => {
      const listener = (params: unknown) => {
        if (!accept(params as P)) return;
        all.delete(listener);
        resolve(params as P);
      };
      all.add(listener);
    });
  }

  /** What the client answers to `workspace/configuration`. */
  settings: unknown = {};

  async initialize(capabilities: ClientCapabilities = { workspace: { configuration: true } }, initializationOptions?: unknown, workspaceFolders: string[] | null = null, locale?: string) {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      locale,
      capabilities,
      initializationOptions,
      workspaceFolders: workspaceFolders && workspaceFolders.map((uri) => ({ uri, name: uri.slice(uri.lastIndexOf('/') + 1) })),
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /**
   * Initializes with `folder` as the workspace and resolves once its locale index is ready
   * (`sxs/indexProgress` state `ready`), with the initialize result.
   */
  async initializeIndexed(folder: string, capabilities: ClientCapabilities = {}, ms = 20_000) {
    const ready = this.waitForNotification(IndexProgressNotification.type, (p) => p.state === 'ready', ms);
    const result = await this.initialize({ workspace: { configuration: true }, ...capabilities }, undefined, [URI.file(folder).toString()]);
    await ready;
    return result;
  }

  /** Opens the file on disk as the editor would, and says its URI and text. */
  async openFile(file: string): Promise<{ uri: string; text: string }> {
    const text = fs.readFileSync(file, 'utf8');
    const uri = URI.file(file).toString();
    await this.open(uri, text);
    return { uri, text };
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  /** Resolves with the first diagnostics for `uri` that satisfy `accept`, including ones that already arrived. */
  waitForDiagnostics(uri: string, accept: (d: Diagnostic[], version?: number) => boolean = () => true, ms = 10_000): Promise<Diagnostic[]> {
    return deadline(ms, `diagnostics for ${uri}`, (resolve) => {
      const check = () => {
        const p = this.diagnostics.get(uri);
        if (p && accept(p.diagnostics, p.version)) {
          this.waiters.delete(check);
          resolve(p.diagnostics);
        }
      };
      this.waiters.add(check);
      check();
    });
  }

  /** Resolves once a `window/showMessage` satisfies `accept`. */
  waitForMessage(accept: (message: string) => boolean, ms = 10_000): Promise<string> {
    return deadline(ms, 'a message to the user', (resolve) => {
      const check = () => {
        const m = this.messages.find((x) => accept(x.message));
        if (m) {
          this.waiters.delete(check);
          resolve(m.message);
        }
      };
      this.waiters.add(check);
      check();
    });
  }

  /** Resolves with the first work-done progress (from any token, arrived already or not) that satisfies `accept`. */
  waitForWorkDone(accept: (value: TestClient['workDone'][number]) => boolean, ms = 20_000): Promise<TestClient['workDone'][number]> {
    return deadline(ms, 'work-done progress', (resolve) => {
      const check = () => {
        const found = this.workDone.find(accept);
        if (found) {
          this.waiters.delete(check);
          resolve(found);
        }
      };
      this.waiters.add(check);
      check();
    });
  }

  /** Sends the document's whole new text (what a server that asks for full sync gets). */
  change(uri: string, text: string, version: number): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Sends the changes alone, as VS Code does to a server that asks for incremental sync. */
  changeRanges(uri: string, version: number, changes: readonly { range: Range; text: string }[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  /** Shuts the server down politely, and kills it when it does not answer in time. */
  async stop(): Promise<void> {
    if (this.process.exitCode === null && this.process.signalCode === null) {
      const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
      try {
        await deadline(3_000, 'the server to shut down', (resolve) => {
          void this.connection
            .sendRequest(ShutdownRequest.type)
            .then(() => this.connection.sendNotification(ExitNotification.type))
            .then(() => exited)
            .then(resolve, resolve);
        });
      } catch {
        // It did not answer: kill it below.
      }
    }
    this.connection.dispose();
    if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill('SIGKILL');
  }
}
