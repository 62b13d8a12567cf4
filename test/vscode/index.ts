import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { writeResults } from './results';

/** One test's outcome, as the runner reads it. */
export interface TestOutcome {
  readonly title: string;
  readonly error?: string;
}

/** Where the suite writes its outcome: `SXS_TEST_RESULTS`, or test-results/vscode.json. */
export function resultsFile(): string {
  return process.env.SXS_TEST_RESULTS ?? path.resolve(__dirname, '../../../test-results/vscode.json');
}

/**
 * Entry point that VS Code calls in the extension host (`extensionTestsPath`), from
 * `@vscode/test-electron` or from code-server. Runs the mocha suite and writes its outcome
 * to a file, since a browser-hosted workbench has no exit code to give.
 */
export function run(): Promise<void> {
  return runSuite(__dirname);
}

/** Runs the `*.test.js` files of a folder with mocha and writes the outcome to {@link resultsFile}. */
export async function runSuite(dir: string): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  const grep = process.env.SXS_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(dir, file));
  }
  const passes: TestOutcome[] = [];
  const failures: TestOutcome[] = [];
  const out = resultsFile();
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', (test) => passes.push({ title: test.fullTitle() }));
    runner.on('fail', (test, err: Error) => failures.push({ title: test.fullTitle(), error: err.stack ?? err.message }));
  });
  writeResults(out, { passes, failures });
  if (failures.length) throw new Error(`${failures.length} of ${passes.length + failures.length} tests failed`);
}
