// The extension's runtime strings: `npm run l10n` extracts every `l10n.t('…')` and
// `vscode.l10n.t('…')` call of the client and the server with @vscode/l10n-dev (the tool VS Code's
// own extensions use) and writes l10n/bundle.l10n.json, the English bundle that the
// translations bundle.l10n.<lang>.json follow. test/unit/l10n checks that the committed
// bundle is what this extracts, and that every translation has every string.
//
// The core may not import @vscode/l10n (no module state, no file system): it is given an
// object named `l10n` with the same `t`. The extractor only looks for calls on `l10n`
// after an import of it, so files that call `l10n.t` without importing it are read as if
// they did.
import { getL10nJson } from '@vscode/l10n-dev';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['client/src', 'server/src'];
const IMPORTS = /from ['"](vscode|@vscode\/l10n)['"]|require\(['"](vscode|@vscode\/l10n)['"]\)/;
const AS_IF_IMPORTED = "import * as l10n from '@vscode/l10n';\n";

/** The TypeScript files under the source folders, in a stable order. */
function sourceFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(full);
    }
  };
  for (const source of SOURCES) walk(path.join(root, source));
  return files;
}

/** The English bundle of the sources: message → message, sorted by message. */
export async function extractBundle(root = ROOT) {
  const scripts = sourceFiles(root)
    .map((file) => fs.readFileSync(file, 'utf8'))
    .filter((contents) => contents.includes('l10n.t('))
    .map((contents) => ({ extension: '.ts', contents: IMPORTS.test(contents) ? contents : AS_IF_IMPORTED + contents }));
  const bundle = await getL10nJson(scripts);
  return Object.fromEntries(Object.keys(bundle).sort().map((key) => [key, bundle[key]]));
}

/** The bundle as the file holds it. */
export function bundleText(bundle) {
  return JSON.stringify(bundle, null, 2) + '\n';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const bundle = await extractBundle();
  fs.mkdirSync(path.join(ROOT, 'l10n'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'l10n/bundle.l10n.json'), bundleText(bundle));
  console.log(`l10n/bundle.l10n.json: ${Object.keys(bundle).length} strings`);
}
