import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startWorkbench, type Workbench } from '../runner/workbench';
import type { BenchContext } from './measure';

export interface WorkbenchRun {
  /** Names the results file and the throwaway workspace. */
  readonly name: string;
  /** The workspace's files: path in the workspace → the file copied there. */
  readonly files: Readonly<Record<string, string>>;
  /** The script run in the extension host (`out/test/bench/vscode/<script>.js`); it writes SXS_TEST_RESULTS. */
  readonly script: string;
  readonly env?: Readonly<Record<string, string>>;
  /** How long the script may take. */
  readonly ms: number;
}

/**
 * Runs a bench script in the real VS Code (code-server in headless Chromium) on a throwaway
 * workspace outside the project made of copied files, and returns what the script wrote,
 * with the VS Code version. The workspace and the workbench are gone afterwards.
 */
export async function runInWorkbench<T>(context: BenchContext, run: WorkbenchRun): Promise<{ result: T; version: string }> {
  const results = path.join(context.resultsDir, `${run.name}.json`);
  fs.rmSync(results, { force: true });
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), `sxs-bench-${run.name}-`));
  for (const [to, from] of Object.entries(run.files)) {
    fs.mkdirSync(path.dirname(path.join(workspace, to)), { recursive: true });
    fs.copyFileSync(from, path.join(workspace, to));
  }
  let workbench: Workbench | undefined;
  try {
    workbench = await startWorkbench({
      workspace,
      extensionDevelopmentPath: context.root,
      extensionTestsPath: path.join(context.root, `out/test/bench/vscode/${run.script}.js`),
      env: { ...run.env, SXS_TEST_RESULTS: results },
      screenshotsDir: context.resultsDir,
    });
    return { result: await workbench.waitForFile<T>(results, run.ms), version: workbench.version };
  } finally {
    await workbench?.close();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}
