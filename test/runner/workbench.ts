import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { answerBrowserRequests } from './browserRequests';

const ROOT = path.resolve(__dirname, '../../..');
const CODE_SERVER_DIR = process.env.SXS_CODE_SERVER_DIR ?? path.join(ROOT, '.vscode-test/code-server');
const CODE_SERVER_VERSION = '4.100.3';
const CHROMIUM = process.env.SXS_CHROMIUM ?? '/usr/bin/chromium';

export interface WorkbenchOptions {
  /** A folder to open; it is copied first, so tests may change its files. */
  readonly workspace: string;
  readonly extensionDevelopmentPath?: string;
  readonly extensionTestsPath?: string;
  /** An extensions folder (for an installed .vsix); a fresh empty one by default. */
  readonly extensionsDir?: string;
  /** Environment for code-server and so for the extension host and the suite. */
  readonly env?: Record<string, string>;
  /** Where screenshots go. */
  readonly screenshotsDir: string;
  /** User settings of the throwaway profile. */
  readonly settings?: Record<string, unknown>;
}

export interface Workbench {
  readonly page: Page;
  readonly version: string;
  readonly workspace: string;
  readonly url: string;
  /** Resolves with the parsed JSON file once it exists; rejects at the deadline or when code-server dies. */
  waitForFile<T>(file: string, ms: number): Promise<T>;
  screenshot(name: string): Promise<string>;
  serverLog(): string;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const PROFILE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'window.commandCenter': false,
  'chat.commandCenter.enabled': false,
};

/** Installs code-server on first use (apt packages and npm only; see scripts/install-code-server.sh). */
export function ensureCodeServer(): string {
  const entry = path.join(CODE_SERVER_DIR, 'node_modules/code-server/out/node/entry.js');
  if (!fs.existsSync(path.join(CODE_SERVER_DIR, `.installed-${CODE_SERVER_VERSION}`))) {
    const r = spawnSync('bash', [path.join(ROOT, 'scripts/install-code-server.sh')], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('Installing code-server failed (scripts/install-code-server.sh).');
  }
  return entry;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves when `accept` returns true for the text a stream has produced so far. */
function waitForOutput(child: ChildProcess, log: string[], accept: (all: string) => boolean, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start within ${ms} ms`)), ms);
    const onData = () => {
      if (accept(log.join(''))) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited (${code}) before it was ready`));
    });
  });
}

/** Starts code-server on loopback with a throwaway profile and opens it in headless Chromium. */
export async function startWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const entry = ensureCodeServer();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-vscode-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(options.workspace, workspace, { recursive: true });
  const userData = path.join(tmp, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({ ...PROFILE_SETTINGS, ...options.settings }, null, 2));
  const extensionsDir = options.extensionsDir ?? path.join(tmp, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  const requests = path.join(tmp, 'screenshot-requests');
  fs.mkdirSync(requests, { recursive: true });

  const port = await freePort();
  const log: string[] = [];
  const server = spawn(
    process.execPath,
    [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--user-data-dir', userData, '--extensions-dir', extensionsDir, workspace],
    { env: { ...process.env, ...options.env, SXS_SCREENSHOT_REQUESTS: requests }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout.on('data', (d) => log.push(String(d)));
  server.stderr.on('data', (d) => log.push(String(d)));
  let browser: Browser | undefined;
  let watcher: fs.FSWatcher | undefined;
  const close = async () => {
    watcher?.close();
    await browser?.close().catch(() => undefined);
    if (server.exitCode === null) server.kill('SIGTERM');
    fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    await waitForOutput(server, log, (all) => all.includes('HTTP server listening on'), 60_000);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload: [string, string][] = [];
    if (options.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(options.extensionDevelopmentPath)]);
    if (options.extensionTestsPath) payload.push(['extensionTestsPath', remote(options.extensionTestsPath)]);
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}${payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`;
    await page.goto(url);

    const screenshot = async (name: string) => {
      fs.mkdirSync(options.screenshotsDir, { recursive: true });
      const file = path.join(options.screenshotsDir, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    };
    watcher = answerBrowserRequests(page, requests, options.screenshotsDir, (line) => log.push(`${line}\n`));

    const version = JSON.parse(fs.readFileSync(path.join(path.dirname(entry), '../../lib/vscode/package.json'), 'utf8')).version as string;
    return {
      page,
      version,
      workspace,
      url,
      screenshot,
      serverLog: () => log.join(''),
      close,
      waitForFile<T>(file: string, ms: number): Promise<T> {
        return new Promise<T>((resolve, reject) => {
          const dir = path.dirname(file);
          fs.mkdirSync(dir, { recursive: true });
          const finish = (error?: Error) => {
            clearTimeout(timer);
            fileWatcher.close();
            server.off('exit', onExit);
            if (error) return reject(error);
            try {
              resolve(JSON.parse(fs.readFileSync(file, 'utf8')) as T);
            } catch (e) {
              reject(new Error(`${path.basename(file)} is not the JSON the suite writes: ${e instanceof Error ? e.message : String(e)}`));
            }
          };
          const check = () => {
            if (fs.existsSync(file)) finish();
          };
          const onExit = (code: number | null) => finish(new Error(`code-server exited (${code}) before ${path.basename(file)} was written`));
          const timer = setTimeout(() => finish(new Error(`No ${path.basename(file)} within ${ms} ms: the suite never reported`)), ms);
          const fileWatcher = fs.watch(dir, check);
          server.on('exit', onExit);
          check();
        });
      },
    };
  } catch (e) {
    await close();
    throw e;
  }
}
