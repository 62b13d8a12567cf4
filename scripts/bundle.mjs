// Bundles the extension's client and server (and the CLI) into single files under dist/.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { buildGrammars } from './build-grammar.mjs';

const production = process.argv.includes('--production');
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // esbuild's table does not know that Node has \p{…} in regular expressions, and rewrites each
  // literal as `new RegExp(…)`, built again at every call of the function that holds it.
  supported: { 'regexp-unicode-property-escapes': true },
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // parse5 and its entities are ESM; esbuild turns them into CommonJS for the bundle.
  mainFields: ['module', 'main'],
  // '#protocol' (package.json imports) from its TypeScript source, as every other import is bundled.
  conditions: ['source', 'module'],
};

// ESM packages read import.meta.url, which CommonJS bundles do not have: give them the bundle's own.
const IMPORT_META_URL = 'var __sxs_import_meta_url = require("url").pathToFileURL(__filename).href;';
const node = { ...common, define: { 'import.meta.url': '__sxs_import_meta_url' }, banner: { js: IMPORT_META_URL } };
const executable = { ...node, banner: { js: `#!/usr/bin/env node\n${IMPORT_META_URL}` } };

const builds = [
  { ...node, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...executable, entryPoints: { server: 'server/src/node/main.ts' }, outdir: 'dist' },
  // The command-line checker (`sxs-docs check`), the same core as the server.
  { ...executable, entryPoints: { cli: 'server/src/cli/bin.ts' }, outdir: 'dist', define: { ...executable.define, SXS_VERSION: JSON.stringify(version) } },
  // The preview's script runs in the webview: a browser, no Node, no VS Code API but acquireVsCodeApi.
  { ...common, platform: 'browser', format: 'iife', target: 'chrome120', entryPoints: { preview: 'client/webview/preview.ts' }, outdir: 'dist/webview' },
  { ...node, entryPoints: { indexWorker: 'server/src/node/indexWorker.ts' }, outdir: 'dist' },
  // The worker threads of `sxs-docs check --jobs N`, beside the CLI.
  { ...node, entryPoints: { checkWorker: 'server/src/node/checkWorker.ts' }, outdir: 'dist' },
];

// The TextMate grammars are written in YAML; what ships is their JSON.
buildGrammars();

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
