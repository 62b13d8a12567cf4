import * as fs from 'node:fs';

/** How much text is gathered before it is written: few system calls, and no string near the longest JavaScript holds. */
export const WRITE_CHUNK = 1 << 20;

/** Writes the pieces to an open file, gathered into writes of about a megabyte. */
export function writeChunks(fd: number, chunks: Iterable<string>): void {
  for (const piece of gathered(chunks)) fs.writeSync(fd, piece);
}

/**
 * A command's output, piece by piece, to `output` (a file) or to standard output, with a last
 * newline: a report of hundreds of thousands of files is never one string.
 */
export function writeOutput(output: string | undefined, chunks: Iterable<string>): void {
  const ended = withNewline(chunks);
  if (!output) {
    for (const piece of gathered(ended)) process.stdout.write(piece);
    return;
  }
  const fd = fs.openSync(output, 'w');
  try {
    writeChunks(fd, ended);
  } finally {
    fs.closeSync(fd);
  }
}

function* withNewline(chunks: Iterable<string>): Generator<string> {
  yield* chunks;
  yield '\n';
}

function* gathered(chunks: Iterable<string>): Generator<string> {
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= WRITE_CHUNK) {
      yield pending;
      pending = '';
    }
  }
  if (pending) yield pending;
}
