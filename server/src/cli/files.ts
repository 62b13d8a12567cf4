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
  const links = new FolderLinks();
  const throughLink = new Map([...found].map((f) => [f, passesLink(f, folders, links)]));
  const order = [...named, ...found].sort((a, b) => Number(throughLink.get(a) ?? false) - Number(throughLink.get(b) ?? false) || (a < b ? -1 : a > b ? 1 : 0));
  const byRealFile = new Map<string, string>();
  for (const file of order) {
    const real = links.realFile(file);
    if (byRealFile.has(real)) continue;
    if (!named.has(file) && !options.followSymlinks && !inside(real)) continue;
    byRealFile.set(real, file);
  }
  return [...byRealFile.values()].sort();
}

/** True when a folder between the input folder holding the file and the file is a link. */
function passesLink(file: string, folders: readonly string[], links: FolderLinks): boolean {
  const folder = folders.find((f) => file.startsWith(f + path.sep));
  for (let dir = path.dirname(file); folder && dir.length > folder.length; dir = path.dirname(dir)) {
    if (links.isLink(dir)) return true;
  }
  return false;
}

/**
 * What the file system says of folders, asked once per folder: a tree of thousands of files
 * in a few hundred folders otherwise had every folder above every file `lstat`ed again, for
 * each file (`realpathSync` walks the whole path, and a file's folders were walked for links).
 */
class FolderLinks {
  private readonly links = new Map<string, boolean>();
  private readonly realFolders = new Map<string, string | undefined>();

  isLink(dir: string): boolean {
    let link = this.links.get(dir);
    if (link === undefined) {
      link = fs.lstatSync(dir, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
      this.links.set(dir, link);
    }
    return link;
  }

  /**
   * The file's path with every link resolved, as `realPath` gives it: a file that is not a link
   * itself lies in its folder's real path, resolved once per folder.
   */
  realFile(file: string): string {
    const stat = fs.lstatSync(file, { throwIfNoEntry: false });
    if (!stat || stat.isSymbolicLink()) return realPath(file);
    const dir = path.dirname(file);
    let real = this.realFolders.get(dir);
    if (!this.realFolders.has(dir)) {
      real = tryRealPath(dir);
      this.realFolders.set(dir, real);
    }
    return real === undefined ? realPath(file) : path.join(real, path.basename(file));
  }
}

/** The path with every link resolved; the path itself when it cannot be resolved (the reader then says why). */
function realPath(p: string): string {
  return tryRealPath(p) ?? p;
}

function tryRealPath(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
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
