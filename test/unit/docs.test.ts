import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../../server/src/core/rules/registry';
import { RULE_DOCS } from '../../server/src/core/rules/ruleDocs';
import { RULES_PAGE_URL, ruleDocsUrl } from '../../server/src/core/rules/rulesPage';
import { rulesPageData, type RulePageEntry } from '../support/rulesPageData';

const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const manifest = JSON.parse(read('package.json'));
const nls: Record<string, string> = JSON.parse(read('package.nls.json'));

type Pages = Record<string, string>;

async function generatedPages(): Promise<Pages> {
  const { referencePages } = (await import(pathToFileURL(path.join(ROOT, 'scripts/reference-docs.mjs')).href)) as {
    referencePages: (manifest: unknown, nls: Record<string, string>) => Pages;
  };
  return referencePages(manifest, nls);
}

describe('docs: the generated reference pages are what package.json says', () => {
  it('docs/settings.md and docs/commands.md are up to date (run `npm run generate`)', async () => {
    const pages = await generatedPages();
    assert.deepEqual(Object.keys(pages).sort(), ['docs/commands.md', 'docs/settings.md']);
    for (const [file, text] of Object.entries(pages)) {
      assert.ok(fs.existsSync(path.join(ROOT, file)), `${file} does not exist: run \`npm run generate\``);
      assert.equal(read(file), text, `${file} is out of date: run \`npm run generate\``);
    }
  });

  it('document every setting and every command', () => {
    const settings = read('docs/settings.md');
    const commands = read('docs/commands.md');
    for (const key of Object.keys(manifest.contributes.configuration.properties)) assert.ok(settings.includes(`| \`${key}\` |`), key);
    for (const c of manifest.contributes.commands) assert.ok(commands.includes(`| \`${c.command}\` |`), c.command);
  });
});

describe('docs: docs/rules.md is what the rules, their docs map and their fixtures say', () => {
  it('docs/rules.md is up to date (run `npm run generate`)', async () => {
    const { rulesPage } = (await import(pathToFileURL(path.join(ROOT, 'scripts/rules-page.mjs')).href)) as { rulesPage: (rules: RulePageEntry[]) => string };
    assert.ok(fs.existsSync(path.join(ROOT, 'docs/rules.md')), 'docs/rules.md does not exist: run `npm run generate`');
    assert.equal(read('docs/rules.md'), rulesPage(await rulesPageData()), 'docs/rules.md is out of date: run `npm run generate`');
  });

  it('has an entry for every rule, at the anchor its diagnostics link to', () => {
    const page = read('docs/rules.md');
    const headings = anchors(page);
    for (const rule of RULES) {
      const url = ruleDocsUrl(rule.code);
      assert.ok(url.startsWith(`${RULES_PAGE_URL}#`), url);
      assert.ok(headings.has(url.slice(url.indexOf('#') + 1)), `docs/rules.md has no anchor for ${rule.code}`);
    }
  });

  it('the docs map of the core has an entry for every rule, and none for a rule that is gone', () => {
    const codes = RULES.map((r) => r.code);
    assert.deepEqual(codes.filter((c) => !RULE_DOCS[c]), [], 'rules with no entry in server/src/core/rules/ruleDocs.ts');
    assert.deepEqual(Object.keys(RULE_DOCS).filter((c) => !codes.includes(c)), [], 'entries of no rule');
    for (const [code, doc] of Object.entries(RULE_DOCS)) assert.ok(doc.why.trim() && doc.fix.trim(), code);
  });
});

/**
 * Pages that other work is writing and the README already links: a link to one of them passes
 * while it is absent, and is checked like any other once it exists.
 */
const PAGES_TO_COME = new Set<string>([]);

/** The Markdown pages a reader of the repository is sent between. */
function docPages(): string[] {
  const docs = fs.existsSync(path.join(ROOT, 'docs')) ? fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')) : [];
  return ['README.md', 'CONTRIBUTING.md', ...docs.map((f) => `docs/${f}`)].filter((f) => fs.existsSync(path.join(ROOT, f)));
}

/** The text outside fenced code blocks and code spans, where a link is a link. */
function prose(markdown: string): string {
  return markdown
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm, '')
    .replace(/(`+)[^`]*?\1/g, '');
}

/** GitHub's anchor of a heading: its text, lower-case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*`]/g, '');
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor of a page: its headings' (numbered when repeated, as GitHub does) and its explicit `name`/`id`s. */
function anchors(markdown: string): Set<string> {
  const found = new Set<string>();
  const seen = new Map<string, number>();
  const withoutFences = markdown.replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm, '');
  for (const [, heading] of withoutFences.matchAll(/^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/gm)) {
    const base = slug(heading);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    found.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const [, name] of markdown.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) found.add(name);
  return found;
}

/** True when the `]` at `close` ends a link text: its `[` is found, and not escaped (`\\[](url)` is text). */
function opensLink(text: string, close: number): boolean {
  for (let i = close - 1, depth = 0; i >= 0; i--) {
    if (text[i] === ']') depth++;
    else if (text[i] === '[' && depth-- === 0) return text[i - 1] !== '\\';
  }
  return false;
}

/** The link targets of a page: inline links and images, reference definitions, href and src attributes. */
function targets(markdown: string): string[] {
  const text = prose(markdown);
  return [
    ...[...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g)].filter((m) => opensLink(text, m.index)).map((m) => m[1]),
    ...[...text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]),
    ...[...text.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]),
  ];
}

/** What is wrong with a relative link of `page`, or undefined when it resolves. */
function brokenLink(page: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined; // https:, mailto:, command:
  const hash = target.indexOf('#');
  const file = decodeURIComponent(hash === -1 ? target : target.slice(0, hash));
  const anchor = hash === -1 ? undefined : decodeURIComponent(target.slice(hash + 1));
  const resolved = file === '' ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), file));
  if (resolved.startsWith('../') || path.posix.isAbsolute(resolved)) return 'points outside the repository';
  if (!fs.existsSync(path.join(ROOT, resolved))) return PAGES_TO_COME.has(resolved) ? undefined : `${resolved} does not exist`;
  if (anchor === undefined || anchor === '' || !resolved.endsWith('.md')) return undefined;
  return anchors(read(resolved)).has(anchor) ? undefined : `${resolved} has no heading or anchor #${anchor}`;
}

describe('docs: every relative link resolves', () => {
  it('reads headings, links and anchors as GitHub does (the checker itself)', () => {
    assert.equal(slug('Other editors: the language server on its own'), 'other-editors-the-language-server-on-its-own');
    assert.equal(slug('The `check` command, and **SARIF**'), 'the-check-command-and-sarif');
    assert.deepEqual([...anchors('# A\n## A\n```\n# not a heading\n```\n<a name="x"></a>\n')], ['a', 'a-1', 'x']);
    assert.deepEqual(targets('[a](b.md#c) ![i](m.png "t") `[no](code.md)` \\[](text)\n```\n[no](fence.md)\n```\n[r]: ref.md\n<img src="s.png">'), ['b.md#c', 'm.png', 'ref.md', 's.png']);
    assert.deepEqual(targets('[![alt](img.png)](page.md)'), ['img.png', 'page.md']);
  });

  for (const page of docPages()) {
    it(`${page}: links to files and headings that exist`, () => {
      const broken = targets(read(page))
        .map((target) => [target, brokenLink(page, target)])
        .filter(([, problem]) => problem)
        .map(([target, problem]) => `(${target}): ${problem}`);
      assert.deepEqual(broken, [], `${page} has broken links`);
    });
  }
});
