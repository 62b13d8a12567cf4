import { DEFAULT_CHECK_CONFIG } from '../../../server/src/core/config';
import { fixAll } from '../../../server/src/core/fixAll';
import type { SxsDocument } from '../../../server/src/core/model';
import { parse } from '../../../server/src/core/parse/parse';
import { checkDocument } from '../../../server/src/core/rules/check';
import type { FixData } from '../../../server/src/core/rules/rule';
import { applyEdits, mergeFixes } from '../../../server/src/core/textEdits';
import { frontMatter, seg } from '../../support/sxs';
import type { Figure, Measurement } from '../measure';

/** A document of `n` segments, each with one fixable defect (two spaces in its translation). */
function defective(n: number): string {
  const body = Array.from({ length: n }, (_, i) => seg(`abcde-${100 + i}`, `Două  spații în fraza ${i}.`, `Two spaces in sentence ${i}.`)).join('\n\n');
  return `${frontMatter('ro-RO')}${body}\n`;
}

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** The fix-all of a document with `n` fixes, as the editor's fix-all and fix-on-save run it. */
function fixAllMs(n: number): { ms: number; applied: number } {
  const doc = parse(defective(n));
  const check = (d: SxsDocument) => checkDocument(d, DEFAULT_CHECK_CONFIG, { path: 'file:///docs-pr.ro-RO/a.md' });
  const findings = check(doc);
  let applied = 0;
  const ms = time(() => (applied = fixAll(doc, findings, { check }).applied));
  return { ms, applied };
}

/** Merging `n` fixes into one change and applying it to a text of their size. */
function mergeMs(n: number): number {
  const text = 'x'.repeat(n * 10);
  const fixes: FixData[] = Array.from({ length: n }, (_, i) => ({ title: 'fix', edits: [{ start: i * 10 + 2, end: i * 10 + 4, newText: 'yy' }] }));
  // Every tenth fix overlaps the one before: the merge leaves it out.
  for (let i = 10; i < n; i += 10) fixes[i] = { title: 'overlapping', edits: [{ start: i * 10 - 7, end: i * 10 + 3, newText: '' }] };
  return time(() => applyEdits(text, mergeFixes(fixes.reverse()).edits));
}

/**
 * Fix-all and the merge of fixes: a document with 4,000 fixes and 20,000 fixes merged, each
 * beside a quarter of the size measured in the same run. Linear work gives a ratio near 4.
 */
export const fixAllSpeed: Measurement = {
  name: 'fixall',
  description: 'fix-all of a document with 4,000 fixes, and the merge of 20,000 fixes, each beside a quarter of the size',
  async run(context) {
    fixAllMs(200); // warm the JIT
    const quarter = fixAllMs(1_000);
    const full = fixAllMs(4_000);
    context.log(`fixall: ${full.applied} of 4,000 fixes applied`);
    mergeMs(2_000);
    const mergeQuarter = mergeMs(5_000);
    const mergeFull = mergeMs(20_000);
    return [
      { key: 'fixAll.4000.ms', label: 'fix-all of a document with 4,000 fixes', value: full.ms, unit: 'ms', baseline: { label: 'the same with 1,000 fixes', value: quarter.ms }, budget: { max: 1000, text: '≤ 1 s (issue 16)' } },
      { key: 'fixAll.merge20000.ms', label: 'merging and applying 20,000 fixes', value: mergeFull, unit: 'ms', baseline: { label: 'the same with 5,000 fixes', value: mergeQuarter } },
    ] satisfies Figure[];
  },
};
