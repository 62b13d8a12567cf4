import * as assert from 'node:assert/strict';
import { NO_UPPER_BOUND, mappedSegments, refineParagraphCoverage, segmentCoverage, segmentsCorrespond, SegmentMatcher } from '../../../../server/src/core/index/coverage';
import { comparableText } from '../../../../server/src/core/index/comparable';
import { SegmentTable } from '../../../../server/src/core/index/segmentTable';
import { parse } from '../../../../server/src/core/parse/parse';
import { seg } from '../../../support/sxs';

/** Segments from ids such as `104` and `p103`. */
function ids(...list: string[]) {
  return list.map((id) => ({ number: Number(id.replace('p', '')), paragraph: id.startsWith('p') }));
}

describe('index: the -p paragraph-segment mapping', () => {
  it('a sentence segment stands for its own number', () => {
    assert.deepEqual(segmentCoverage(ids('103', '104')), [
      { lo: 103, hi: 103 },
      { lo: 104, hi: 104 },
    ]);
  });

  it('a paragraph segment stands for the numbers between its sentence neighbours, whatever its own number', () => {
    // As in real files: -p103 sits between 107 and 111 and stands for 108–110.
    const coverage = segmentCoverage(ids('106', '107', 'p103', '111'));
    assert.deepEqual(coverage[2], { lo: 108, hi: 110 });
  });

  it('consecutive paragraph segments share the run between their sentence neighbours', () => {
    const coverage = segmentCoverage(ids('104', 'p101', 'p102', '110'));
    assert.deepEqual([coverage[1], coverage[2]], [
      { lo: 105, hi: 109 },
      { lo: 105, hi: 109 },
    ]);
  });

  it('splits the run of consecutive paragraph segments by the English of another locale that keeps the sentences', () => {
    const same = (a: string, b: string) => comparableText(a) === comparableText(b);
    const joined = [
      { number: 104, paragraph: false, english: 'Intro.' },
      { number: 101, paragraph: true, english: 'One. Two.  Three.' },
      { number: 102, paragraph: true, english: 'Four.' },
      { number: 110, paragraph: false, english: 'End.' },
    ];
    // 107 is an image's alt text there: a number without a segment.
    const split = [104, 105, 106, 108, 109, 110].map((n, i) => ({ number: n, paragraph: false, english: ['Intro.', 'One.', 'Two.', 'Three.', 'Four.', 'End.'][i] }));
    const refined = refineParagraphCoverage(joined, segmentCoverage(joined), [split], same);
    assert.deepEqual([refined[1], refined[2]], [
      { lo: 105, hi: 108 },
      { lo: 109, hi: 109 },
    ]);
    const unsettled = refineParagraphCoverage(joined, segmentCoverage(joined), [split.map((s) => ({ ...s, english: 'Changed.' }))], same);
    assert.deepEqual(unsettled, segmentCoverage(joined));
  });

  it('a paragraph segment first or last in the file is open on that side', () => {
    const coverage = segmentCoverage(ids('p101', '105', 'p102'));
    assert.deepEqual(coverage[0], { lo: 0, hi: 104 });
    assert.deepEqual(coverage[2], { lo: 106, hi: NO_UPPER_BOUND });
  });

  it('a malformed id (number -1) stands for nothing and corresponds to nothing', () => {
    const [mapped] = mappedSegments([{ number: -1, paragraph: false }]);
    assert.ok(mapped.lo > mapped.hi);
    assert.equal(segmentsCorrespond(mapped, mapped), false);
  });

  describe('correspondence across locales', () => {
    const split = mappedSegments(ids('103', '104', '105', '106'));
    const joined = mappedSegments(ids('103', 'p101', '106'));

    it('maps a paragraph segment to the run of sentences it stands for, and back', () => {
      const inSplit = new SegmentMatcher(split).matches(joined[1]);
      assert.deepEqual(inSplit, [1, 2]);
      assert.deepEqual(new SegmentMatcher(joined).matches(split[1]), [1]);
      assert.deepEqual(new SegmentMatcher(joined).matches(split[2]), [1]);
      assert.deepEqual(new SegmentMatcher(joined).matches(split[3]), [2]);
    });

    it('pairs two paragraph segments by their p-number only', () => {
      const a = mappedSegments(ids('104', 'p101', 'p102', '110'));
      const b = mappedSegments(ids('104', 'p101', 'p102', '110'));
      assert.deepEqual(new SegmentMatcher(b).matches(a[2]), [2]);
      assert.equal(segmentsCorrespond(a[1], b[2]), false);
    });

    it('finds the same matches as comparing every pair', () => {
      const a = mappedSegments(ids('101', '102', 'p101', '108', '109', 'p102', 'p103', '120', '121'));
      const b = mappedSegments(ids('101', '102', '103', '104', 'p101', '109', '110', '111', 'p103', 'p104', '121'));
      for (const s of a) {
        const brute = b.map((t, j) => (segmentsCorrespond(s, t) ? j : -1)).filter((j) => j >= 0);
        assert.deepEqual(new SegmentMatcher(b).matches(s), brute, JSON.stringify(s));
      }
    });

    it('the index’s tables find the same matches as comparing every pair', () => {
      const a = mappedSegments(ids('101', '102', 'p101', '108', '109', 'p102', 'p103', '120', '121'));
      const b = ids('101', '102', '103', '104', 'p101', '109', '110', '111', 'p103', 'p104', '121');
      const mapped = mappedSegments(b);
      const table = SegmentTable.from(mapped.map((m) => ({ ...m, flags: 0, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, englishHash: [0, 0], translationHash: [0, 0] })));
      for (const s of [...a, { number: -1, paragraph: false, lo: 1, hi: 0 }]) {
        const brute = mapped.map((t, j) => (segmentsCorrespond(s, t) ? j : -1)).filter((j) => j >= 0);
        assert.deepEqual(table.correspondingTo(s), brute, JSON.stringify(s));
      }
    });

    it('reads the mapping from parsed documents', () => {
      const de = parse(`${seg('aaaaa-103', 'A', 'One.')} ${seg('aaaaa-104', 'B', 'Two.')} ${seg('aaaaa-105', 'C', 'Three.')}`);
      const it = parse(`${seg('bbbbb-103', 'A', 'One.')} ${seg('bbbbb-p101', 'BC', 'Two. Three.')}`);
      const matches = new SegmentMatcher(mappedSegments(de.segments)).matches(mappedSegments(it.segments)[1]);
      assert.deepEqual(matches.map((i) => de.segments[i].id), ['aaaaa-104', 'aaaaa-105']);
    });
  });
});
