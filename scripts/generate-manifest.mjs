// Writes the generated parts of package.json (contributes.configuration, from the rule
// registry and the settings list of the core; contributes.commands, menus and keybindings,
// from protocol/commands.ts), of package.nls.json (the settings' English descriptions), and
// the reference pages docs/settings.md, docs/commands.md and docs/rules.md (whose examples run
// the rule fixtures through the core, compiled with the tests).
// `npm run generate`; unit tests fail when the files differ from what this writes.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { referencePages } from './reference-docs.mjs';
import { rulesPage } from './rules-page.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { generatedManifest, generatedNls } = require(path.join(root, 'out/server/src/core/manifest.js'));
const { rulesPageData } = require(path.join(root, 'out/test/support/rulesPageData.js'));

const write = (file, json) => fs.writeFileSync(path.join(root, file), JSON.stringify(json, null, 2) + '\n');
const read = (file) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

const { commandContributions } = require(path.join(root, 'out/protocol/commands.js'));
const manifest = generatedManifest(read('package.json'));
// The commands, their menus and keybindings, from the protocol's table of commands.
Object.assign(manifest.contributes, commandContributions(manifest.displayName));
write('package.json', manifest);
const nls = generatedNls(read('package.nls.json'));
write('package.nls.json', nls);
const pages = { ...referencePages(manifest, nls), 'docs/rules.md': rulesPage(await rulesPageData()) };
for (const [file, text] of Object.entries(pages)) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}
console.log(`package.json, package.nls.json, ${Object.keys(pages).join(', ')}: generated parts written`);
