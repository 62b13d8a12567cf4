import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule missing-space', () => {
  it('puts the space back before a round bracket and after an arrow', () => {
    const [f] = checkSegment('missing-space', 'Im Azure Active Directory(Azure AD) wählen Sie Zurück <--oben.', 'In Azure Active Directory (Azure AD), select Back <-- at the top.', { locale: 'de-DE' });
    assert.match(f.message, /2 times: "Directory\(Azure/);
    assert.equal(f.fixed, 'Im Azure Active Directory (Azure AD) wählen Sie Zurück <-- oben.');
  });

  it('names the words a lost dash separator joins, and offers no fix (which dash is meant is not known)', () => {
    const [f] = checkSegment('missing-space', 'Aggiornare il metodo di pagamento-passaggi consigliati', 'Update the payment method - recommended steps', { locale: 'it-IT' });
    assert.equal(f.message, 'Words run together where the English separates them with " - ": "pagamento-passaggi".');
    assert.equal(f.fixed, undefined);
  });

  it('leaves a lower-case Finnish compound alone, and reads a capital after the hyphen as a lost separator', () => {
    assert.deepEqual(checkSegment('missing-space', 'Ohjeet Azure-portaalissa', 'In the Azure portal - steps', { locale: 'fi-FI' }), []);
    assert.equal(checkSegment('missing-space', 'Maksun lisääminen-Suositellut vaiheet', 'Add a payment - recommended steps', { locale: 'fi-FI' }).length, 1);
  });
});
