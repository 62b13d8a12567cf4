import * as path from 'node:path';
import type { BenchContext, Figure, Measurement } from '../measure';
import { runInWorkbench } from '../workbenchRun';

interface ActivationResult {
  readonly wasActive: boolean;
  readonly openMs: number;
  readonly diagnosticsMs: number;
}

/** The localized file opened, as it stands in the sample workspace. */
const SAMPLE = 'contoso-docs-pr.ro-RO/articles/sync-files.md';

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
    const { result: r, version } = await runInWorkbench<ActivationResult>(context, {
      name: 'activation',
      files: { [SAMPLE]: path.join(context.root, 'samples/workspace', SAMPLE) },
      script: 'activation',
      ms: 180_000,
    });
    context.log(`activation: VS Code ${version}; the extension was ${r.wasActive ? 'already' : 'not yet'} active when the file opened`);
    return [
      { key: 'activation.firstDiagnosticsMs', label: 'open a localized file to its first diagnostics (activation, server start, check)', value: r.diagnosticsMs, unit: 'ms', baseline: { label: 'VS Code showing the file', value: r.openMs } },
    ] satisfies Figure[];
  },
};
