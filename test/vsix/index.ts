import { runSuite } from '../vscode/index';

/** Entry point of the .vsix suite, run in code-server next to the installed extension. */
export function run(): Promise<void> {
  return runSuite(__dirname);
}
