import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import { UsageError } from './options';

const IGNORED = ['**/node_modules/**', '**/.git/**'];

/**
 * The Markdown files the inputs name: a file as it is, a folder's `*.md` and `*.markdown`
 * (recursively), a glob's matches. Sorted, absolute, and each real file once: a file reached
 * through several paths (a folder linked into another, a link in a loop) is checked under the
 * first. A link that leads out of the input folders is not followed unless `followSymlinks`.
 */
export function expandInputs(inputs: readonly string[], cwd: string, options: { followSymlinks?: boolean } = {}): string[] {
  const named = new Set<string>();
  const found = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const stat = fs.statSync(absolute, { throwIfNoEntry: false });
    if (stat?.isFile()) {
      named.add(absolute);
      continue;
    }
    const pattern = stat?.isDirectory() ? `${toGlobPath(path.relative(cwd, absolute) || '.')}/**/*.{md,markdown}` : input;
    const matches = globSync(pattern, { cwd, absolute: true, ignore: IGNORED, onlyFiles: true, dot: false });
    if (matches.length === 0 && !stat) {
      // A link whose target is gone is named as such, not as a path that matches nothing.
      if (fs.lstatSync(absolute, { throwIfNoEntry: false })?.isSymbolicLink()) throw new UsageError(`"${input}" is a link to ${fs.readlinkSync(absolute)}, which does not exist.`);
      throw new UsageError(`Nothing matches "${input}".`);
    }
    for (const m of matches) found.add(path.normalize(m));
  }
  const folders = inputFolders(inputs, cwd);
  const roots = folders.map(realPath);
  const inside = (real: string) => roots.some((root) => real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
  // A file's own path first, before the paths through links to its folder.
  const throughLink = new Map([...found].map((f) => [f, passesLink(f, folders)]));
  const order = [...named, ...found].sort((a, b) => Number(throughLink.get(a) ?? false) - Number(throughLink.get(b) ?? false) || (a < b ? -1 : a > b ? 1 : 0));
  const byRealFile = new Map<string, string>();
  for (const file of order) {
    const real = realPath(file);
    if (byRealFile.has(real)) continue;
    if (!named.has(file) && !options.followSymlinks && !inside(real)) continue;
    byRealFile.set(real, file);
  }
  return [...byRealFile.values()].sort();
}

/** True when a folder between the input folder holding the file and the file is a link. */
function passesLink(file: string, folders: readonly string[]): boolean {
  const folder = folders.find((f) => file.startsWith(f + path.sep));
  for (let dir = path.dirname(file); folder && dir.length > folder.length; dir = path.dirname(dir)) {
    if (fs.lstatSync(dir, { throwIfNoEntry: false })?.isSymbolicLink()) return true;
  }
  return false;
}

/** The path with every link resolved; the path itself when it cannot be resolved (the reader then says why). */
function realPath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
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
