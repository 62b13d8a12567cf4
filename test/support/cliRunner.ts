import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const CLI_BUNDLE = path.resolve(__dirname, '../../../dist/cli.js');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `sxs-docs` command in a folder, as a CI job would (no terminal); `as`: another user's id. */
export function runCli(args: readonly string[], cwd: string, as?: { uid: number; gid: number }): CliRun {
  const r = spawnSync(process.execPath, [CLI_BUNDLE, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, ...as });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A throwaway folder holding the given files (path → text or bytes). */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-cli-'));
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return root;
}

/** Running as root, which permissions do not stop. */
export const IS_ROOT = process.getuid?.() === 0;

/**
 * Who a permission test runs the command as: as root, the `nobody` user (whom permissions do
 * stop); otherwise the current user. The tree is made readable to it.
 */
export function unprivileged(root: string): { uid: number; gid: number } | undefined {
  if (!IS_ROOT) return undefined;
  const walk = (p: string) => {
    fs.chmodSync(p, fs.statSync(p).isDirectory() ? 0o777 : 0o666);
    if (fs.statSync(p).isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
  };
  walk(root);
  return { uid: 65534, gid: 65534 };
}
