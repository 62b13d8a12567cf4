import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sampleWorkspace } from '../support/sampleWorkspace';

const ROOT = path.resolve(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist/server.js');
const SCRIPT = path.join(ROOT, 'test/neovim/client.lua');
/** A copy of the sample workspace, as committed: Neovim never opens the repository's samples/. */
const WORKSPACE = sampleWorkspace();
const DEADLINE_MS = 30_000;

interface Received {
  readonly publishes: { uri: string; diagnostics: { code: string; message: string; line: number; source: string }[] }[];
  readonly hover: { contents: { kind: string; value: string } | string } | null;
  readonly errors: string[];
}

function hasNeovim(): boolean {
  return spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Runs the Lua client in a headless Neovim on one file; resolves with what it wrote. */
function runNeovim(file: string, hoverAt: string, waitCode: string): Promise<Received> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-nvim-'));
  const out = path.join(dir, 'received.json');
  const env = { ...process.env, SXS_SERVER: SERVER, SXS_ROOT: WORKSPACE, SXS_FILE: file, SXS_NVIM_OUT: out, SXS_HOVER_AT: hoverAt, SXS_WAIT_CODE: waitCode, SXS_DEADLINE_MS: String(DEADLINE_MS), XDG_STATE_HOME: dir, XDG_DATA_HOME: dir };
  // -n: no swap file next to the sample; -i NONE: no shada; -u NONE: none of the user's configuration.
  const nvim = spawn('nvim', ['--headless', '-n', '-i', 'NONE', '-u', 'NONE', '-c', `luafile ${SCRIPT}`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  nvim.stderr.on('data', (d) => (stderr += String(d)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      nvim.kill('SIGKILL');
      reject(new Error(`Neovim did not finish in ${3 * DEADLINE_MS} ms: ${stderr}`));
    }, 3 * DEADLINE_MS);
    nvim.on('exit', () => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(fs.readFileSync(out, 'utf8')) as Received);
      } catch (e) {
        reject(new Error(`Neovim wrote nothing (${e instanceof Error ? e.message : String(e)}): ${stderr}`));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

describe('Neovim: the language server on its own (sxs-docs-server --stdio) with a second LSP client', function () {
  before(function () {
    if (!fs.existsSync(SERVER)) throw new Error('dist/server.js is missing: run `npm run build` first.');
    if (hasNeovim()) return;
    if (process.env.CI) throw new Error('nvim is not installed (.ci/run installs Debian\'s neovim).');
    console.log('    (skipped: nvim is not installed; `apt-get install neovim` to run these tests)');
    this.skip();
  });

  it('publishes the diagnostics of a localized file, including a cross-locale one from the locale index, and answers a hover', async () => {
    const file = path.join(WORKSPACE, 'contoso-docs-pr.ro-RO/articles/sync-files.md');
    const received = await runNeovim(file, 'păstrează', 'stale-translation');
    assert.deepEqual(received.errors, []);
    const mine = received.publishes.filter((p) => p.uri.endsWith('/contoso-docs-pr.ro-RO/articles/sync-files.md'));
    const last = mine[mine.length - 1];
    assert.ok(last, 'no diagnostics for the file');
    const codes = new Set(last.diagnostics.map((d) => d.code));
    // The sample's Romanian defects: an id mismatch, an empty link text, a changed placeholder; stale against the English.
    for (const code of ['id-mismatch', 'link-text-empty', 'placeholder', 'stale-translation']) assert.ok(codes.has(code), `${code} in ${[...codes].join(', ')}`);
    assert.ok(last.diagnostics.every((d) => d.source === 'sxs-docs'));
    const placeholder = last.diagnostics.find((d) => d.code === 'placeholder')!;
    assert.match(placeholder.message, /\{SupportAlias\}/);

    const hover = received.hover;
    assert.ok(hover, 'no hover');
    const value = typeof hover.contents === 'string' ? hover.contents : hover.contents.value;
    assert.match(value, /Contoso Drive keeps a copy of your files on all your devices\./);
    assert.match(value, /e869d-104/);
  });
});
