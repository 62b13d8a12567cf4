import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule link-text-fragment', () => {
  it('fires when one word of a whole linked title is linked (it-IT seed)', () => {
    const [f, g] = checkSegment(
      'link-text-fragment',
      'Per ulteriori informazioni, vedere [Gestione](https://a) dei rischi con l\'accesso condizionale e Configurazione dell\'accesso condizionale locale tramite la registrazione dei dispositivi [di Azure Active Directory.](https://b)',
      'For more information, see [Managing Risk with Conditional Access](https://a) and [Setting up On-premises Conditional Access using Azure Active Directory Device Registration](https://b).',
      { locale: 'it-IT' },
    );
    assert.equal(f.at, 'Gestione');
    assert.equal(f.message, 'The English links the words "Managing Risk with Conditional Access"; the translation links only "Gestione".');
    assert.equal(g.at, 'di Azure Active Directory.');
  });

  it('accepts a whole translated title, and short English link texts (traps)', () => {
    assert.deepEqual(checkSegment('link-text-fragment', 'Weitere Informationen finden Sie unter [Verwalten von Risiken mit bedingtem Zugriff](https://a).', 'For more information, see [Managing Risk with Conditional Access](https://a).'), []);
    assert.deepEqual(checkSegment('link-text-fragment', 'Klicken Sie auf diesen langen Satz [hier](https://a), um mehr zu erfahren.', 'Click [over here](https://a) to learn more.'), []);
  });
});
