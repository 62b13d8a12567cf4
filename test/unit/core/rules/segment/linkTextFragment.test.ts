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

  it('accepts a whole translated title, and short English link texts (traps)', () => {
    assert.deepEqual(checkSegment('link-text-fragment', 'Weitere Informationen finden Sie unter [Verwalten von Risiken mit bedingtem Zugriff](https://a).', 'For more information, see [Managing Risk with Conditional Access](https://a).'), []);
    assert.deepEqual(checkSegment('link-text-fragment', 'Klicken Sie auf diesen langen Satz [hier](https://a), um mehr zu erfahren.', 'Click [over here](https://a) to learn more.'), []);
  });
});
