import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from '../../../server/src/core/parse/parse';
import { counterpartOf, SegmentNumbers } from '../../../server/src/core/paragraphs';
import { markdownFiles, withCorpus } from '../../support/corpus';

const norm = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('corpus: paragraph segments map to the sentences other locales keep split', function () {
  this.timeout(900_000); // reads every file of the corpus: opts out of the unit tests' 5 s
  const root = withCorpus(this);
  if (!root) return;

  it('maps each -p segment to sentences whose English, joined, is its English (FORMAT.md: 99%)', () => {
    const locales = fs.readdirSync(root).filter((d) => fs.statSync(path.join(root, d)).isDirectory());
    const first = path.join(root, locales[0]);
    let pairs = 0;
    let equal = 0;
    for (const file of markdownFiles(first)) {
      const rel = path.relative(first, file);
      const docs = locales.map((l) => path.join(root, l, rel)).filter((f) => fs.existsSync(f)).map((f) => parse(fs.readFileSync(f, 'utf8')));
      if (!docs.some((d) => d.segments.some((s) => s.paragraph))) continue;
      const numbers = docs.map((d) => new SegmentNumbers(d));
      docs.forEach((here, i) => {
        for (const s of here.segments.filter((x) => x.paragraph)) {
          docs.forEach((_, j) => {
            if (i === j) return;
            const c = counterpartOf(s, numbers[i], numbers[j]);
            if (c.kind !== 'same' || c.segments.every((x) => x.paragraph)) return;
            pairs++;
            if (norm(c.segments.map((x) => x.source?.text).join(' ')) === norm(s.source?.text)) equal++;
          });
        }
      });
    }
    assert.ok(pairs > 100, `only ${pairs} paragraph-to-sentences pairs`);
    assert.ok(equal / pairs >= 0.97, `${equal} of ${pairs} paragraph mappings have the same English`);
  });
});
