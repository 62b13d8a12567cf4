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

/**
 * The folders the inputs lie in, for the locale index: a folder as it is, a file's folder, a
 * glob's folder before its first special character.
 */
export function inputFolders(inputs: readonly string[], cwd: string): string[] {
  const folders = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const stat = fs.statSync(absolute, { throwIfNoEntry: false });
    if (stat?.isDirectory()) folders.add(absolute);
    else if (stat?.isFile()) folders.add(path.dirname(absolute));
    else {
      const base = input.split(/[\\/]/).findIndex((part) => /[*?[\]{}()!]/.test(part));
      folders.add(path.resolve(cwd, ...input.split(/[\\/]/).slice(0, base === -1 ? undefined : base)));
    }
  }
  // A folder inside another one is indexed with it.
  return [...folders].filter((f) => ![...folders].some((g) => g !== f && f.startsWith(g + path.sep)));
}
