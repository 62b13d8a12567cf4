// Copies the screenshots that the real-VS Code suite takes for the README and the walkthrough
// (test-results/readme-*.png, written by test/vscode/ecosystem.test.ts) into media/readme/,
// which is committed. Run `npm run test:vscode` first; `npm run screenshots` then copies, and
// says which are missing. Look at every picture before committing it. The pictures are
// written with a 256-colour palette (upng-js, pure JavaScript): the workbench has few colours,
// so they look the same at about a third of the size, which keeps the .vsix small.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const UPNG = createRequire(import.meta.url)('upng-js');
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FROM = path.join(ROOT, 'test-results');
const TO = path.join(ROOT, 'media', 'readme');
/** What the README and the walkthrough show, by the name the test gives it. */
const NAMES = ['hover', 'problems', 'preview', 'counterparts', 'quick-fix', 'status-menu', 'walkthrough'];

fs.mkdirSync(TO, { recursive: true });
const missing = [];
for (const name of NAMES) {
  const source = path.join(FROM, `readme-${name}.png`);
  if (!fs.existsSync(source)) {
    missing.push(source);
    continue;
  }
  const png = fs.readFileSync(source);
  const image = UPNG.decode(png.buffer.slice(png.byteOffset, png.byteOffset + png.length));
  const small = Buffer.from(UPNG.encode(UPNG.toRGBA8(image), image.width, image.height, 256));
  fs.writeFileSync(path.join(TO, `${name}.png`), small);
  console.log(`media/readme/${name}.png (${Math.round(small.length / 1024)} KB, from ${Math.round(png.length / 1024)} KB)`);
}
if (missing.length) {
  console.error(`Missing (run npm run test:vscode first):\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
