import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const manifest = JSON.parse(read('package.json'));
const nls: Record<string, string> = JSON.parse(read('package.nls.json'));

type Pages = Record<string, string>;

async function generatedPages(): Promise<Pages> {
  const { referencePages } = (await import(pathToFileURL(path.join(ROOT, 'scripts/reference-docs.mjs')).href)) as {
    referencePages: (manifest: unknown, nls: Record<string, string>) => Pages;
  };
  return referencePages(manifest, nls);
}

describe('docs: the generated reference pages are what package.json says', () => {
  it('docs/settings.md and docs/commands.md are up to date (run `npm run generate`)', async () => {
    const pages = await generatedPages();
    assert.deepEqual(Object.keys(pages).sort(), ['docs/commands.md', 'docs/settings.md']);
    for (const [file, text] of Object.entries(pages)) {
      assert.ok(fs.existsSync(path.join(ROOT, file)), `${file} does not exist: run \`npm run generate\``);
      assert.equal(read(file), text, `${file} is out of date: run \`npm run generate\``);
    }
  });

  it('document every setting and every command', () => {
    const settings = read('docs/settings.md');
    const commands = read('docs/commands.md');
    for (const key of Object.keys(manifest.contributes.configuration.properties)) assert.ok(settings.includes(`| \`${key}\` |`), key);
    for (const c of manifest.contributes.commands) assert.ok(commands.includes(`| \`${c.command}\` |`), c.command);
  });
});
