import * as assert from 'node:assert/strict';
import { checkSegment } from '../../support/checks';

describe('rules: links', () => {
  describe('link-count', () => {
    it('names the URL the translation lost, on the translation', () => {
      const [f, ...rest] = checkSegment('link-count', 'Siehe die Dokumentation.', 'See [the docs](https://aka.ms/x).');
      assert.equal(rest.length, 0);
      assert.equal(f.message, 'The English links to https://aka.ms/x; the translation does not.');
      assert.equal(f.at, 'Siehe die Dokumentation.');
    });

    it('points at a link the translation added', () => {
      const [f] = checkSegment('link-count', 'Siehe [A](https://a) und [B](https://b).', 'See [A](https://a).');
      assert.equal(f.at, '[B](https://b)');
    });

    it('takes a link rewritten to the locale, and a link broken by a space, as there (traps)', () => {
      assert.deepEqual(checkSegment('link-count', '[Doku](https://learn.example/de-de/x)', '[Docs](https://learn.example/en-us/x)'), []);
      assert.deepEqual(checkSegment('link-count', '[hier] (https://aka.ms/x)', '[here](https://aka.ms/x)'), []);
    });
  });

  describe('link-url', () => {
    it('restores the English URL', () => {
      const [f] = checkSegment('link-url', 'Siehe [Doku](https://aka.ms/y).', 'See [docs](https://aka.ms/x).');
      assert.equal(f.at, 'https://aka.ms/y');
      assert.equal(f.message, 'The translation links to https://aka.ms/y; the English links to https://aka.ms/x.');
      assert.equal(f.fixed, 'Siehe [Doku](https://aka.ms/x).');
    });

    it('accepts /en-us/ rewritten to the file locale, and the same URL in another case (traps)', () => {
      assert.deepEqual(checkSegment('link-url', '[Doku](https://learn.example/ro-ro/a)', '[Docs](https://learn.example/en-us/a)', { locale: 'ro-RO' }), []);
      assert.deepEqual(checkSegment('link-url', '[Doku](https://aka.ms/ABC)', '[Docs](https://aka.ms/abc)'), []);
    });
  });

  describe('link-order', () => {
    const en = 'See [Managing risk](https://a) and [Setting up registration](https://b).';
    it('fires on links swapped and run together, as in the zh-TW seed', () => {
      const [f] = checkSegment('link-order', '請參閱[設定註冊](https://b)[管理風險](https://a)。', en, { locale: 'zh-TW' });
      assert.equal(f.at, '[設定註冊](https://b)');
      assert.match(f.message, /the English links to https:\/\/a here, the translation to https:\/\/b/);
    });

    it('accepts another order with words between the links (trap: word order differs by language)', () => {
      assert.deepEqual(checkSegment('link-order', 'Melden Sie sich als [Registrierung](https://b) beim [Risiko](https://a) an.', en), []);
    });
  });

  describe('link-text-empty', () => {
    it('fills an empty link text with the English one', () => {
      const [f] = checkSegment('link-text-empty', 'Sie brauchen ein Abonnement [](https://x/subs).', 'You need a [Contoso 365 subscription](https://x/subs).', { locale: 'ro-RO' });
      assert.equal(f.at, '[](https://x/subs)');
      assert.equal(f.fixed, 'Sie brauchen ein Abonnement [Contoso 365 subscription](https://x/subs).');
    });

    it('leaves an image with no alt text alone when the English has none either (trap)', () => {
      assert.deepEqual(checkSegment('link-text-empty', 'Bild ![](https://x/a.png)', 'Picture ![](https://x/a.png)'), []);
    });
  });

  describe('link-text-fragment', () => {
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

  describe('link-syntax', () => {
    it('removes the space that breaks [text] (url)', () => {
      const [f] = checkSegment('link-syntax', 'Klicken Sie [hier] ( https://aka.ms/x).', 'Click [here](https://aka.ms/x).', { locale: 'ro-RO' });
      assert.equal(f.at, '] (');
      assert.equal(f.fixed, 'Klicken Sie [hier]( https://aka.ms/x).');
    });

    it('does not take a bracketed word before a parenthesis for a link (trap)', () => {
      assert.deepEqual(checkSegment('link-syntax', 'Wählen Sie [OK] (die Schaltfläche).', 'Select [OK] (the button).'), []);
    });
  });
});
