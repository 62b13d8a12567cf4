// Bundles the extension's client and server (and the CLI) into single files under dist/.
import * as esbuild from 'esbuild';
import { buildGrammars } from './build-grammar.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // parse5 and its entities are ESM; esbuild turns them into CommonJS for the bundle.
  mainFields: ['module', 'main'],
};

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, entryPoints: { server: 'server/src/node/main.ts' }, outdir: 'dist' },
  // The preview's script runs in the webview: a browser, no Node, no VS Code API but acquireVsCodeApi.
  { ...common, platform: 'browser', format: 'iife', target: 'chrome120', entryPoints: { preview: 'client/webview/preview.ts' }, outdir: 'dist/webview' },
  { ...common, entryPoints: { indexWorker: 'server/src/node/indexWorker.ts' }, outdir: 'dist' },
];

// The TextMate grammars are written in YAML; what ships is their JSON.
buildGrammars();

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
