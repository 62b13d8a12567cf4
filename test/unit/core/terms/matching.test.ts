import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { caseChanged, keepsIgnoringCase } from '../../../../server/src/core/terms/matching';

describe('terms: where a name stands in any capitals', () => {
  // The regular expression the search in the text lowered stands in for: the name's words with spaces or hyphens between, as whole words.
  const expression = (name: string) =>
    new RegExp(`(?<![A-Za-z0-9])${name.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s-]+')}(?![A-Za-z0-9])`, 'gi');
  const reference = (text: string, name: string) => [...text.matchAll(expression(name))].filter((m) => m[0].replace(/[\s-]+/g, ' ') !== name).map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));

  it('finds a name written with other capitals, its words joined by spaces or hyphens, as a whole word only', () => {
    assert.deepEqual(caseChanged('Öffnen Sie microsoft  teams und MICROSOFT-Teams.', 'Microsoft Teams').map((o) => o.text), ['microsoft  teams', 'MICROSOFT-Teams']);
    assert.deepEqual(caseChanged('Die Microsoft Teams-App, microsoft teamsit', 'Microsoft Teams').map((o) => o.text), []);
    assert.deepEqual(caseChanged('intune, Intune, INTUNE', 'Intune').map((o) => o.start), [0, 16]);
    assert.ok(!keepsIgnoringCase('Kelvin: \u212Ab', 'KB'), 'a sign that lowers to an ASCII letter is none');
  });

  it('finds the places the regular expression finds, in texts of names, spaces, hyphens and letters of other scripts', () => {
    const names = ['Microsoft Teams', 'Intune', 'Azure AD Connect', 'Foo-Bar', 'a b', 'A.B', "Don't", 'x64', 'KB'];
    const pieces = ['microsoft', 'Microsoft', 'MICROSOFT', 'teams', 'Teams', ' ', '  ', '-', '\u00a0', 'intune', 'INTUNE', 'azure', 'ad', 'AD', 'connect', 'foo', 'BAR', 'a', 'B', '.', "'", 'don', 't', 'X64', 'kb', '\u212A', 'İ', 'ß', 'é', 'x', '1'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), fc.constantFrom(...names), (parts, name) => {
        const text = parts.join('');
        const expected = reference(text, name);
        assert.deepEqual(caseChanged(text, name), expected);
        assert.equal(keepsIgnoringCase(text, name), expression(name).test(text));
      }),
      { numRuns: 3000 },
    );
  });
});
