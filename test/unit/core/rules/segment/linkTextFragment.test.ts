import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule link-text-fragment', () => {
  it('fires when one word of a whole linked title is linked (it-IT seed)', () => {
    const [f, ...more] = checkSegment(
      'link-text-fragment',
      'Per ulteriori informazioni, vedere [Gestione](https://a) dei rischi con l\'accesso condizionale e Configurazione dell\'accesso condizionale locale tramite la registrazione dei dispositivi [di Azure Active Directory.](https://b)',
      'For more information, see [Managing Risk with Conditional Access](https://a) and [Setting up On-premises Conditional Access using Azure Active Directory Device Registration](https://b).',
      { locale: 'it-IT' },
    );
    // Both links are cut: one finding for the segment, from the first link's text to the second's.
    assert.deepEqual(more, []);
    assert.match(f.at, /^Gestione\]\(https:\/\/a\).*di Azure Active Directory\.$/);
    assert.equal(f.message, '2 links are cut down to a fragment of what the English links; the first: the English links the words "Managing Risk with Conditional Access", the translation only "Gestione".');
    const [one] = checkSegment('link-text-fragment', 'Vedere [Gestione](https://a) dei rischi con l\'accesso condizionale.', 'See [Managing Risk with Conditional Access](https://a).', { locale: 'it-IT' });
    assert.equal(one.message, 'The English links the words "Managing Risk with Conditional Access"; the translation links only "Gestione".');
  });

  it('in Japanese and Chinese, accepts particles and quotation brackets outside a whole link, not a name cut off (traps and a hit)', () => {
    const en = 'For details, see [Manage sync settings for your organization](https://a) in the admin center.';
    assert.deepEqual(checkSegment('link-text-fragment', '詳細については、管理センターで組織のためのいくつかの設定について説明している「[同期設定](https://a)」を参照してください。', en, { locale: 'ja-JP' }), []);
    assert.deepEqual(checkSegment('link-text-fragment', '詳細については、管理センターで組織のためのいくつかの設定について説明している[同期設定の管理](https://a)を参照してください。', en, { locale: 'ja-JP' }), []);
    assert.deepEqual(checkSegment('link-text-fragment', '如需詳細資訊，請參閱系統管理中心裡關於組織的各種設定說明的[同步設定](https://a)中的說明。', en, { locale: 'zh-TW' }), []);
    const [cut] = checkSegment('link-text-fragment', '詳細については、管理センターで組織のためのいくつかの設定について説明している[Manage](https://a) sync settings for your organization を参照してください。', en, { locale: 'ja-JP' });
    assert.equal(cut?.at, 'Manage');
  });

  it('takes a smaller cut for a fragment when the full stop moved into the link: the title\'s first words are then outside it', () => {
    const en = 'For more details about the options, see [Manage payment methods for your subscription](https://a).';
    const [f] = checkSegment('link-text-fragment', 'Details zu den Optionen: Zahlungsmethoden für Ihr [Abonnement verwalten.](https://a)', en);
    assert.equal(f?.message, 'The English links the words "Manage payment methods for your subscription"; the translation links only "Abonnement verwalten.".');
    // The same share with the full stop where the English has it, and a whole title with the full stop moved in, are no fragment.
    assert.deepEqual(checkSegment('link-text-fragment', 'Details zu den Optionen: Zahlungsmethoden für Ihr [Abonnement verwalten](https://a).', en), []);
    assert.deepEqual(checkSegment('link-text-fragment', 'Details zu den Optionen: [Zahlungsmethoden für Ihr Abonnement verwalten.](https://a)', en), []);
    // A link that keeps the English title as it is, with words of the sentence before it, holds the whole title.
    assert.deepEqual(checkSegment('link-text-fragment', 'Per eseguire l\'implementazione dell\'aggiunta ad Azure AD, vedere [Plan Azure AD Join.](https://a)', 'To do Azure AD join implementation, see [Plan Azure AD Join](https://a).', { locale: 'it-IT' }), []);
  });

  it('accepts a whole translated title, and short English link texts (traps)', () => {
    assert.deepEqual(checkSegment('link-text-fragment', 'Weitere Informationen finden Sie unter [Verwalten von Risiken mit bedingtem Zugriff](https://a).', 'For more information, see [Managing Risk with Conditional Access](https://a).'), []);
    assert.deepEqual(checkSegment('link-text-fragment', 'Klicken Sie auf diesen langen Satz [hier](https://a), um mehr zu erfahren.', 'Click [over here](https://a) to learn more.'), []);
  });
});
