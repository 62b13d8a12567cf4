import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startWorkbench, type Workbench } from '../../runner/workbench';
import type { BenchContext, Figure, Measurement } from '../measure';

interface ActivationResult {
  readonly wasActive: boolean;
  readonly openMs: number;
  readonly diagnosticsMs: number;
}

/** The localized file opened, as it stands in the sample workspace. */
const SAMPLE = ['contoso-docs-pr.ro-RO', 'articles', 'sync-files.md'];

/**
 * In the real VS Code (code-server in headless Chromium): from opening a localized file, which
 * activates the extension and starts its server, to its first diagnostics; beside how long VS
 * Code took to show the file. The file is copied alone to a throwaway workspace: the whole
 * sample workspace activates the extension when the window opens (for its walkthrough), and
 * the extension would be running before the file is opened.
 */
export const activation: Measurement = {
  name: 'activation',
  description: 'extension activation to first diagnostics in the real VS Code (code-server)',
  async run(context: BenchContext) {
    const results = path.join(context.resultsDir, 'activation.json');
    fs.rmSync(results, { force: true });
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-bench-activation-'));
    fs.mkdirSync(path.join(workspace, ...SAMPLE.slice(0, -1)), { recursive: true });
    fs.copyFileSync(path.join(context.root, 'samples/workspace', ...SAMPLE), path.join(workspace, ...SAMPLE));
    let workbench: Workbench | undefined;
    try {
      workbench = await startWorkbench({
        workspace,
        extensionDevelopmentPath: context.root,
        extensionTestsPath: path.join(context.root, 'out/test/bench/vscode/activation.js'),
        env: { SXS_TEST_RESULTS: results },
        screenshotsDir: context.resultsDir,
      });
      const r = await workbench.waitForFile<ActivationResult>(results, 180_000);
      context.log(`activation: VS Code ${workbench.version}; the extension was ${r.wasActive ? 'already' : 'not yet'} active when the file opened`);
      return [
        { key: 'activation.firstDiagnosticsMs', label: 'open a localized file to its first diagnostics (activation, server start, check)', value: r.diagnosticsMs, unit: 'ms', baseline: { label: 'VS Code showing the file', value: r.openMs } },
      ] satisfies Figure[];
    } finally {
      await workbench?.close();
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  },
};
