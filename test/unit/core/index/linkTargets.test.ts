import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { replaceLinkTargets } from '../../../../server/src/core/index/linkTargets';

/** The pattern the scanner replaces: right, but quadratic on `](` with no `)`. */
const LINK_TARGET = /\]\(\s*<?[^)\s>]*>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;

describe('index: link targets cut out in linear time', () => {
  it('cuts what the link-target pattern matches, on texts made of its own characters', () => {
    const piece = fc.constantFrom('](', ')', ' ', '  ', '"', "'", '<', '>', 'a', 'url', '\n', '\u00a0', '[', ']');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        assert.equal(replaceLinkTargets(text, '|'), text.replace(LINK_TARGET, '|'), JSON.stringify(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('cuts link destinations and titles, and leaves text that is no link alone', () => {
    assert.equal(replaceLinkTargets('See [a](https://x "T") and [b]( <u v> ) and [c](d', ''), 'See [a and [b]( <u v> ) and [c](d');
    assert.equal(replaceLinkTargets('[a](  "only a title")', ''), '[a');
  });
});
