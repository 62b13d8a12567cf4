import * as assert from 'node:assert/strict';
import { InlineText } from '../../../../server/src/core/inline/inlineText';
import { addLeadIns, englishLeadsIn, joinTokens, leadInBeforeKey, leadInInLinkKey, leadInStartKey, leadInTokens, markdownLinks } from '../../../../server/src/core/terms/leadIns';

const KINDS = new Map([
  [leadInBeforeKey(''), 'before'],
  [leadInStartKey(''), 'start'],
  [leadInInLinkKey(''), 'in'],
]);

/** The keys a segment adds, without their control character: `before:`, `start:` or `in:` and the words. */
function keysOf(english: string, translation: string): string[] {
  const out: string[] = [];
  addLeadIns(english, markdownLinks(new InlineText(english, 0)), translation, markdownLinks(new InlineText(translation, 0)), (key) => out.push(`${KINDS.get(key[0])}:${key.slice(1)}`));
  return out;
}

describe('terms: how a locale renders "see" before a link', () => {
  it('reads words and Han characters as tokens, punctuation and digits as breaks', () => {
    assert.deepEqual(leadInTokens('Para más **información**, consulte'), ['para', 'más', 'información', undefined, 'consulte']);
    assert.deepEqual(leadInTokens('如需詳細資訊，請參閱'), ['如', '需', '詳', '細', '資', '訊', undefined, '請', '參', '閱']);
    assert.deepEqual(leadInTokens("l'articolo 365"), ["l'articolo", undefined]);
  });

  it('joins Han characters without spaces and words with them', () => {
    assert.equal(joinTokens(['請', '參', '閱']), '請參閱');
    assert.equal(joinTokens(['finden', 'sie', 'unter']), 'finden sie unter');
    assert.equal(joinTokens(['參', '閱', 'how']), '參閱 how');
  });

  it('takes "see", "refer to" and "visit" before a link as a lead-in, not a link that starts with the verb itself', () => {
    assert.ok(englishLeadsIn('For more information, see ', 'Set up the printer'));
    assert.ok(englishLeadsIn('please refer to **', 'Printing'));
    assert.ok(englishLeadsIn('Visit ', 'the admin center'));
    assert.ok(!englishLeadsIn('For more information, see ', 'Visit the admin center'));
    assert.ok(!englishLeadsIn('Go to the ', 'admin center'));
    assert.ok(!englishLeadsIn('Oversee ', 'the admin center'));
  });

  it('counts the words before a link the English leads in to, those at its start, and the words inside every link', () => {
    assert.deepEqual(keysOf('For more information, see [Set up printers](https://a).', 'Para más información, consulte [Configurar impresoras](https://a).'), [
      'start:configurar',
      'start:configurar impresoras',
      'in:impresoras',
      'before:consulte',
    ]);
    // No lead-in in the English: only the link's own words.
    assert.deepEqual(keysOf('The [printer](https://a) is on.', 'La [impresora](https://a) está.'), ['in:impresora']);
    // As many links on both sides, or nothing.
    assert.deepEqual(keysOf('See [A](https://a).', 'Consulte A.'), []);
    // A Han character alone says nothing; two or more do.
    assert.deepEqual(keysOf('See [Printers](https://a).', '請參閱[印表](https://a)。'), ['start:印表', 'before:參閱', 'before:請參閱']);
  });
});
