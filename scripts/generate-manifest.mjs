// Writes the generated parts of package.json (contributes.configuration, from the rule
// registry and the settings list of the core). `npm run generate`; a unit test fails when
// package.json differs from what this writes.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { generatedManifest } = require(path.join(root, 'out/server/src/core/manifest.js'));

const file = path.join(root, 'package.json');
const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
const next = generatedManifest(manifest);
fs.writeFileSync(file, JSON.stringify(next, null, 2) + '\n');
console.log('package.json: generated parts written');
