import * as fs from 'node:fs';
import * as path from 'node:path';
import { encodeText } from '../core/text/decode';
import type { SourceFile } from './readFile';

/** Why `--fix` left a file as it was; the text completes "<file> was not fixed: …". */
export type WriteRefusal = string;

/**
 * Writes the fixed text of a file read by {@link readSourceFile}, keeping what makes the file
 * the file it is: a symbolic link is written through (its target gets the fix, the link stays),
 * the owner, group and exact mode stay, hard links stay linked. Refused, with the reason, when
 * the file is read-only, when it changed on disk since it was read (an edit made meanwhile is
 * never lost), or when it cannot be written. Never throws.
 */
export function writeFixedFile(file: SourceFile, text: string): WriteRefusal | undefined {
  try {
    // Through a link: the target is the file to fix (and to check for changes).
    const target = fs.realpathSync(file.path);
    const stat = fs.statSync(target);
    if ((stat.mode & 0o222) === 0) return 'it is read-only';
    if (!unchangedSince(target, file.bytes)) return 'it changed on disk while it was checked';
    const bytes = encodeText(text, file.encoding);
    // A rename would give the path a new file and leave the other links with the old one.
    if (stat.nlink > 1) return writeInPlace(target, bytes, file.bytes);
    return replaceWhole(target, bytes, stat, file.bytes);
  } catch (e) {
    return `it could not be written (${describe(e)})`;
  }
}

/**
 * The new text goes to a temporary file beside the target, given the target's owner and exact
 * mode (not the umask's), which then replaces it: a rename, atomic on one file system.
 */
function replaceWhole(target: string, bytes: Uint8Array, stat: fs.Stats, read: Uint8Array): WriteRefusal | undefined {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.sxs-docs-${process.pid}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'wx', 0o600);
    let ownerKept = true;
    try {
      fs.writeFileSync(fd, bytes);
      fs.fchmodSync(fd, stat.mode & 0o7777);
      if (stat.uid !== process.getuid?.() || stat.gid !== process.getgid?.()) ownerKept = changeOwner(fd, stat);
      if (ownerKept) fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (!ownerKept) {
      // Only root gives a file away: write in place instead, which keeps the owner.
      fs.rmSync(tmp, { force: true });
      return writeInPlace(target, bytes, read);
    }
    // The last look before the rename: an editor may have saved the file meanwhile.
    if (!unchangedSince(target, read)) {
      fs.rmSync(tmp, { force: true });
      return 'it changed on disk while it was checked';
    }
    fs.renameSync(tmp, target);
    return undefined;
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** Overwrites the file's own bytes, for a file the rename would take from its other links or its owner. */
function writeInPlace(target: string, bytes: Uint8Array, read: Uint8Array): WriteRefusal | undefined {
  const fd = fs.openSync(target, 'r+');
  try {
    if (!Buffer.from(read).equals(fs.readFileSync(fd))) return 'it changed on disk while it was checked';
    fs.writeSync(fd, bytes, 0, bytes.length, 0);
    fs.ftruncateSync(fd, bytes.length);
    fs.fsyncSync(fd);
    return undefined;
  } finally {
    fs.closeSync(fd);
  }
}

function unchangedSince(target: string, read: Uint8Array): boolean {
  return Buffer.from(read).equals(fs.readFileSync(target));
}

function changeOwner(fd: number, stat: fs.Stats): boolean {
  try {
    fs.fchownSync(fd, stat.uid, stat.gid);
    return true;
  } catch {
    return false;
  }
}

function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOSPC') return 'the disk is full';
  return e instanceof Error ? e.message : String(e);
}
