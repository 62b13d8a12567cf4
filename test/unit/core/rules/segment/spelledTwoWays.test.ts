import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { spelledTwoWays } from '../../../../../server/src/core/rules/segment/spelledTwoWays';

describe('protected-term: a word of the translation spelled with two sets of capitals', () => {
  // Every word as the expression reads it, each one's first spelling kept by its small one: the reading spelledTwoWays replaced.
  const reference = (text: string) => {
    const seen = new Map<string, string>();
    for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9]*/g)) {
      const first = seen.get(m[0].toLowerCase());
      if (first === undefined) seen.set(m[0].toLowerCase(), m[0]);
      else if (first !== m[0]) return true;
    }
    return false;
  };

  it('finds a word written with a capital and without, or with capitals in two places', () => {
    assert.ok(spelledTwoWays('Die Plattform und die Platform'));
    assert.ok(spelledTwoWays('Exchange Online plan 2 und Exchange Online Plan'));
    assert.ok(spelledTwoWays('AD und Ad'));
    assert.ok(spelledTwoWays('3abc und Abc'), 'digits before a word start none');
    assert.ok(!spelledTwoWays('Teams und Teams'));
    assert.ok(!spelledTwoWays('Teams und teamsin'), 'a longer word is another');
    assert.ok(!spelledTwoWays('Win32 und a2win32'), 'a letter before the digits joins them to its word');
    assert.ok(!spelledTwoWays('keine Namen hier'));
    assert.ok(!spelledTwoWays('Kelvin \u212aelvin'), 'the Kelvin sign is no ASCII letter, though it lowers to one');
    assert.ok(spelledTwoWays('İstanbul Plan plan'), 'also where lowering makes the text longer');
  });

  it('answers as the words read by the expression do, whatever the letters, digits and joiners', () => {
    const pieces = ['Plan', 'plan', 'PLAN', 'pla', 'n', 'N', 'a', 'A', '2', '32', 'Win', 'win', ' ', '-', '.', 'é', 'É', 'ß', '\u00a0', '設定', '\u212a', 'k', 'K', 'İ', 'i'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        assert.equal(spelledTwoWays(text), reference(text), JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
  });
});
