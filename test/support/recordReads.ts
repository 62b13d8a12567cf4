/**
 * Loaded into the command line with `node --require` by tests that check what a run reads:
 * appends the path of every Markdown file read with `fs.readFileSync` (the CLI's only way of
 * reading documents) to the file `SXS_RECORD_READS` names, one a line.
 */
// The module object itself (not a copy of its exports), so that the CLI's calls go through the recording.
import fs from 'node:fs';

const out = process.env.SXS_RECORD_READS;
if (out) {
  const original = fs.readFileSync;
  const recording = function (this: unknown, ...args: Parameters<typeof fs.readFileSync>) {
    const file = args[0];
    if (typeof file === 'string' && file.endsWith('.md')) fs.appendFileSync(out, `${file}\n`);
    return original.apply(this, args);
  } as typeof fs.readFileSync;
  fs.readFileSync = recording;
}
