/**
 * Runs the real-VS Code suite in a desktop VS Code downloaded by @vscode/test-electron,
 * for machines with internet access (contributors, users' CI). On machines without it,
 * `npm run test:vscode` runs the same suite in code-server.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { sampleWorkspace } from '../support/sampleWorkspace';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  const workspace = sampleWorkspace();
  try {
    await runTests({
      version: process.env.SXS_VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out/test/vscode/index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
