import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeText, encodeText, type DecodedText } from '../core/text/decode';

/** A file as the checks read it: its text as an editor shows it, and how to write it back. */
export interface SourceFile extends DecodedText {
  readonly path: string;
}

export function readSourceFile(file: string): SourceFile {
  return { path: file, ...decodeText(fs.readFileSync(file)) };
}

/**
 * Writes a file whole or not at all: the new text goes to a temporary file beside it, which
 * then replaces it (a rename, atomic on one file system), keeping its mode and encoding.
 */
export function writeSourceFile(file: SourceFile, text: string): void {
  const tmp = path.join(path.dirname(file.path), `.${path.basename(file.path)}.sxs-docs-${process.pid}.tmp`);
  const mode = fs.statSync(file.path).mode;
  try {
    const fd = fs.openSync(tmp, 'w', mode);
    try {
      fs.writeFileSync(fd, encodeText(text, file.encoding));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file.path);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
