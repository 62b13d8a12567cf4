// Throughput of the core's check (parse + every rule) on a corpus, on one core:
// `npm run measure:checks -- [dir] [rounds]` (default ../shared/corpus, 3 rounds). Files are
// read into memory first, so only the core is timed. Timings vary with the machine's load.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { parse } = require(path.join(root, 'out/server/src/core/parse/parse.js'));
const { checkDocument } = require(path.join(root, 'out/server/src/core/rules/check.js'));
const { checkConfigFrom } = require(path.join(root, 'out/server/src/core/config.js'));

const dir = path.resolve(process.argv[2] ?? path.join(root, '../shared/corpus'));
const rounds = Number(process.argv[3] ?? 3);
const files = [];
const walk = (d) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(md|markdown)$/i.test(e.name)) files.push({ path: p, text: fs.readFileSync(p, 'utf8') });
  }
};
walk(dir);
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
const config = checkConfigFrom({});

function round(withChecks) {
  const start = process.hrtime.bigint();
  let findings = 0;
  for (const f of files) {
    const doc = parse(f.text);
    if (withChecks) findings += checkDocument(doc, config, { path: f.path }).length;
  }
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, findings };
}

round(true); // warm-up
const best = { parse: Infinity, check: Infinity };
let findings = 0;
for (let i = 0; i < rounds; i++) {
  best.parse = Math.min(best.parse, round(false).seconds);
  const r = round(true);
  best.check = Math.min(best.check, r.seconds);
  findings = r.findings;
}
const mb = bytes / 1e6;
console.log(`${files.length} files, ${mb.toFixed(1)} MB (UTF-8), ${findings} findings; best of ${rounds} rounds`);
console.log(`parse only:     ${best.parse.toFixed(2)} s  ${(mb / best.parse).toFixed(1)} MB/s`);
console.log(`parse + checks: ${best.check.toFixed(2)} s  ${(mb / best.check).toFixed(1)} MB/s`);
