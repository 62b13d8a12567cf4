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

/**
 * Asks the runner for a screenshot of the workbench (code-server only) and waits until it is
 * taken; `waitFor` is a CSS selector the runner first waits to see (a hover widget, say).
 * Under a runner that takes none, resolves at once.
 */
export async function screenshot(name: string, options: { waitFor?: string } = {}): Promise<void> {
  const dir = process.env.SXS_SCREENSHOT_REQUESTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  const done = path.join(dir, `${name}.done`);
  const watched = new Promise<void>((resolve) => {
    const watcher = fs.watch(dir, () => {
      if (fs.existsSync(done)) {
        watcher.close();
        resolve();
      }
    });
  });
  // Written whole, then renamed, so the runner never reads half a request.
  const request = path.join(dir, `${name}.request`);
  fs.writeFileSync(`${request}.tmp`, JSON.stringify({ name, waitFor: options.waitFor }));
  fs.renameSync(`${request}.tmp`, request);
  await withDeadline(watched, `the screenshot ${name}`);
}

/** The text of a hover's contents, joined. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}
