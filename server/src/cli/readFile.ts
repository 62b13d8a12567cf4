import * as fs from 'node:fs';
import { decodeText, type DecodedText } from '../core/text/decode';

/** A file as the checks read it: its text as an editor shows it, and how to write it back. */
export interface SourceFile extends DecodedText {
  readonly path: string;
  /** The bytes read: a fix is written only while the file still has them. */
  readonly bytes: Uint8Array;
}

export function readSourceFile(file: string): SourceFile {
  const bytes = fs.readFileSync(file);
  return { path: file, bytes, ...decodeText(bytes) };
}

