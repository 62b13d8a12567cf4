import * as assert from 'node:assert/strict';
import { isAcronym, isCmdlet, isCodeLike, isStrictCode, nameRuns } from '../../../../server/src/core/terms/names';
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
    for (const word of ['Read-Only', '100K', '5GB', '32-bit', '1st', 'COVID-19', 'A1', 'Office']) assert.ok(!isStrictCode(word), word);
    assert.ok(isCmdlet('Get-Mailbox'));
    assert.ok(!isCmdlet('Sign-in'));
    assert.ok(isCodeLike('OneDrive') && isCodeLike('iOS') && !isCodeLike('Office'));
    assert.ok(isAcronym('ADAL') && isAcronym('ISVs') && !isAcronym('Teams'));
  });

  it('finds a name kept, kept with other capitals, or not at all', () => {
    assert.ok(keeps('Öffnen Sie Microsoft Teams.', 'Microsoft Teams'));
    assert.ok(keeps('Avaa Outlookissa asetukset.', 'Outlook'), 'an inflection may follow the name');
    assert.ok(!keeps('Öffnen Sie MyTeams.', 'Teams'), 'the name starts a word');
    assert.deepEqual(caseChanged('Öffnen Sie microsoft teams.', 'Microsoft Teams').map((o) => o.text), ['microsoft teams']);
    assert.ok(keepsIgnoringCase('Öffnen Sie microsoft teams.', 'Microsoft Teams'));
    assert.ok(!keepsIgnoringCase('Öffnen Sie Teams.', 'Microsoft Teams'));
  });
});
