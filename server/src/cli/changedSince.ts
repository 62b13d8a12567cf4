import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { DocumentSelection } from './runTypes';
import { UsageError } from './options';

/**
 * `--changed-since <ref>`: the files that differ between the ref and the working tree, read
 * from the `git` command. The ref is compared from where the branch left it (their merge
 * base, as a pull request's diff is), so that what changed on the ref's side since does not
 * count. Staged, unstaged and untracked files count; deleted and renamed-away files too,
 * since the other versions of their document depend on them.
 */
export function changedFiles(ref: string, cwd: string): string[] {
  const top = git(['rev-parse', '--show-toplevel'], cwd, () => `--changed-since needs a git repository, and ${cwd} is not in one.`).trim();
  git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd, () => `--changed-since: "${ref}" is not a commit, branch or tag of this repository (fetch it first in a shallow CI clone: git fetch origin ${ref}).`);
  const base = tryGit(['merge-base', ref, 'HEAD'], cwd)?.trim() || ref;
  const diff = git(['diff', '--name-only', '-z', '--no-renames', base, '--'], top, () => `--changed-since: git could not compare with "${ref}".`);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], top, () => 'git could not list the untracked files.');
  const files = new Set<string>();
  for (const name of [...diff.split('\0'), ...untracked.split('\0')]) if (name) files.add(path.resolve(top, name));
  return [...files].sort();
}

/**
 * The documents a change touches: those with a changed file among their versions, or whose
 * English (or another version outside the inputs) changed. Their other versions are checked
 * with them, since the checks across locales compare the versions of a document.
 */
export function changedDocuments(changed: readonly string[]): DocumentSelection {
  const files = new Set(changed.map((f) => path.normalize(f)));
  return (documents, keyOf) => {
    const keys = new Set([...files].map(keyOf));
    return documents.filter((d) => keys.has(d.key) || d.files.some((f) => files.has(f)));
  };
}

function git(args: readonly string[], cwd: string, failure: () => string): string {
  const out = tryGit(args, cwd);
  if (out === undefined) throw new UsageError(failure());
  return out;
}

function tryGit(args: readonly string[], cwd: string): string | undefined {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error) throw new UsageError(`--changed-since runs git, which could not be started: ${r.error.message}`);
  return r.status === 0 ? r.stdout : undefined;
}
