import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { InlineText } from '../../../server/src/core/inline/inlineText';

describe('inline text: words of a range', () => {
  it('reads the words of a link text without reading the whole side', () => {
    const side = new InlineText('Lies [die ganze Anleitung](https://contoso.com/a) jetzt', 100);
    const link = side.links[0];
    assert.deepEqual(
      side.wordsIn({ start: link.textStart, end: link.textEnd }).map((w) => w.text),
      ['die', 'ganze', 'Anleitung'],
    );
  });

  // Words are read from the start of the word a range cuts, so that they are the words of the whole side.
  const unit = fc.constantFrom('a', 'B', 'é', '漢', '\ud840\udc00', '\u0301', "'", '’', '-', '_', '1', ' ', '[', ']', '(', ')', '`', '<', '>', '/', ':', 'http', 'www.', '*');
  it('has the same words in any range as the whole side has (generated)', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.nat(), fc.nat(), (text, a, b) => {
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        const range = { start: 7 + start, end: 7 + end };
        const expected = new InlineText(text, 7).words.filter((w) => w.start >= range.start && w.end <= range.end);
        assert.deepEqual(new InlineText(text, 7).wordsIn(range), expected);
      }),
      { numRuns: Number(process.env.SXS_WORDS_RUNS ?? 5000) },
    );
  });
});
