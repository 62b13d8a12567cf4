/**
 * What docs/rules.md is written from: the rule registry, the docs map of the core
 * (`RULE_DOCS`), and the first hit and first trap of each rule's fixture, run through the
 * core so that the page shows the messages the rule gives. `npm run generate` writes the page
 * (scripts/rules-page.mjs); the docs test fails when the committed page differs.
 */
import { RULES } from '../../server/src/core/rules/registry';
import { defaultSeverityOf } from '../../server/src/core/rules/rule';
import { RULE_DOCS } from '../../server/src/core/rules/ruleDocs';
import { fixturePath, readFixture, RULES_WITHOUT_FIXTURE, runCase, type FixtureCase } from './ruleFixtures';

export interface ExampleFile {
  /** Its path in the example's workspace, when the example has more than one file or another than the default. */
  readonly path?: string;
  readonly text: string;
}

export interface RuleExample {
  readonly title: string;
  /** What the fixture says of the case (what its other files are there for). */
  readonly note: string;
  readonly files: readonly ExampleFile[];
  /** The glossary file of the example (CSV), when the rule reads one. */
  readonly glossary?: string;
  /** The messages of the rule's findings (none for a trap). */
  readonly messages: readonly string[];
  /** The title of the quick fix of the first finding, when it has one. */
  readonly fix?: string;
}

export interface RulePageEntry {
  readonly code: string;
  readonly description: string;
  readonly severity: string;
  readonly scope: string;
  readonly fixable: boolean;
  readonly learns: boolean;
  readonly why: string;
  readonly fix: string;
  /** Where the fixture is, from the repository's root; none for a rule no document can make fire. */
  readonly fixture?: string;
  readonly hit?: RuleExample;
  readonly trap?: RuleExample;
}

const DEFAULT_PATH = 'docs-pr.de-DE/articles/page.md';

async function example(code: string, c: FixtureCase): Promise<RuleExample> {
  const found = await runCase(code, c);
  const named = c.files.length > 1 || c.files.some((f) => f.path !== DEFAULT_PATH);
  return {
    title: c.title,
    note: c.note,
    files: c.files.map((f) => ({ ...(named ? { path: f.path } : {}), text: f.shown.replace(/\n+$/, '') })),
    ...(c.glossary !== undefined ? { glossary: c.glossary.replace(/\n+$/, '') } : {}),
    messages: found.map((f) => f.finding.message),
    ...(found[0]?.finding.fix ? { fix: found[0].finding.fix.title } : {}),
  };
}

/** Every rule as docs/rules.md shows it, in the registry's order. */
export async function rulesPageData(): Promise<RulePageEntry[]> {
  const out: RulePageEntry[] = [];
  for (const rule of RULES) {
    const doc = RULE_DOCS[rule.code];
    if (!doc) throw new Error(`RULE_DOCS has no entry for ${rule.code} (server/src/core/rules/ruleDocs.ts)`);
    const entry = {
      code: rule.code,
      description: rule.description,
      severity: defaultSeverityOf(rule) === 'off' ? `off (${rule.defaultSeverity} when turned on)` : rule.defaultSeverity,
      scope: rule.scope,
      fixable: rule.fixable,
      learns: rule.learnsFromWorkspace === true,
      why: doc.why,
      fix: doc.fix,
    };
    if (RULES_WITHOUT_FIXTURE.has(rule.code)) {
      out.push(entry);
      continue;
    }
    const fixture = readFixture(fixturePath(rule));
    const hit = fixture.cases.find((c) => c.kind === 'hit' && !c.pending);
    const trap = fixture.cases.find((c) => c.kind === 'trap' && !c.pending);
    out.push({ ...entry, fixture: fixture.file, ...(hit ? { hit: await example(rule.code, hit) } : {}), ...(trap ? { trap: await example(rule.code, trap) } : {}) });
  }
  return out;
}
