/**
 * The rule fixtures: one Markdown file per rule, `test/unit/core/rules/<scope>/<code>.fixture.md`,
 * holding cases of hits and traps with inline expectation markers. The fixture test runs every
 * case and fails on a missing or an extra finding; docs/rules.md takes its examples from them.
 *
 * A fixture reads like this (see test/unit/core/rules/README.md):
 *
 * - each `## Hit: …` or `## Trap: …` heading starts a case; a case is one small workspace;
 * - each fenced block ```` ```sxs ```` in it is a file of that workspace: by default
 *   `docs-pr.de-DE/articles/page.md`, with front matter of its locale (HT) put before it unless
 *   it starts with its own `---`; the info string can say `path=<path under the workspace>`,
 *   `mt` (front matter of a machine translation) or `raw` (the text exactly as written), and
 *   `copies=<n>` makes it n files of the same text (`page-1.md` … `page-n.md`), without markers;
 * - a ```` ```json settings ```` block gives the case's settings (`doNotTranslate`, `rules`…);
 * - a ```` ```csv glossary ```` block is a glossary file of the case (`glossary.csv`, the columns
 *   of the CSV glossary format), named in the case's settings as the editor's setting names one;
 * - `{{hash of <path>}}` stands for the `ms.openlocfilehash` of that file of the case;
 * - a line ending in `<!-- expect: <code> -->` must hold the start of one finding of the rule
 *   (the marker twice for two); every other line must hold none. Markers are taken out of the
 *   text before it is checked, with the spaces before them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkConfigFrom } from '../../server/src/core/config';
import { sourceFileHash } from '../../server/src/core/index/hashing';
import { createLanguageService } from '../../server/src/core/languageService';
import type { Finding, Rule } from '../../server/src/core/rules/rule';
import { fileUri, InMemoryWorkspace } from './inMemoryWorkspace';
import { frontMatter } from './sxs';

const ROOT = path.resolve(__dirname, '../../..');
/** The folder of the fixtures, from the repository's root. */
export const FIXTURE_DIR = 'test/unit/core/rules';
/**
 * Rules that no document can make fire: `parse-error` reports an exception of the reader
 * itself (a defect of sxs-docs), which the fuzz tests make sure no input causes.
 */
export const RULES_WITHOUT_FIXTURE: ReadonlySet<string> = new Set(['parse-error']);
/** Where a case's glossary block is put in its workspace. */
export const GLOSSARY_PATH = 'glossary.csv';
/** The folder every case's files are under. */
const WORKSPACE = '/ws';
const DEFAULT_PATH = 'docs-pr.de-DE/articles/page.md';
const MARKER = /[ \t]*<!--\s*expect:\s*([\w-]+)\s*-->/g;

/** One file of a case, as written in the fixture and as checked. */
export interface FixtureFile {
  /** Its path under the workspace (`docs-pr.de-DE/articles/page.md`). */
  readonly path: string;
  /** The text as the fixture shows it, markers taken out (without the front matter the harness adds). */
  readonly shown: string;
  /** The text that is checked. */
  readonly text: string;
  /** The 0-based lines of `text` where a finding must start, once per expected finding. */
  readonly expected: readonly number[];
}

export interface FixtureCase {
  readonly kind: 'hit' | 'trap';
  /**
   * A case the rule does not get right yet (`## Pending trap: …`): a known false alarm or miss,
   * written down as it should be. The test skips it while the rule still gets it wrong, and fails
   * once the rule gets it right, so that the word "Pending" is dropped and the case kept.
   */
  readonly pending: boolean;
  /** What the heading says after "Hit:" or "Trap:". */
  readonly title: string;
  /** The fixture's line of the heading (1-based), for messages. */
  readonly line: number;
  readonly files: readonly FixtureFile[];
  readonly settings: Record<string, unknown>;
  /** The text of the case's glossary file (CSV), if it has one. */
  readonly glossary?: string;
  /** What the case's paragraphs say (what its other files are there for), if anything. */
  readonly note: string;
}

export interface RuleFixture {
  readonly code: string;
  /** The file, from the repository's root. */
  readonly file: string;
  readonly cases: readonly FixtureCase[];
}

/** Where the fixture of a rule is. */
export function fixturePath(rule: Pick<Rule, 'code' | 'scope'>): string {
  return `${FIXTURE_DIR}/${rule.scope}/${rule.code}.fixture.md`;
}

/** Every fixture file under the fixture folder (`<scope>/<code>.fixture.md`). */
export function fixtureFiles(): string[] {
  const dir = path.join(ROOT, FIXTURE_DIR);
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.fixture.md'))
    .map((f) => `${FIXTURE_DIR}/${f.split(path.sep).join('/')}`)
    .sort();
}

/** Reads the fixture of a rule; throws on a fixture that is not written as the format says. */
export function readFixture(file: string): RuleFixture {
  const code = path.basename(file, '.fixture.md');
  const markdown = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const tokens = new MarkdownIt().parse(markdown, {});
  const cases: { kind: 'hit' | 'trap'; pending: boolean; title: string; line: number; files: FixtureFile[]; settings: Record<string, unknown>; glossary?: string; note: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'heading_open' && t.tag === 'h2') {
      const heading = tokens[i + 1].content;
      const m = /^(Pending )?(Hit|hit|Trap|trap):\s*(.+)$/.exec(heading);
      if (!m || (!m[1] && /^[a-z]/.test(m[2]))) throw new Error(`${file}:${t.map![0] + 1}: a case's heading reads "Hit: …", "Trap: …", "Pending hit: …" or "Pending trap: …", not "${heading}"`);
      cases.push({ kind: m[2].toLowerCase() as 'hit' | 'trap', pending: !!m[1], title: m[3], line: t.map![0] + 1, files: [], settings: {}, note: '' });
    } else if (t.type === 'paragraph_open' && cases.length > 0) {
      const current = cases[cases.length - 1];
      current.note = [current.note, tokens[i + 1].content.replace(/\s*\n\s*/g, ' ')].filter(Boolean).join(' ');
    } else if (t.type === 'fence') {
      const [lang, ...attrs] = t.info.trim().split(/\s+/);
      const current = cases[cases.length - 1];
      if (lang !== 'sxs' && !(lang === 'json' && attrs[0] === 'settings') && !(lang === 'csv' && attrs[0] === 'glossary')) continue;
      if (!current) throw new Error(`${file}:${t.map![0] + 1}: a block before the first case`);
      if (lang === 'json') current.settings = JSON.parse(t.content) as Record<string, unknown>;
      else if (lang === 'csv') current.glossary = t.content;
      else current.files.push(...blockFiles(file, code, t.content, attrs, t.map![0] + 1));
    }
  }
  for (const c of cases) if (c.files.length === 0) throw new Error(`${file}:${c.line}: the case "${c.title}" has no sxs block`);
  return { code, file, cases };
}

/**
 * The files of a block: one, or with `copies=<n>` that many of the same text, at the path with
 * `-1` … `-n` before its extension (a workspace large enough for the rules to learn from).
 */
function blockFiles(file: string, code: string, content: string, attrs: readonly string[], line: number): FixtureFile[] {
  const option = (name: string) => attrs.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
  const filePath = option('path') ?? DEFAULT_PATH;
  const copies = option('copies');
  if (copies === undefined) return [fixtureFile(file, code, content, attrs, line, filePath)];
  const n = Number(copies);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${file}:${line}: copies=${copies} is not a count`);
  if (content.search(MARKER) !== -1) throw new Error(`${file}:${line}: a block written in copies expects no finding`);
  return Array.from({ length: n }, (_, k) => fixtureFile(file, code, content, attrs, line, filePath.replace(/(\.[^./]*)?$/, `-${k + 1}$1`)));
}

function fixtureFile(file: string, code: string, content: string, attrs: readonly string[], line: number, filePath: string): FixtureFile {
  const expected: number[] = [];
  const shown = content
    .split('\n')
    .map((text, i) =>
      text.replace(MARKER, (_m, marked: string) => {
        if (marked !== code) throw new Error(`${file}:${line + 1 + i}: the marker expects ${marked}, in the fixture of ${code}`);
        expected.push(i);
        return '';
      }),
    )
    .join('\n');
  const locale = /\.([a-z]{2,3}-[A-Za-z]{2,4})\//.exec(`${filePath}`)?.[1] ?? 'en-US';
  const header = attrs.includes('raw') || shown.startsWith('---\n') ? '' : frontMatter(locale, attrs.includes('mt') ? 'MT' : 'HT');
  const added = header === '' ? 0 : header.split('\n').length - 1;
  return { path: filePath, shown, text: header + shown, expected: expected.map((l) => l + added) };
}

const HASH_OF = /\{\{hash of ([^}\s]+)\}\}/g;

/**
 * The files' texts with each `{{hash of <path>}}` replaced by the `ms.openlocfilehash` of that
 * file of the case (SHA-1 of its text with CRLF line ends), so that a fixture can hold a
 * translation that is up to date with its English source.
 */
async function withHashes(files: readonly FixtureFile[]): Promise<string[]> {
  const hashes = new Map<string, string>();
  for (const f of files) {
    for (const [, target] of f.text.matchAll(HASH_OF)) {
      const source = files.find((g) => g.path === target);
      if (!source) throw new Error(`{{hash of ${target}}}: the case has no file ${target}`);
      hashes.set(target, await sourceFileHash(source.text));
    }
  }
  return files.map((f) => f.text.replace(HASH_OF, (_m, target: string) => hashes.get(target)!));
}

/** A finding of a case's file, with the 0-based line it starts on. */
export interface CaseFinding {
  readonly path: string;
  readonly line: number;
  readonly finding: Finding;
}

/** Checks every file of a case as the editor does (a workspace, its locale index built), and keeps the findings of one rule. */
export async function runCase(code: string, fixtureCase: FixtureCase): Promise<CaseFinding[]> {
  const texts = await withHashes(fixtureCase.files);
  const files = Object.fromEntries(fixtureCase.files.map((f, i) => [`${WORKSPACE}/${f.path}`, texts[i]]));
  const glossary = `${WORKSPACE}/${GLOSSARY_PATH}`;
  const workspace = new InMemoryWorkspace(fixtureCase.glossary === undefined ? files : { ...files, [glossary]: fixtureCase.glossary }, [WORKSPACE]);
  const config = checkConfigFrom(fixtureCase.settings);
  const service = createLanguageService({ config: () => config, workspace });
  if (fixtureCase.glossary !== undefined) {
    const problems = await service.configureTerms({ glossaries: [fileUri(glossary)], memories: [] });
    if (problems.length) throw new Error(`the glossary of "${fixtureCase.title}": ${problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}`);
  }
  await service.index!.build();
  const found: CaseFinding[] = [];
  for (const f of fixtureCase.files) {
    const doc = TextDocument.create(fileUri(`${WORKSPACE}/${f.path}`), 'markdown', 1, files[`${WORKSPACE}/${f.path}`]);
    for (const finding of await service.findings(doc)) {
      if (finding.code === code) found.push({ path: f.path, line: doc.positionAt(finding.start).line, finding });
    }
  }
  return found;
}
