// `npm start`: opens a fresh copy of the sample workspace with the extension loaded from this
// folder (a copy, as the walkthrough opens one: trying a quick fix must not change a tracked file).
// With a desktop `code` on the PATH: `code --extensionDevelopmentPath=<here> <copy>`.
// Otherwise: code-server (VS Code 1.100 in the browser) on 127.0.0.1, with the URL printed.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-docs-sample-'));
fs.cpSync(path.join(root, 'samples/workspace'), workspace, { recursive: true });
console.log(`A fresh copy of the sample workspace is in ${workspace}: edit it freely, the repository's samples/ stay as they are.`);
const useCodeServer = process.argv.includes('--code-server') || process.env.SXS_USE_CODE_SERVER === '1';

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

if (!useCodeServer && onPath('code')) {
  console.log(`Opening ${workspace} in VS Code with the extension from ${root}`);
  const child = spawn('code', [`--extensionDevelopmentPath=${root}`, workspace], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const cache = process.env.SXS_CODE_SERVER_DIR ?? path.join(root, '.vscode-test/code-server');
  if (!fs.existsSync(path.join(cache, '.installed-4.100.3'))) {
    console.log(`No desktop VS Code ('code') here: installing code-server 4.100.3 (VS Code in the browser) into ${cache}`);
    console.log('from the npm registry. This happens once and takes a few minutes; the next npm start begins at once.\n');
    const r = spawnSync('bash', [path.join(root, 'scripts/install-code-server.sh')], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const port = Number(process.env.PORT ?? 8080);
  const profile = path.join(root, '.vscode-test/start-profile');
  fs.mkdirSync(path.join(profile, 'User'), { recursive: true });
  const settings = path.join(profile, 'User/settings.json');
  if (!fs.existsSync(settings)) fs.writeFileSync(settings, JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off' }, null, 2));
  const entry = path.join(cache, 'node_modules/code-server/out/node/entry.js');
  const args = [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', profile, '--extensions-dir', path.join(profile, 'extensions'), workspace];
  // code-server logs harmless start-up errors (no extension gallery offline, no telemetry, a
  // missing keytar): they go to a log file, where they can be read when something is wrong.
  const logFile = path.join(root, '.vscode-test/start-code-server.log');
  const log = fs.openSync(logFile, 'w');
  console.log(`Starting code-server (its own messages go to ${path.relative(root, logFile)})…`);
  const server = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', log] });
  const payload = [['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${root}`]];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  let announced = false;
  server.stdout.on('data', (data) => {
    if (announced || !String(data).includes('HTTP server listening on')) return;
    announced = true;
    http.get(url, (res) => {
      res.resume();
      console.log(`\nSide-by-Side Docs is running in VS Code ${'1.100.3'} (code-server), on the sample workspace.`);
      console.log(`Open this URL in a browser on this machine (HTTP ${res.statusCode}):\n\n  ${url}\n`);
      console.log('Press Ctrl+C to stop.');
    }).on('error', (e) => console.error(`code-server does not answer: ${e.message}`));
  });
  const stop = () => server.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
}
