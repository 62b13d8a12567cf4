import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const DEFAULT_DEADLINE = 20_000;

/** The first workspace folder: a throwaway copy of the sample workspace. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The tests need a workspace folder (a copy of samples/workspace).');
  return folder.uri;
}

export function sampleUri(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...segments);
}

/** Rejects when `promise` has not settled by the deadline. */
export function withDeadline<T>(promise: Thenable<T>, what: string, ms = DEFAULT_DEADLINE): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/** Waits for the diagnostics of `uri` to satisfy `accept` (checking the current ones first). */
export function waitForDiagnostics(uri: vscode.Uri, accept: (d: readonly vscode.Diagnostic[]) => boolean, ms = DEFAULT_DEADLINE): Promise<readonly vscode.Diagnostic[]> {
  return withDeadline(
    new Promise<readonly vscode.Diagnostic[]>((resolve) => {
      const check = () => {
        const current = vscode.languages.getDiagnostics(uri);
        if (accept(current)) {
          listener.dispose();
          resolve(current);
          return true;
        }
        return false;
      };
      const listener = vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => u.toString() === uri.toString())) check();
      });
      check();
    }),
    `diagnostics of ${uri.fsPath}`,
    ms,
  );
}

/** Opens the document in an editor and waits for the server's first diagnostics of it. */
export async function openAndCheck(uri: vscode.Uri): Promise<{ editor: vscode.TextEditor; diagnostics: readonly vscode.Diagnostic[] }> {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => x.source === 'sxs-docs'));
  return { editor, diagnostics };
}

/** What the code-server runner can do in the browser for a test (see test/runner/browserRequests.ts). */
export type BrowserRequest =
  | { readonly kind: 'screenshot'; readonly name: string; readonly waitFor?: string; readonly clip?: string }
  /** The inner texts of the elements matching `selector` in the workbench page, after waiting for one to be visible. */
  | { readonly kind: 'pageText'; readonly selector: string }
  /** Texts (and classes) of the elements matching `selector` in the preview webview, after waiting for one to exist. */
  | { readonly kind: 'webviewQuery'; readonly selector: string }
  /** Clicks the `index`th element matching `selector` in the preview webview. */
  | { readonly kind: 'webviewClick'; readonly selector: string; readonly index?: number }
  /** Evaluates an expression in the preview webview and returns its JSON value. */
  | { readonly kind: 'webviewEval'; readonly expression: string }
  /** Clicks the first element matching `selector` in the workbench page (a quick pick item, say), waiting for it. */
  | { readonly kind: 'pageClick'; readonly selector: string }
  /** Waits (in the browser, each animation frame) until the expression is truthy in the preview webview. */
  | { readonly kind: 'webviewWait'; readonly expression: string; readonly timeout?: number }
  /** Waits until the expression is truthy in the workbench page (re-evaluated on each DOM change). */
  | { readonly kind: 'pageWait'; readonly expression: string; readonly timeout?: number };

let requestCounter = 0;

/**
 * Asks the code-server runner to act in the browser and waits for its answer. Undefined
 * when no runner answers requests (under @vscode/test-electron).
 */
export async function browserRequest<T>(request: BrowserRequest, ms = DEFAULT_DEADLINE): Promise<T | undefined> {
  const dir = process.env.SXS_SCREENSHOT_REQUESTS;
  if (!dir) return undefined;
  fs.mkdirSync(dir, { recursive: true });
  const id = `${process.pid}-${++requestCounter}`;
  const response = path.join(dir, `${id}.response`);
  const answered = new Promise<T>((resolve, reject) => {
    const check = () => {
      if (!fs.existsSync(response)) return;
      watcher.close();
      const answer = JSON.parse(fs.readFileSync(response, 'utf8')) as { ok: boolean; value?: T; error?: string };
      if (answer.ok) resolve(answer.value as T);
      else reject(new Error(`The browser could not ${request.kind}: ${answer.error}`));
    };
    const watcher = fs.watch(dir, check);
    check();
  });
  // Written whole, then renamed, so the runner never reads half a request.
  const file = path.join(dir, `${id}.request`);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify({ id, ...request }));
  fs.renameSync(`${file}.tmp`, file);
  return withDeadline(answered, `the browser to ${request.kind}`, ms);
}

/**
 * Asks the runner for a screenshot of the workbench (code-server only) and waits until it is
 * taken; `waitFor` is a CSS selector the runner first waits to see (a hover widget, say);
 * `clip` a CSS selector of the part of the window to keep (the editor, say).
 */
export async function screenshot(name: string, options: { waitFor?: string; clip?: string } = {}): Promise<void> {
  await browserRequest({ kind: 'screenshot', name, waitFor: options.waitFor, clip: options.clip });
}

/** The text of a hover's contents, joined. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** A diagnostic's code as a string: VS Code makes it `{ value, target }` when the diagnostic links its rule's entry (codeDescription). */
export function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}
