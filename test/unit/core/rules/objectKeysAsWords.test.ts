import * as assert from 'node:assert/strict';
import { RULES } from '../../../../server/src/core/rules/registry';
import { checkSegment } from '../../../support/checks';

/**
 * Words of a text that are also the names every JavaScript object has ("constructor",
 * "toString"): a rule that looks a word up in a table written as an object literal finds a
 * function there, and failed ("… .includes is not a function") where the English read "the
 * **Widget** constructor" or a linked title opened with "Constructor".
 */
const OBJECT_NAMES = ['constructor', 'Constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
const LOCALES = ['de-DE', 'it-IT', 'ro-RO', 'fi-FI', 'zh-TW', 'ja-JP', 'fr-FR'];

describe('rules: words that name what every object has', () => {
  it('no rule fails on them after a bold, in a linked title, or anywhere in a sentence', () => {
    const failures: string[] = [];
    for (const w of OBJECT_NAMES) {
      const pairs: [string, string][] = [
        [`Rufen Sie den **Option ${w}** auf.`, `Call the **Widget** ${w}.`],
        [`Ändern von [${w}](https://example.com/a)`, `[${w} the thing](https://example.com/a)`],
        [`${w} **${w}** e ${w} [${w} ${w}](https://example.com/b) ${w}.`, `${w} the **${w}** or ${w}, see [${w} a ${w}](https://example.com/b) ${w}.`],
      ];
      for (const locale of LOCALES) {
        for (const [tr, en] of pairs) {
          for (const rule of RULES) {
            if (!rule.checkSegment) continue;
            for (const f of checkSegment(rule.code, tr, en, { locale })) if (/failed here/.test(f.message)) failures.push(`${rule.code} (${locale}, "${w}"): ${f.message}`);
          }
        }
      }
    }
    assert.deepEqual(failures, []);
  });
});
