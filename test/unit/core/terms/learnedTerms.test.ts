import * as assert from 'node:assert/strict';
import { parse } from '../../../../server/src/core/parse/parse';
import { LearnedTerms, NO_LEARNED_TERMS } from '../../../../server/src/core/terms/learnedTerms';
import { KeyKind, observeDocument } from '../../../../server/src/core/terms/observe';
import { documentText, learnedFrom, repeated, statsFrom } from '../../../support/learned';

/** A workspace where Intune stays in English everywhere, Windows Explorer is translated, and "subscription" is a word German translates. */
const WORKSPACE = repeated(
  {
    'de-DE': [
      ['Verwalten Sie Geräte mit Intune.', 'Manage devices with Intune.'],
      ['Starten Sie den Datei-Explorer.', 'Start the Windows Explorer.'],
      ['Kündigen Sie Ihr Abonnement.', 'Cancel your subscription.'],
      ['Wählen Sie **Speichern**.', 'Select **Save**.'],
    ],
    'fi-FI': [
      ['Hallitse laitteita Intunella ja Intune-sovelluksella.', 'Manage devices with Intune.'],
      ['Käynnistä Resurssienhallinta.', 'Start the Windows Explorer.'],
    ],
    'ro-RO': [
      ['Gestionați dispozitivele cu Intune.', 'Manage devices with Intune.'],
      ['Porniți Explorer.', 'Start the Windows Explorer.'],
    ],
  },
  5,
);

describe('terms: what the workspace teaches', () => {
  const learned = learnedFrom(WORKSPACE);

  it('learns the names every locale keeps, and the runs the locales translate', () => {
    assert.ok(learned.available);
    assert.ok(learned.protectedName('Intune', 'de-DE'));
    assert.ok(learned.translatedPhrase('Windows Explorer'));
    assert.ok(!learned.protectedPhrase('Windows Explorer', 'de-DE'));
  });

  it('learns the names a repository of one locale keeps, from that locale alone', () => {
    // Seven translations in ten keep "Teams" and "SharePoint Online"; "Online" alone is mostly a part of longer names.
    const oneLocale = (teams: string, online: string) =>
      learnedFrom(
        repeated(
          {
            'zh-TW': [
              ...Array.from({ length: 7 }, (): [string, string] => ['在 Teams 和 SharePoint Online 中開啟檔案。', 'Open the file in Teams and SharePoint Online.']),
              ...Array.from({ length: 3 }, (): [string, string] => ['在小組和 SharePoint 線上中開啟檔案。', 'Open the file in Teams and SharePoint Online.']),
              ['信箱可以是 Online。', 'The mailbox can be Online.'],
              ['信箱可以是 Online。', 'The mailbox can be Online.'],
              ['信箱可以是線上。', 'The mailbox can be Online.'],
              [teams, 'Teams is turned on.'],
              [online, 'Exchange Online is turned on.'],
            ],
          },
          5,
        ),
      );
    const learned = oneLocale('Teams 已開啟。', 'Exchange Online 已開啟。');
    assert.ok(learned.protectedName('Teams', 'zh-TW'), 'kept in seven translations in ten of one locale');
    assert.ok(learned.protectedPhrase('SharePoint Online', 'zh-TW'));
    assert.ok(!learned.protectedName('Online', 'zh-TW'), 'the English writes it mostly inside longer names');
    // Beside other locales that keep them, the same share in this locale is a locale of its own names' (the bar across locales).
    const beside = learnedFrom([
      ...repeated({ 'zh-TW': [['在小組中開啟。', 'Open it in Teams.'], ['在 Teams 中開啟。', 'Open it in Teams.'], ['在 Teams 中開啟。', 'Open it in Teams.']] }, 10),
      ...repeated({ 'de-DE': [['Öffnen Sie es in Teams.', 'Open it in Teams.']], 'fi-FI': [['Avaa se Teamsissa.', 'Open it in Teams.']] }, 2),
    ]);
    assert.ok(!beside.protectedName('Teams', 'zh-TW'), 'kept in 24 of 34 translations across locales, under the bar');
  });

  it('learns a name every other locale keeps, from three locales or more that have seen it', () => {
    const msds = (ro: string) =>
      learnedFrom(
        repeated({
          'de-DE': [['Legen Sie das Attribut msDS-ConsistencyGuid fest.', 'Set the msDS-ConsistencyGuid attribute.']],
          'fi-FI': [['Määritä attribuutti msDS-ConsistencyGuid.', 'Set the msDS-ConsistencyGuid attribute.']],
          'it-IT': [["Impostare l'attributo msDS-ConsistencyGuid.", 'Set the msDS-ConsistencyGuid attribute.']],
          'ro-RO': [[ro, 'Set the msDS-ConsistencyGuid attribute.']],
        }),
      );
    const kept = msds('Setați atributul ConsistencyGuid.');
    assert.ok(kept.keptByEveryOtherLocale(KeyKind.Single, 'msDS-ConsistencyGuid', 'ro-RO'));
    assert.ok(!kept.keptByEveryOtherLocale(KeyKind.Single, 'msDS-ConsistencyGuid', 'de-DE'), 'Romanian, another locale for German, loses it');
    assert.ok(!learned.keptByEveryOtherLocale(KeyKind.Single, 'Intune', 'de-DE'), 'two other locales are not enough');
    assert.ok(!NO_LEARNED_TERMS.keptByEveryOtherLocale(KeyKind.Single, 'Intune', 'de-DE'));
  });

  it('learns whether a locale keeps acronyms as a rule, over all its acronyms', () => {
    const acronyms = learnedFrom(
      repeated({
        'de-DE': [
          ['Melden Sie sich mit SAML an.', 'Sign in with SAML.'],
          ['Richten Sie MFA ein.', 'Set up MFA.'],
          ['Nutzen Sie ADAL.', 'Apps use ADAL.'],
        ],
        'it-IT': [
          ['Accedere con SAML.', 'Sign in with SAML.'],
          ["Configurare l'autenticazione a più fattori.", 'Set up MFA.'],
          ['Le app usano ADAL.', 'Apps use ADAL.'],
        ],
      }),
    );
    assert.ok(acronyms.keepsAcronyms('de-DE'));
    assert.ok(!acronyms.keepsAcronyms('it-IT'), 'two acronyms of three kept');
    assert.ok(!acronyms.keepsAcronyms('fi-FI'), 'none seen');
    assert.ok(!NO_LEARNED_TERMS.keepsAcronyms('de-DE'));
    assert.ok(acronyms.acronymOfName('ADAL'));
    assert.ok(!acronyms.acronymOfName('WITH'), 'an English word in capitals');
    assert.ok(!acronyms.acronymOfName('HIGHLIGHT'), 'too long for an acronym');
  });

  it('learns the small words a locale translates, and never from one sighting', () => {
    assert.ok(learned.translatedWord('subscription', 'de-DE'));
    assert.ok(learned.neverKept('subscription', 'de-DE'));
    assert.ok(!learned.translatedWord('subscription', 'fi-FI'), 'Finnish has no sentence with it');
    const once = learnedFrom([{ locale: 'de-DE', pairs: [['Kündigen Sie Ihr Abonnement.', 'Cancel your subscription.']] }]);
    assert.ok(!once.translatedWord('subscription', 'de-DE'));
  });

  it('learns the common words of a locale, of any length, from enough segments only', () => {
    const docs = (pairs: readonly (readonly [string, string])[], copies: number) => repeated({ 'ro-RO': pairs }, copies);
    const common = docs([['Deschideți setările pentru cont.', 'Open the account settings.'], ['Salvați modificările.', 'Save the changes.']], 100);
    // "pentru" in 100 documents of 203 segments; "parola" in 3 of them (1.5 %), under the 3 % a common word needs.
    const rare = docs([['Modificați parola.', 'Change the password.']], 3);
    const learnedRo = learnedFrom([...common, ...rare]);
    assert.ok(learnedRo.commonWord('pentru', 'ro-RO'));
    assert.ok(learnedRo.commonWord('Pentru', 'ro-RO'), 'in small letters');
    assert.ok(!learnedRo.functionWord('pentru', 'ro-RO'), 'too long for a function word');
    assert.ok(!learnedRo.commonWord('parola', 'ro-RO'));
    assert.ok(!learnedRo.commonWord('pentru', 'fi-FI'));
    assert.ok(!learnedRo.commonWord('pentru', undefined));
    // 60 segments are too few to say what is common.
    assert.ok(!learnedFrom(docs([['Deschideți setările pentru cont.', 'Open the account settings.']], 60)).commonWord('pentru', 'ro-RO'));
    assert.ok(!NO_LEARNED_TERMS.commonWord('pentru', 'ro-RO'));
  });

  it('learns how a locale translates a bold label', () => {
    assert.equal(learned.labelTranslation('save', 'de-DE'), 'speichern');
    assert.equal(learned.labelTranslation('save', 'ro-RO'), undefined);
  });

  it('takes the most frequent rendering of a label, the first counted of two as frequent', () => {
    const pairs = (tr: string, n: number) => Array.from({ length: n }, (): [string, string] => [`Wählen Sie **${tr}**.`, 'Select **Save**.']);
    const stats = statsFrom([{ locale: 'de-DE', pairs: [...pairs('Sichern', 2), ...pairs('Speichern', 3)] }]);
    assert.deepEqual(stats.topLabelTranslation('save', 'de-DE'), { translation: 'speichern', count: 3 });
    const tie = statsFrom([{ locale: 'de-DE', pairs: [...pairs('Sichern', 3), ...pairs('Speichern', 3)] }]);
    assert.deepEqual(tie.topLabelTranslation('save', 'de-DE'), { translation: 'sichern', count: 3 });
    assert.equal(tie.topLabelTranslation('save', 'fi-FI'), undefined);
    assert.equal(tie.topLabelTranslation('cancel', 'de-DE'), undefined);
  });

  it('forgets a document taken out of the statistics', () => {
    const stats = statsFrom(WORKSPACE);
    const before = stats.count('s:Intune', 'de-DE').seen;
    stats.delete('file:///ws/de-DE/doc0.md');
    assert.equal(stats.count('s:Intune', 'de-DE').seen, before - 1);
    stats.set('file:///ws/de-DE/doc0.md', 'de-DE', observeDocument(parse(documentText(WORKSPACE[0]))));
    assert.equal(stats.count('s:Intune', 'de-DE').seen, before);
  });

  it('without statistics knows only code-like names', () => {
    assert.ok(!NO_LEARNED_TERMS.available);
    assert.ok(NO_LEARNED_TERMS.protectedName('MsolContact', 'de-DE'));
    assert.ok(!NO_LEARNED_TERMS.protectedName('Intune', 'de-DE'));
    assert.ok(!new LearnedTerms(undefined).translatedWord('subscription', 'de-DE'));
  });
});
