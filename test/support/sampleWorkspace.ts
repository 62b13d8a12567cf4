/**
 * The sample workspace for the tests that run on it, never in place: each gets a fresh copy in
 * the system's temporary folder, of the sample as committed (`git archive HEAD`), so that
 * neither a test nor a user trying something in `samples/` changes what another test sees.
 * Outside a git checkout (an unpacked release), the copy is of the folder as it is.
 */
import { spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
/** The repository's `samples/` folder: read by {@link samplesFingerprint} only. */
export const SAMPLES_DIR = path.join(ROOT, 'samples');
const WORKSPACE = 'samples/workspace';

let pristine: string | undefined;
/** The temporary folders made, removed when the process exits. */
const made: string[] = [];
process.once('exit', () => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

function tempFolder(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** The committed sample, extracted once per process; the working tree's when git has none. */
function committedSample(): string {
  if (pristine && fs.existsSync(pristine)) return pristine;
  const dir = tempFolder('sxs-sample-');
  const archive = spawnSync('git', ['archive', '--format=tar', 'HEAD', WORKSPACE], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
  const extracted = archive.status === 0 && archive.stdout.length > 0 && spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout }).status === 0;
  const from = path.join(dir, WORKSPACE);
  if (!extracted || !fs.existsSync(from)) fs.cpSync(path.join(ROOT, WORKSPACE), from, { recursive: true });
  pristine = from;
  return from;
}

/** A fresh copy of the sample workspace (its five locale folders) in a new temporary folder, removed when the process exits; the caller may change it freely. */
export function sampleWorkspace(): string {
  const copy = path.join(tempFolder('sxs-workspace-'), 'workspace');
  fs.cpSync(committedSample(), copy, { recursive: true });
  return copy;
}

/** Every file under `samples/` (relative path, mode and a hash of its bytes), to tell whether a test wrote there. */
export function samplesFingerprint(root = SAMPLES_DIR): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      const rel = path.relative(root, file);
      if (entry.isDirectory()) walk(file);
      else if (entry.isSymbolicLink()) out.set(rel, `link:${fs.readlinkSync(file)}`);
      else out.set(rel, `${(fs.statSync(file).mode & 0o777).toString(8)}:${crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')}`);
    }
  };
  if (fs.existsSync(root)) walk(root);
  return out;
}

/** The files added, removed or changed between two fingerprints. */
export function fingerprintChanges(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const changed: string[] = [];
  for (const [file, print] of after) if (before.get(file) !== print) changed.push(`${before.has(file) ? 'changed' : 'added'}: ${file}`);
  for (const file of before.keys()) if (!after.has(file)) changed.push(`removed: ${file}`);
  return changed.sort();
}
