import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import { UsageError } from './options';

const IGNORED = ['**/node_modules/**', '**/.git/**'];

/**
 * The Markdown files the inputs name: a file as it is, a folder's `*.md` and `*.markdown`
 * (recursively), a glob's matches. Sorted, without duplicates, absolute.
 */
export function expandInputs(inputs: readonly string[], cwd: string): string[] {
  const files = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const stat = fs.statSync(absolute, { throwIfNoEntry: false });
    if (stat?.isFile()) {
      files.add(absolute);
      continue;
    }
    const pattern = stat?.isDirectory() ? `${toGlobPath(path.relative(cwd, absolute) || '.')}/**/*.{md,markdown}` : input;
    const matches = globSync(pattern, { cwd, absolute: true, ignore: IGNORED, onlyFiles: true, dot: false });
    if (matches.length === 0 && !stat) throw new UsageError(`Nothing matches "${input}".`);
    for (const m of matches) files.add(path.normalize(m));
  }
  return [...files].sort();
}

/** Globs use forward slashes, and their special characters in a folder name must not match. */
function toGlobPath(p: string): string {
  return p.split(path.sep).join('/').replace(/[*?[\]{}()!]/g, '\\$&');
}
