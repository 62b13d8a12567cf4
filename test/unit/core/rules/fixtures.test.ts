import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../../../server/src/core/rules/registry';
import { fixtureFiles, fixturePath, readFixture, RULES_WITHOUT_FIXTURE, runCase, type RuleFixture } from '../../../support/ruleFixtures';

const ROOT = path.resolve(__dirname, '../../../../..');

describe('rule fixtures: every rule has hits and traps', () => {
  it('every registered rule has a fixture, in the folder of its scope', () => {
    const missing = RULES.filter((r) => !RULES_WITHOUT_FIXTURE.has(r.code) && !fs.existsSync(path.join(ROOT, fixturePath(r))));
    assert.deepEqual(missing.map((r) => fixturePath(r)), [], 'rules with no fixture');
  });

  it('every fixture is of a registered rule, in the folder of its scope', () => {
    const expected = new Set(RULES.map((r) => fixturePath(r)));
    assert.deepEqual(fixtureFiles().filter((f) => !expected.has(f)), [], 'fixtures of no rule (or in another scope’s folder)');
  });

  it('each fixture has a hit with an expected finding and a trap', () => {
    for (const file of fixtureFiles()) {
      const fixture = readFixture(file);
      const hits = fixture.cases.filter((c) => c.kind === 'hit');
      assert.ok(hits.some((c) => !c.pending), `${file}: a hit the rule gets right`);
      assert.ok(hits.every((c) => c.files.some((f) => f.expected.length > 0)), `${file}: every hit expects a finding`);
      const traps = fixture.cases.filter((c) => c.kind === 'trap');
      assert.ok(traps.some((c) => !c.pending), `${file}: a trap the rule gets right`);
      assert.ok(traps.every((c) => c.files.every((f) => f.expected.length === 0)), `${file}: a trap expects no finding`);
    }
  });
});

describe('rule fixtures: each rule finds what its fixture expects, and nothing else', () => {
  let fixtures: RuleFixture[] = [];
  try {
    fixtures = fixtureFiles().map(readFixture);
  } catch (e) {
    it('reads every fixture', () => {
      throw e;
    });
  }
  for (const fixture of fixtures) {
    describe(fixture.code, () => {
      for (const c of fixture.cases) {
        it(`${c.pending ? 'Pending ' : ''}${c.kind === 'hit' ? (c.pending ? 'hit' : 'Hit') : c.pending ? 'trap' : 'Trap'}: ${c.title}`, async function () {
          const found = await runCase(fixture.code, c);
          const where = (p: string, line: number) => `${p}:${line + 1}`;
          const actual = found.map((f) => `${where(f.path, f.line)} ${f.finding.message}`);
          const expected = c.files.flatMap((f) => f.expected.map((line) => where(f.path, line)));
          const right = JSON.stringify(found.map((f) => where(f.path, f.line)).sort()) === JSON.stringify([...expected].sort());
          if (c.pending) {
            // Known to be wrong: skipped while it is, and a failure once the rule gets it right.
            assert.ok(!right, `${fixture.file}:${c.line}: the rule now gets this pending case right: drop "Pending" from its heading`);
            this.skip();
          }
          assert.deepEqual(
            found.map((f) => where(f.path, f.line)).sort(),
            expected.sort(),
            `${fixture.file}:${c.line}: findings of ${fixture.code} (found: ${actual.length ? actual.join(' | ') : 'none'})`,
          );
        });
      }
    });
  }
});
