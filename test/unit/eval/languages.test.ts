import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from '../../../server/src/core/parse/parse';
import { ruleByCode } from '../../../server/src/core/rules/registry';
import type { EvalFinding } from '../../eval/findings';
import { probeFolder, probeLines, readProbeSegments, readSeededDefects, scoreProbe, withEnglish, writeProbePages, type SeededDefect } from '../../eval/languages';

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

  describe('the pages written from the data', () => {
    it('writes the English in for {{english}} and {{english:K}}, and leaves other text as it is', () => {
      assert.equal(withEnglish('{{english}}', 'Select **Save**.'), 'Select **Save**.');
      assert.equal(withEnglish('{{english:10}} guardar.', 'Select the Save button.'), 'Select the guardar.');
      assert.equal(withEnglish('Seleccione **Guardar**.', 'Select **Save**.'), 'Seleccione **Guardar**.');
    });

    it('writes each locale two pages of the same segments, reading corpus English from the corpus', () => {
      const corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-corpus-'));
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-probes-'));
      try {
        fs.mkdirSync(path.join(corpus, 'repo'));
        fs.writeFileSync(path.join(corpus, 'repo/page.md'), '<span data-ttu-id="abcde-104">Speichern</span><span class="sxs-lookup"><span data-stu-id="abcde-104">Select **Save**.</span></span>\n');
        const locales = writeProbePages(
          [
            { locale: 'fr-FR', n: 101, english: { text: 'Probe' }, correct: 'Sonde', defect: 'Sonde!' },
            { locale: 'fr-FR', n: 102, english: { corpus: 'repo/page.md', id: 'abcde-104' }, correct: 'Sélectionnez **Enregistrer**.', defect: '{{english}}' },
          ],
          corpus,
          out,
        );
        assert.deepEqual(locales, ['fr-FR']);
        const page = (name: string) => parse(fs.readFileSync(path.join(probeFolder('fr-FR', out), 'AlchemyInsights', name), 'utf8'));
        const defect = page('defect.md');
        assert.deepEqual(defect.segments.map((s) => [s.id, s.translation.text, s.source?.text]), [
          ['ab123-101', 'Sonde!', 'Probe'],
          ['ab123-102', 'Select **Save**.', 'Select **Save**.'],
        ]);
        assert.equal(page('correct.md').frontMatter?.data['ms.contentlocale'], 'fr-FR');
      } finally {
        fs.rmSync(corpus, { recursive: true, force: true });
        fs.rmSync(out, { recursive: true, force: true });
      }
    });
  });

  describe('the data', () => {
    const defects = readSeededDefects();
    const segments = readProbeSegments();

    it('seeds a defect in every segment it names, which the correct translation has without it', () => {
      for (const [locale, seededHere] of Object.entries(defects)) {
        for (const n of Object.keys(seededHere)) {
          const segment = segments.find((s) => s.locale === locale && String(s.n) === n);
          assert.ok(segment, `${locale} ${n}: no such probe segment`);
          assert.notEqual(segment.defect, segment.correct, `${locale} ${n}: the same on both pages`);
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
