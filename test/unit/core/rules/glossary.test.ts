import * as assert from 'node:assert/strict';
import { Glossary, type GlossaryEntry } from '../../../../server/src/core/terms/glossary';
import { Terminology } from '../../../../server/src/core/terms/terminology';
import { checkSegment } from '../../../support/checks';

const entry = (english: string, translation: string | undefined, status: GlossaryEntry['status'], locale: string | undefined = 'de-DE'): GlossaryEntry => ({ english, translation, status, locale, uri: 'file:///ws/glossary.tbx' });
const terminology = new Terminology(
  new Glossary([entry('account', 'Konto', 'approved'), entry('account', 'Account', 'forbidden'), entry('sign in', 'anmelden', 'approved'), entry('Contoso Drive', undefined, 'do-not-translate', undefined), entry('account', 'compte', 'approved', 'fr')]),
);

describe('rule glossary-term', () => {
  it('reports a forbidden term and fixes it to the approved one', () => {
    const [f, ...rest] = checkSegment('glossary-term', 'Öffnen Sie Ihr Account.', 'Open your account.', { terminology });
    assert.equal(rest.length, 0);
    assert.equal(f.at, 'Account');
    assert.match(f.message, /forbids "Account" for "account"; approved: "Konto"/);
    assert.equal(f.fixed, 'Öffnen Sie Ihr Konto.');
  });

  it('reports an approved term missing, and accepts it inflected or in another case', () => {
    assert.equal(checkSegment('glossary-term', 'Öffnen Sie Ihr Benutzerprofil.', 'Open your account.', { terminology }).length, 1);
    assert.deepEqual(checkSegment('glossary-term', 'Öffnen Sie Ihre Kontos.', 'Open your account.', { terminology }), []);
    assert.deepEqual(checkSegment('glossary-term', 'Melden Sie sich an: Anmelden.', 'Sign in now.', { terminology }), []);
  });

  it('matches whole English words only, and only the entries of the locale', () => {
    assert.deepEqual(checkSegment('glossary-term', 'Buchhaltung', 'Open accounting.', { terminology }), []);
    assert.deepEqual(checkSegment('glossary-term', 'Ouvrez votre compte.', 'Open your account.', { terminology, locale: 'fr-FR' }), []);
    assert.equal(checkSegment('glossary-term', 'Ouvrez votre profil.', 'Open your account.', { terminology, locale: 'fr-FR' }).length, 1);
  });

  it('gives the glossary\'s do-not-translate terms to the do-not-translate rule: one list of terms', () => {
    const [f] = checkSegment('do-not-translate', 'Öffnen Sie das Contoso Laufwerk.', 'Open Contoso Drive.', { terminology });
    assert.match(f.message, /Contoso Drive/);
    assert.deepEqual(checkSegment('do-not-translate', 'Öffnen Sie Contoso Drive.', 'Open Contoso Drive.', { terminology }), []);
    assert.deepEqual(checkSegment('glossary-term', 'Öffnen Sie das Contoso Laufwerk.', 'Open Contoso Drive.', { terminology }), [], 'reported once, by do-not-translate');
  });
});
