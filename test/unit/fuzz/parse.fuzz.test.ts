import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import fc from 'fast-check';
import { DEFAULT_CHECK_CONFIG } from '../../../server/src/core/config';
import type { Span, SxsDocument } from '../../../server/src/core/model';
import { parse } from '../../../server/src/core/parse/parse';
import { reconstruct } from '../../../server/src/core/pieces';
import { checkDocument } from '../../../server/src/core/rules/check';
import { corpusRoot, markdownFiles } from '../../support/corpus';
import { sampleWorkspace } from '../../support/sampleWorkspace';
import { mutations } from '../../support/mutations';
import { fuzzReport, fuzzRuns } from '../../support/fuzzReport';


/** Real texts to damage: our samples, and a spread of corpus files when the corpus is there. */
function seedTexts(): string[] {
  const texts = markdownFiles(sampleWorkspace()).map((f) => fs.readFileSync(f, 'utf8'));
  const corpus = corpusRoot();
  if (corpus) {
    const files = markdownFiles(corpus);
    const step = Math.max(1, Math.floor(files.length / 200));
    for (let i = 0; i < files.length; i += step) texts.push(fs.readFileSync(files[i], 'utf8'));
  }
  return texts;
}

function assertSpanInside(doc: SxsDocument, span: Span, what: string) {
  assert.ok(0 <= span.start && span.start <= span.end && span.end <= doc.text.length, `${what} [${span.start}, ${span.end}) is outside the document (${doc.text.length})`);
  assert.deepEqual(span.range, doc.lines.rangeOf(span.start, span.end), `${what}: range and offsets disagree`);
}

/** Everything the model and the checks report lies inside the document, and the model writes the text back. */
export function assertWellFormed(doc: SxsDocument) {
  assert.equal(reconstruct(doc), doc.text, 'the model does not write the text back');
  assert.ok(!doc.problems.some((p) => p.code === 'parse-error'), `the reader threw: ${doc.problems.find((p) => p.code === 'parse-error')?.message}`);
  for (const s of doc.segments) {
    for (const [what, span] of [['segment', s.full], ['translation', s.translation.full], ['translation text', s.translation.content], ['id', s.translation.idSpan]] as const) assertSpanInside(doc, span, what);
    if (s.source) for (const span of [s.source.full, s.source.content, s.source.idSpan]) assertSpanInside(doc, span, 'English');
  }
  for (const p of doc.problems) assertSpanInside(doc, p.span, p.code);
  for (const f of checkDocument(doc, DEFAULT_CHECK_CONFIG, { path: '/docs-pr.ro-RO/a.md' })) {
    assert.ok(0 <= f.start && f.start <= f.end && f.end <= doc.text.length, `${f.code} [${f.start}, ${f.end}) is outside the document`);
  }
}

describe('fuzz: the reader on damaged documents', function () {
  this.timeout(10 * 60_000);
  const texts = seedTexts();
  const report = fuzzReport('parse');
  after(() => report.print());

  it(`never throws, reports only ranges inside the document and writes every text back (${fuzzRuns(300)} damaged documents)`, () => {
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), mutations, (i, damage) => {
        const text = damage(texts[i]);
        const doc = report.time(text, () => parse(text));
        assertWellFormed(doc);
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  // The sizes are such that a reader quadratic in any of them would miss this test's deadline by minutes.
  it('reads pathological inputs in time linear in their size', function () {
    this.timeout(60_000);
    const nest = (depth: number) => `<span data-ttu-id="aaaaa-101">${'<span>'.repeat(depth)}x${'</span>'.repeat(depth)}</span><span class="sxs-lookup"><span data-stu-id="aaaaa-101">x</span></span>`;
    const cases: [string, string][] = [
      ['10,000 nested spans', nest(10_000)],
      ['50,000 unclosed translation spans on one line', '<span data-ttu-id="aaaaa-101">'.repeat(50_000)],
      ['50,000 unclosed translation spans on their own lines', '<span data-ttu-id="aaaaa-101">x\n'.repeat(50_000)],
      ['50,000 English lookups never closed', '<span data-ttu-id="aaaaa-101">x</span><span class="sxs-lookup"><span data-stu-id="aaaaa-101">y\n'.repeat(50_000)],
      ['50,000 lookups without translations', '<span class="sxs-lookup"><span data-stu-id="aaaaa-101">'.repeat(50_000)],
      ['100,000 span tags that never end', '<span x'.repeat(100_000)],
      ['50,000 quoted attributes that never close', '<span a="'.repeat(50_000)],
      ['100,000 bare <', '< '.repeat(100_000)],
      ['a 5 MB single line', `${'<span data-ttu-id="aaaaa-101">a</span><span class="sxs-lookup"><span data-stu-id="aaaaa-101">a</span></span> '.repeat(50_000)}`.slice(0, 5_000_000)],
      ['a 5 MB line of one character', 'a'.repeat(5_000_000)],
      ['front matter of 100,000 lines', `---\n${'k: v\n'.repeat(100_000)}---\n`],
      ['a 1 MB half-open tag', `<span data-ttu-id="${'a'.repeat(1_000_000)}`],
      ['200 KB of bytes', Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('')],
    ];
    for (const [what, text] of cases) {
      const doc = report.time(text, () => parse(text), what);
      assertWellFormed(doc);
    }
  });

  it('reads a 50 MB file', function () {
    if (fuzzRuns(0) === 0 && !process.env.SXS_FUZZ_LARGE) this.skip(); // long pass only: `npm run fuzz`
    const unit = texts[0];
    const text = unit.repeat(Math.ceil(50_000_000 / unit.length));
    const doc = report.time(text, () => parse(text), '50 MB');
    assert.equal(reconstruct(doc), text);
  });
});
