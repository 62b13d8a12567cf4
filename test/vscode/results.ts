import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Writes what a run in the extension host reports to the runner, as JSON: whole, then renamed
 * into place, so that the runner (which watches for the file) never reads half of it.
 */
export function writeResults(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(value, null, 2));
  fs.renameSync(`${file}.tmp`, file);
}
