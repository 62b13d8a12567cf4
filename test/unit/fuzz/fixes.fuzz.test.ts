import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import fc from 'fast-check';
import { applyEdits, editsTouch, mergeFixes } from '../../../server/src/core/textEdits';
import type { TextEditData } from '../../../server/src/core/rules/rule';
import { DEFAULT_CHECK_CONFIG } from '../../../server/src/core/config';
import { fixAll } from '../../../server/src/core/fixAll';
import type { SxsDocument } from '../../../server/src/core/model';
import { parse } from '../../../server/src/core/parse/parse';
import { checkDocument } from '../../../server/src/core/rules/check';
import type { Finding } from '../../../server/src/core/rules/rule';
import { corpusRoot, markdownFiles } from '../../support/corpus';
import { sampleWorkspace } from '../../support/sampleWorkspace';
import { fuzzReport, fuzzRuns } from '../../support/fuzzReport';
import { mutations } from '../../support/mutations';

const FILE = '/docs-pr.ro-RO/articles/a.md';

/** Texts with findings that have fixes: our samples and the corpus files that have such findings. */
function seedTexts(): string[] {
  const texts = markdownFiles(sampleWorkspace()).map((f) => fs.readFileSync(f, 'utf8'));
  const corpus = corpusRoot();
  if (corpus) {
    const files = markdownFiles(corpus);
    for (let i = 0; i < files.length && texts.length < 120; i += 37) {
      const text = fs.readFileSync(files[i], 'utf8');
      if (checkDocument(parse(text), DEFAULT_CHECK_CONFIG, { path: FILE }).some((f) => f.fix)) texts.push(text);
    }
  }
  return texts;
}

function findings(text: string): Finding[] {
  return checkDocument(parse(text), DEFAULT_CHECK_CONFIG, { path: FILE });
}

/** What "fix all" (source.fixAll.sxsDocs) does. */
function fixAllText(text: string): string {
  const doc = parse(text);
  const check = (d: SxsDocument) => checkDocument(d, DEFAULT_CHECK_CONFIG, { path: FILE });
  return fixAll(doc, check(doc), { check }).doc.text;
}

/** The edits applied one at a time from the end of the text: what `applyEdits` must agree with. */
function applyOneByOne(text: string, edits: readonly TextEditData[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

describe('fuzz: quick fixes on damaged documents', function () {
  this.timeout(10 * 60_000);
  const texts = seedTexts();
  const report = fuzzReport('fixes');
  after(() => report.print());

  it(`offer edits inside the document and inside their segment, never overlapping within one fix (${fuzzRuns(150)} damaged documents)`, () => {
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), mutations, (i, damage) => {
        const text = damage(texts[i]);
        for (const f of report.time(text, () => findings(text))) {
          for (const fix of [f.fix, f.ignore]) {
            if (!fix) continue;
            const edits = [...fix.edits].sort((a, b) => a.start - b.start);
            edits.forEach((e, k) => {
              assert.ok(0 <= e.start && e.start <= e.end && e.end <= text.length, `${f.code}: edit [${e.start}, ${e.end}) outside the document`);
              if (k > 0) assert.ok(edits[k - 1].end <= e.start, `${f.code}: "${fix.title}" has overlapping edits`);
            });
            if (fix === f.fix && f.segment) {
              for (const e of edits) assert.ok(f.segment.full.start <= e.start && e.end <= f.segment.full.end, `${f.code}: "${fix.title}" edits outside its segment`);
            }
          }
        }
      }),
      { numRuns: fuzzRuns(150) },
    );
  });

  it('fix all, applied twice, gives the text it gives once; merged edits never overlap', () => {
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), mutations, (i, damage) => {
        const text = damage(texts[i]);
        const fixes = findings(text).flatMap((f) => (f.fix ? [f.fix] : []));
        const { edits, taken } = mergeFixes(fixes);
        for (let k = 1; k < edits.length; k++) assert.ok(!editsTouch(edits[k - 1], edits[k]) && edits[k - 1].end <= edits[k].start, 'merged edits overlap or are out of order');
        const whole = fixes.filter((fix) => fix.edits.every((e) => edits.includes(e)));
        assert.equal(whole.length, taken, 'the count of fixes taken is the count of fixes whose every edit is merged');
        assert.equal(edits.length, new Set(whole.flatMap((fix) => fix.edits)).size, 'a fix is taken whole or not at all');
        assert.equal(applyEdits(text, edits), applyOneByOne(text, edits));
        const once = fixAllText(text);
        assert.equal(fixAllText(once), once);
      }),
      { numRuns: fuzzRuns(150) },
    );
  });
});

describe('fuzz: defects the fuzzing found', () => {
  it('offers no id fix that would copy a damaged id (quotes, <) into the English tag', () => {
    const text = '<span data-ttu-id=<abcde-103">T</span><span class="sxs-lookup"><span data-stu-id="abcde-104">S</span></span>';
    const mismatch = findings(text).filter((f) => f.code === 'id-mismatch');
    assert.equal(mismatch.length, 1);
    assert.equal(mismatch[0].fix, undefined);
  });
});
