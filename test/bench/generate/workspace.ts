import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateDocument } from './documents';

/** Bump when the generated content changes, so that cached workspaces are made again. */
export const GENERATOR_VERSION = 1;

export const GENERATED_LOCALES = ['de-DE', 'fi-FI', 'it-IT', 'ro-RO'] as const;

/** Documents per folder, as in real docs sets. */
const PER_FOLDER = 250;

/**
 * Writes a workspace of `files` Markdown files laid out as sibling locale repositories
 * (`docs` with the English, `docs-pr.<locale>` for each of four locales): `files / 5`
 * documents in five versions. Deterministic: the same size gives the same files. Returns
 * at once when the folder already holds this generator version's workspace of that size.
 */
export function generateWorkspace(dir: string, files: number): string {
  const marker = path.join(dir, `.generated-v${GENERATOR_VERSION}-${files}`);
  if (fs.existsSync(marker)) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  const documents = Math.floor(files / (GENERATED_LOCALES.length + 1));
  for (let d = 0; d < documents; d++) {
    const folder = `area-${String(Math.floor(d / PER_FOLDER)).padStart(3, '0')}`;
    const name = `topic-${String(d).padStart(6, '0')}.md`;
    const doc = generateDocument(d + 1, GENERATED_LOCALES);
    write(path.join(dir, 'docs', folder, name), doc.english);
    for (const locale of GENERATED_LOCALES) write(path.join(dir, `docs-pr.${locale}`, folder, name), doc.versions[locale]);
  }
  fs.writeFileSync(marker, new Date().toISOString());
  return dir;
}

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** `node out/test/bench/generate/workspace.js <dir> <files>`: writes a generated workspace. */
if (require.main === module) {
  const [dir, files] = process.argv.slice(2);
  if (!dir || !Number(files)) {
    console.error('usage: node out/test/bench/generate/workspace.js <dir> <files>');
    process.exit(2);
  }
  console.log(`Writing ${Number(files).toLocaleString()} files to ${generateWorkspace(path.resolve(dir), Number(files))}`);
}
