/**
 * Installs the packaged extension (sxs-docs.vsix, from `npm run package`) into a fresh
 * code-server with `--install-extension` and runs a suite that sees it activate.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sampleWorkspace } from '../support/sampleWorkspace';
import { ensureCodeServer, startWorkbench, type Workbench } from './workbench';

const ROOT = path.resolve(__dirname, '../../..');
const RESULTS = path.join(ROOT, 'test-results');

async function main(): Promise<number> {
  const vsix = path.join(ROOT, 'sxs-docs.vsix');
  if (!fs.existsSync(vsix)) {
    console.error('sxs-docs.vsix is missing: run `npm run package` first.');
    return 1;
  }
  const entry = ensureCodeServer();
  const extensionsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-vsix-ext-'));
  const install = spawnSync(process.execPath, [entry, '--extensions-dir', extensionsDir, '--install-extension', vsix], { encoding: 'utf8' });
  console.log(install.stdout.trim());
  if (install.status !== 0) {
    console.error(install.stderr);
    return 1;
  }
  const resultsFile = path.join(RESULTS, 'vsix.json');
  fs.rmSync(resultsFile, { force: true });
  let workbench: Workbench | undefined;
  try {
    workbench = await startWorkbench({
      workspace: sampleWorkspace(),
      extensionDevelopmentPath: path.join(ROOT, 'test/fixtures/probe-extension'),
      extensionTestsPath: path.join(ROOT, 'out/test/vsix/index.js'),
      extensionsDir,
      env: { SXS_TEST_RESULTS: resultsFile },
      screenshotsDir: RESULTS,
    });
    const outcome = await workbench.waitForFile<{ passes: { title: string }[]; failures: { title: string; error?: string }[] }>(resultsFile, 5 * 60_000);
    for (const p of outcome.passes) console.log(`  ✔ ${p.title}`);
    for (const f of outcome.failures) console.log(`  ✘ ${f.title}\n${f.error ?? ''}`);
    return outcome.failures.length === 0 && outcome.passes.length > 0 ? 0 : 1;
  } catch (e) {
    console.error(`The .vsix suite did not complete: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    await workbench?.close();
    fs.rmSync(extensionsDir, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));
