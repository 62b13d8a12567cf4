import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from '../../../server/src/core/parse/parse';
import { ruleByCode } from '../../../server/src/core/rules/registry';
import type { EvalFinding } from '../../eval/findings';
import { probeFolder, probeLines, readSeededDefects, scoreProbe, type SeededDefect } from '../../eval/languages';

/** A finding at information level on segment `ab123-<n>` of one page of a probe. */
function finding(page: 'correct' | 'defect', n: number, rule = 'menu-path', message = 'A step of the menu path is lost.', severity: EvalFinding['severity'] = 'information'): EvalFinding {
  return { file: `AlchemyInsights/${page}.md`, id: `ab123-${n}`, rule, severity, message, line: n };
}

const seeded: Record<string, SeededDefect> = { '102': { kind: 'menuempty' }, '103': { rules: ['numbers'] } };

describe('eval: the probes of languages the corpus does not have', () => {
  describe('scoreProbe', () => {
    it('finds a seeded defect by a finding on its segment of the defect page', () => {
      const s = scoreProbe('xx-XX', seeded, [finding('defect', 102)]);
      assert.deepEqual(s, { locale: 'xx-XX', seeded: 2, found: 1, falseAlarms: 0 });
    });

    it('does not count a finding its correct twin has too, but counts one it does not', () => {
      assert.equal(scoreProbe('xx-XX', seeded, [finding('defect', 102), finding('correct', 102)]).found, 0);
      const other = finding('defect', 102, 'menu-path', 'The menu path has an empty step.');
      assert.equal(scoreProbe('xx-XX', seeded, [finding('defect', 102), other, finding('correct', 102)]).found, 1);
      assert.equal(scoreProbe('xx-XX', seeded, [finding('defect', 102, 'emphasis-moved'), finding('correct', 102)]).found, 1);
    });

    it('counts a false alarm once per correct segment, whatever its findings', () => {
      const findings = [finding('correct', 102), finding('correct', 102, 'numbers', 'A number changed.'), finding('correct', 103)];
      assert.equal(scoreProbe('xx-XX', seeded, findings).falseAlarms, 2);
    });

    it('places a finding by its page and segment, not by another segment of the same number', () => {
      const s = scoreProbe('xx-XX', seeded, [finding('defect', 104), finding('correct', 104), { ...finding('defect', 102), id: '@file' }]);
      assert.deepEqual([s.found, s.falseAlarms], [0, 0]);
    });

    it('counts only what a reviewer sees by default: not hints', () => {
      const s = scoreProbe('xx-XX', seeded, [finding('defect', 102, 'menu-path', 'x', 'hint'), finding('correct', 103, 'numbers', 'y', 'hint')]);
      assert.deepEqual([s.found, s.falseAlarms], [0, 0]);
    });
  });

  it('probeLines totals the locales', () => {
    const lines = probeLines([
      { locale: 'aa-AA', seeded: 2, found: 1, falseAlarms: 0 },
      { locale: 'bb-BB', seeded: 3, found: 3, falseAlarms: 1 },
    ]);
    assert.match(lines.at(-1)!, /^ {2}all +4\/5 \(80%\) +1\/5$/);
  });

  describe('the data', () => {
    const defects = readSeededDefects();

    /** Segment number → translation of one page of a locale's probe. */
    function translations(locale: string, page: string): Map<string, string> {
      const doc = parse(fs.readFileSync(path.join(probeFolder(locale), 'AlchemyInsights', page), 'utf8'));
      return new Map(doc.segments.map((s) => [s.id.slice(s.id.lastIndexOf('-') + 1), s.translation.text]));
    }

    it('seeds a defect in every segment it names, which the correct page has without it', () => {
      for (const [locale, segments] of Object.entries(defects)) {
        const correct = translations(locale, 'correct.md');
        const defect = translations(locale, 'defect.md');
        for (const n of Object.keys(segments)) {
          assert.ok(correct.has(n) && defect.has(n), `${locale} ${n}: not on both pages`);
          assert.notEqual(defect.get(n), correct.get(n), `${locale} ${n}: the same on both pages`);
        }
      }
    });

    it('names each defect by a kind or by rules the checks have', () => {
      for (const [locale, segments] of Object.entries(defects)) {
        for (const [n, d] of Object.entries(segments)) {
          assert.ok(d.kind || d.rules?.length, `${locale} ${n}: neither a kind nor rules`);
          for (const r of d.rules ?? []) assert.ok(ruleByCode(r), `${locale} ${n}: no rule ${r}`);
        }
      }
    });
  });
});
