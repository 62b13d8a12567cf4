// Every finding of the core's check on a corpus, and what the parser read, written to a file
// so that two versions of the core can be compared with `diff`:
//   npm run snapshot:findings -- [dir] [out]   (default ../shared/corpus, /tmp/sxs-findings.jsonl)
// One line per finding (file, code, severity, start, end, range, message, fix and ignore
// edits), then one line per file with the model (front matter, keys, segments with their
// spans and ranges, problems). Keep the output outside the project: it quotes the corpus.
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
const out = path.resolve(process.argv[3] ?? '/tmp/sxs-findings.jsonl');
if (out.startsWith(root + path.sep)) {
  console.error('Write the snapshot outside the project: it quotes the corpus.');
  process.exit(2);
}
// A do-not-translate term common in the corpus, so that the rule that reads terms runs too.
const config = checkConfigFrom({ doNotTranslate: ['Microsoft 365', 'Outlook'] });

const span = (s) => s && [s.start, s.end, s.range.start.line, s.range.start.character, s.range.end.line, s.range.end.character];
const part = (p) => p && { id: p.id, idSpan: span(p.idSpan), full: span(p.full), content: span(p.content), closed: p.closed, text: p.text.length };
const fix = (f) => f && { title: f.title, edits: f.edits.map((e) => [e.start, e.end, e.newText]) };

function model(doc) {
  const fm = doc.frontMatter;
  return {
    bom: doc.bom,
    eol: doc.eol,
    lines: doc.lines.lineCount,
    frontMatter: fm && { full: span(fm.full), content: span(fm.content), data: fm.data, error: fm.error && { message: fm.error.message, span: span(fm.error.span) } },
    keys: { ...doc.keys, valueSpans: Object.fromEntries(Object.entries(doc.keys.valueSpans).map(([k, s]) => [k, span(s)])) },
    segments: doc.segments.map((s) => ({ id: s.id, index: s.index, prefix: s.prefix, number: s.number, paragraph: s.paragraph, wellFormedId: s.wellFormedId, full: span(s.full), translation: part(s.translation), source: part(s.source) })),
    orphanLookups: doc.orphanLookups.map((o) => part(o.source)),
    mainPrefix: doc.mainPrefix,
    problems: doc.problems.map((p) => ({ code: p.code, message: p.message, span: span(p.span), segment: p.segment?.index })),
  };
}

/** Every Markdown file under a folder, in path order. */
function* markdownFiles(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) yield* markdownFiles(p);
    else if (/\.(md|markdown)$/i.test(e.name)) yield { path: p, text: fs.readFileSync(p, 'utf8') };
  }
}

const lines = [];
let findings = 0;
for (const file of markdownFiles(dir)) {
  const rel = path.relative(dir, file.path);
  const doc = parse(file.text);
  for (const f of checkDocument(doc, config, { path: file.path })) {
    findings++;
    const range = doc.lines.rangeOf(f.start, f.end);
    lines.push(JSON.stringify({ file: rel, code: f.code, severity: f.severity, start: f.start, end: f.end, range: [range.start.line, range.start.character, range.end.line, range.end.character], message: f.message, segment: f.segment?.index, fix: fix(f.fix), ignore: fix(f.ignore) }));
  }
  lines.push(JSON.stringify({ file: rel, model: model(doc) }));
}
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`${findings} findings of ${dir} written to ${out}`);
