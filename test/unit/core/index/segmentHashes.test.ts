import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { comparableHash, translationHash } from '../../../../server/src/core/index/comparable';
import { SegmentHashes } from '../../../../server/src/core/index/segmentHashes';
import { parse } from '../../../../server/src/core/parse/parse';
import { frontMatter, seg } from '../../../support/sxs';

/** A document of segments (translation, English), numbered in order. */
function documentOf(segments: readonly (readonly [string, string])[]): string {
  return frontMatter('de-DE') + segments.map(([t, e], i) => seg(`abcde-${101 + i}`, t, e)).join('\n') + '\n';
}

describe('index: segment hashes of a document as it is edited', () => {
  const text = fc.constantFrom('Eins', 'Zwei [Link](https://contoso.example/de-de/a)', 'One', 'Two [link](https://contoso.example/en-us/a)', 'Drei  Wörter hier', 'Three words here', '');
  const segments = fc.array(fc.tuple(text, text), { maxLength: 6 });

  it('are the hashes of each segment, version after version, whatever was added, removed or changed (generated)', () => {
    fc.assert(
      // Each version's hashes are read whole, or only some of them (they are worked out as read).
      fc.property(fc.array(fc.tuple(segments, fc.nat(3)), { minLength: 1, maxLength: 5 }), (versions) => {
        const hashes = new SegmentHashes();
        for (const [version, every] of versions) {
          const doc = parse(documentOf(version));
          const got = hashes.of('file:///de-DE/a.md', doc);
          doc.segments.forEach((s, i) => {
            if (every > 0 && i % (every + 1) !== 0) return;
            assert.deepEqual(got.englishHash(i), comparableHash(s.source?.text ?? ''));
            assert.deepEqual(got.translationHash(i), translationHash(s.translation.text));
          });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('are worked out once per model', () => {
    const hashes = new SegmentHashes();
    const doc = parse(documentOf([['Eins', 'One']]));
    assert.equal(hashes.of('file:///a.md', doc), hashes.of('file:///a.md', doc));
  });
});
