// Writes the generated parts of package.json (contributes.configuration, from the rule
// registry and the settings list of the core), of package.nls.json (the settings'
// English descriptions) and of README.md (the Settings and Commands sections).
// `npm run generate`; unit tests fail when the files differ from what this writes.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedReadme } from './readme-reference.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { generatedManifest, generatedNls } = require(path.join(root, 'out/server/src/core/manifest.js'));

const write = (file, json) => fs.writeFileSync(path.join(root, file), JSON.stringify(json, null, 2) + '\n');
const read = (file) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

const manifest = generatedManifest(read('package.json'));
write('package.json', manifest);
const nls = generatedNls(read('package.nls.json'));
write('package.nls.json', nls);
const readmeFile = path.join(root, 'README.md');
fs.writeFileSync(readmeFile, generatedReadme(fs.readFileSync(readmeFile, 'utf8'), manifest, nls));
console.log('package.json, package.nls.json, README.md: generated parts written');
