import * as fs from 'node:fs';
import * as path from 'node:path';
import { expandInputs } from '../../server/src/cli/files';

/** The real corpus: `SXS_CORPUS`, or `../shared/corpus` beside the project. */
export function corpusRoot(): string | undefined {
  const root = process.env.SXS_CORPUS ?? path.resolve(__dirname, '../../../../shared/corpus');
  return fs.existsSync(root) ? root : undefined;
}

/** Every Markdown file under a folder, sorted: the command line's own walk of a folder. */
export function markdownFiles(root: string): string[] {
  return expandInputs([root], root);
}

/** Skips the suite (and says so) when the corpus is absent. */
export function withCorpus(suite: Mocha.Suite): string | undefined {
  const root = corpusRoot();
  if (!root) {
    suite.beforeAll(function () {
      console.log('    (skipped: the corpus is not at ../shared/corpus and SXS_CORPUS is not set)');
      this.skip();
    });
  }
  return root;
}

/** The corpus's root for one test, which is skipped (and says so) when the corpus is absent. */
export function corpusOrSkip(test: Mocha.Context): string {
  const root = corpusRoot();
  if (!root) {
    console.log('    (skipped: the corpus is not at ../shared/corpus and SXS_CORPUS is not set)');
    test.skip();
  }
  return root!;
}

/** The largest Markdown file under a folder (by bytes; the first in order among equals). */
export function largestMarkdownFile(root: string): string {
  return markdownFiles(root).reduce((a, b) => (fs.statSync(a).size >= fs.statSync(b).size ? a : b));
}
