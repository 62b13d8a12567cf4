import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isAcronym, isCmdlet, isCodeLike, isStrictCode, nameRuns, rememberedNameRuns } from '../../../../server/src/core/terms/names';
import { caseChanged, keeps, keepsIgnoringCase } from '../../../../server/src/core/terms/matching';

describe('terms: names and how a translation keeps them', () => {
  it('reads runs of names, a number continuing a run but not starting one', () => {
    const runs = nameRuns('Install Windows 10 and Azure AD Connect on 2 servers.');
    assert.deepEqual(runs.map((r) => r.text), ['Install Windows 10', 'Azure AD Connect']);
    assert.equal(runs[0].initial, true);
    assert.equal(runs[1].initial, false);
  });

  it('tells cmdlets, identifiers and versions from words with units and ordinals', () => {
    for (const code of ['Remove-MsolContact', 'Set-SPOTenant', 'v1.0', 'x64', 'smtp.office365.com', 'login_hint']) assert.ok(isStrictCode(code), code);
    for (const word of ['Read-Only', '100K', '5GB', '32-bit', '2.5-inch', '1080p', '30fps', '1st', 'COVID-19', 'A1', 'Office']) assert.ok(!isStrictCode(word), word);
    for (const measure of ['5GB', '2.5-inch', '1080p', '30fps', '500kbps']) assert.ok(!isCodeLike(measure), measure);
    assert.ok(isCmdlet('Get-Mailbox'));
    assert.ok(!isCmdlet('Sign-in'));
    assert.ok(isCodeLike('OneDrive') && isCodeLike('iOS') && !isCodeLike('Office'));
    assert.ok(isAcronym('ADAL') && isAcronym('ISVs') && !isAcronym('Teams'));
  });

  it('tells code as its expressions do, whatever the word (the look at its characters first answers for most)', () => {
    // isCodeLike and isStrictCode as written before the first look, their expressions alone: the first
    // that holds gives the answer (a `(w) => …` for a test of more than one expression).
    type Step = readonly [RegExp | ((w: string) => boolean), boolean];
    const answer = (steps: readonly Step[], w: string) => steps.find(([test]) => (test instanceof RegExp ? test.test(w) : test(w)))?.[1] ?? false;
    const letters = (w: string) => /[A-Za-z]/.test(w);
    const dotted = (w: string) => /[A-Za-z]\.[A-Za-z]/.test(w) && !/^[A-Z]\.[A-Z]/.test(w);
    // A number with its unit or ordinal ending, also after a hyphen: neither code nor strict code.
    const unit = (w: string) => /^\d+(?:[.,]\d+)?(?:-[a-z]+)+$/.test(w) || /^\d+(?:[.,]\d+)?(?:st|nd|rd|th|s|[KMGT]B?|[KMGT]?Hz|[kMG]bps|px|pt|ms|min|h|x|bit|dpi|fps|p|i|in|cm|mm)$/i.test(w);
    const codeLike: Step[] = [[isCmdlet, true], [/[a-z][A-Z]/, true], [(w) => /_/.test(w) && letters(w), true], [dotted, true], [(w) => /\d/.test(w) && letters(w) && !unit(w), true]];
    const strictCode: Step[] = [
      [(w) => isCmdlet(w) && /[a-z][A-Z]|[A-Z]{2}/.test(w.slice(w.indexOf('-') + 1)), true],
      [(w) => /_/.test(w) && letters(w), true],
      [dotted, true],
      [(w) => !/\d/.test(w) || !letters(w), false],
      [unit, false],
      [/^[A-Za-z]+-\d+$|^\d+\.[A-Za-z]|^[A-Z]\d$/, false],
      [() => true, true],
    ];
    const pieces = ['Get', 'Remove', 'Msol', 'Contact', 'office', 'SPO', 'i', 'OS', 'a', 'Z', 'day', 'Day', 'COVID', '-', '_', '.', ',', '1', '0', '5GB', 'st', 'ms', 'fps', 'p', 'é', 'É', '@', '`', '[', '{'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), (parts) => {
        const word = parts.join('');
        assert.equal(isCodeLike(word), answer(codeLike, word), word);
        assert.equal(isStrictCode(word), answer(strictCode, word), word);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a name kept, kept with other capitals, or not at all', () => {
    assert.ok(keeps('Öffnen Sie Microsoft Teams.', 'Microsoft Teams'));
    assert.ok(keeps('Avaa Outlookissa asetukset.', 'Outlook'), 'an inflection may follow the name');
    assert.ok(!keeps('Öffnen Sie MyTeams.', 'Teams'), 'the name starts a word');
    assert.deepEqual(caseChanged('Öffnen Sie microsoft teams.', 'Microsoft Teams').map((o) => o.text), ['microsoft teams']);
    assert.ok(keepsIgnoringCase('Öffnen Sie microsoft teams.', 'Microsoft Teams'));
    assert.ok(!keepsIgnoringCase('Öffnen Sie Teams.', 'Microsoft Teams'));
  });

  it('reads the same runs as the regular expression it reads words in place of', () => {
    // The words as a regular expression reads them, and the runs built from them: the reading `nameRuns` replaced.
    const reference = (text: string) => {
      const runs: { text: string; start: number; end: number; initial: boolean }[] = [];
      let words: { text: string; start: number; end: number }[] = [];
      const flush = () => {
        if (words.length) runs.push({ text: words.map((w) => w.text).join(' '), start: words[0].start, end: words[words.length - 1].end, initial: /^[\s"'“‘(]*$|[.!?:][\s"'“‘(]*$/.test(text.slice(Math.max(0, words[0].start - 40), words[0].start)) });
        words = [];
      };
      for (const m of text.matchAll(/[A-Za-z0-9]+(?:[-.'’_][A-Za-z0-9]+)*/g)) {
        const w = { text: m[0], start: m.index, end: m.index + m[0].length };
        const last = words[words.length - 1];
        const continues = !!last && w.start === last.end + 1 && text[last.end] === ' ';
        const nameLike = /[A-Z]/.test(w.text) || (/\d/.test(w.text) && /[A-Za-z]/.test(w.text)) || (continues && /^\d+(?:\.\d+)*$/.test(w.text));
        if (!(nameLike && continues)) flush();
        if (nameLike) words.push(w);
      }
      flush();
      return runs;
    };
    const pieces = ['Windows', ' ', '10', '.', '8.1', 'azure', 'AD', 'x64', '-', "'", '’', '_', '"', '(', ':', '!', '\u00a0', '\u3000', 'é', '\n', 'v1.0', '..', 'iOS'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(
          nameRuns(text).map((r) => ({ text: r.text, start: r.start, end: r.end, initial: r.initial })),
          reference(text),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('remembers the runs of a text read lately: the same runs as read afresh, also once the memo started afresh', () => {
    const texts = ['Install Windows 10 and Azure AD Connect on 2 servers.', 'Open the SharePoint admin center.', 'no names here'];
    const read = (runs: readonly { text: string; start: number; end: number }[]) => runs.map((r) => `${r.text}@${r.start}-${r.end}`);
    const expected = texts.map((t) => read(nameRuns(t)));
    assert.deepEqual(texts.map((t) => read(rememberedNameRuns(t))), expected);
    assert.equal(rememberedNameRuns(texts[0]), rememberedNameRuns(texts[0]));
    for (let i = 0; i < 5000; i++) rememberedNameRuns(`Contoso Desk ${i}`);
    assert.deepEqual(read(rememberedNameRuns('Contoso Desk 7')), ['Contoso Desk 7@0-14']);
    assert.deepEqual(texts.map((t) => read(rememberedNameRuns(t))), expected);
  });
});
