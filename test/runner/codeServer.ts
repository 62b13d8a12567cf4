/**
 * Runs the real-VS Code suite inside code-server (VS Code 1.100 served to headless
 * Chromium), as ../shared/docs/VSCODE-TESTING.md describes: the extension is loaded as a
 * development extension and the mocha suite runs in the real extension host. The suite
 * writes its outcome to a file; this runner waits for it (with a deadline), answers the
 * suite's screenshot requests, and exits non-zero on any failure or when no outcome comes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fingerprintChanges, sampleWorkspace, samplesFingerprint } from '../support/sampleWorkspace';
import { startWorkbench, type Workbench } from './workbench';

const ROOT = path.resolve(__dirname, '../../..');
const RESULTS = path.join(ROOT, 'test-results');
const DEADLINE_MS = Number(process.env.SXS_VSCODE_DEADLINE_MS ?? 10 * 60_000);

interface Outcome {
  passes: { title: string }[];
  failures: { title: string; error?: string }[];
}

async function main(): Promise<number> {
  fs.mkdirSync(RESULTS, { recursive: true });
  const resultsFile = path.join(RESULTS, 'vscode.json');
  fs.rmSync(resultsFile, { force: true });
  let workbench: Workbench | undefined;
  try {
    workbench = await startWorkbench({
      workspace: sampleWorkspace(),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(ROOT, 'out/test/vscode/index.js'),
      env: { SXS_TEST_RESULTS: resultsFile },
      screenshotsDir: RESULTS,
    });
    const outcome = await workbench.waitForFile<Outcome>(resultsFile, DEADLINE_MS);
    await workbench.screenshot('workbench');
    for (const p of outcome.passes) console.log(`  ✔ ${p.title}`);
    for (const f of outcome.failures) console.log(`  ✘ ${f.title}\n${indent(f.error ?? '')}`);
    console.log(`\n  ${outcome.passes.length} passing, ${outcome.failures.length} failing (in VS Code ${workbench.version})`);
    return outcome.failures.length === 0 && outcome.passes.length > 0 ? 0 : 1;
  } catch (e) {
    console.error(`The VS Code suite did not complete: ${e instanceof Error ? e.message : String(e)}`);
    if (workbench) {
      await workbench.screenshot('workbench-failure').catch(() => undefined);
      console.error(workbench.serverLog().slice(-4000));
    }
    return 1;
  } finally {
    await workbench?.close();
  }
}

function indent(s: string): string {
  return s
    .split('\n')
    .map((l) => `      ${l}`)
    .join('\n');
}

// The suite runs on a copy; a test that reached the repository's samples/ and wrote there fails the run.
const samplesBefore = samplesFingerprint();
main().then((code) => {
  const changes = fingerprintChanges(samplesBefore, samplesFingerprint());
  if (changes.length) console.error(`A test wrote into samples/ (the suite must work on its copy):\n  ${changes.join('\n  ')}`);
  process.exit(changes.length ? 1 : code);
});
