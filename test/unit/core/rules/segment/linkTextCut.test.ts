import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';
import { learnedFrom, repeated } from '../../../../support/learned';

/**
 * An Italian workspace of 200 segments and more, enough for the rules to learn the locale's
 * connecting words ("di", "per", "il"): the link rules read them.
 */
const learned = learnedFrom(
  repeated(
    {
      'it-IT': [
        ['Aprire il riquadro di gestione per il tenant.', 'Open the management pane for the tenant.'],
        ['Selezionare il nome di dominio e il piano.', 'Select the domain name and the plan.'],
        ['Per ulteriori informazioni, vedere la pagina di supporto.', 'For more information, see the support page.'],
        ['Il limite di archiviazione dipende dal piano.', 'The storage limit depends on the plan.'],
      ],
    },
    60,
  ),
);

describe('link-text-cut: a link text that starts with a connecting word', () => {
  const english = 'For details, see [Restore a deleted Microsoft 365 group](https://a.example).';

  it('reports the title head left outside, before a link that starts with "di"', () => {
    const [f] = checkSegment('link-text-cut', 'Per i dettagli, vedere ripristinare un gruppo [di Microsoft 365 eliminato](https://a.example).', english, { locale: 'it-IT', learned });
    assert.ok(f, 'a finding');
    assert.match(f.message, /starts with the connecting word "di", after "gruppo"/);
    assert.equal(f.at, 'di Microsoft 365 eliminato');
  });

  it('accepts the whole title linked, a link as long as the title, and a link after a connecting word (traps)', () => {
    assert.deepEqual(checkSegment('link-text-cut', 'Per i dettagli, vedere [ripristinare un gruppo di Microsoft 365 eliminato](https://a.example).', english, { locale: 'it-IT', learned }), []);
    // As long as the English title: the whole title with a connecting word before it.
    assert.deepEqual(checkSegment('link-text-cut', 'Per i dettagli, vedere ripristino [di un gruppo eliminato di Microsoft 365](https://a.example).', english, { locale: 'it-IT', learned }), []);
    // The link follows "per", a connecting word itself: what stands before is no title's head.
    assert.deepEqual(checkSegment('link-text-cut', 'Vedere i dettagli per [il limite di archiviazione](https://a.example).', english, { locale: 'it-IT', learned }), []);
  });

  it('says nothing without a workspace to learn the connecting words from', () => {
    assert.deepEqual(checkSegment('link-text-cut', 'Per i dettagli, vedere ripristinare un gruppo [di Microsoft 365 eliminato](https://a.example).', english, { locale: 'it-IT' }), []);
  });

  it('reports a link on a connecting word alone where the English links one word', () => {
    const [f] = checkSegment('link-text-cut', 'Vedere la sezione [di](https://a.example) risoluzione dei problemi.', 'See the [troubleshooting](https://a.example) section.', { locale: 'it-IT', learned });
    assert.ok(f, 'a finding');
    assert.match(f.message, /only connecting words/);
  });
});

describe('link-text-cut: a link that starts inside the English title, its head outside', () => {
  it('names the English words left before the link', () => {
    const english = 'See [How to reset your password](https://a.example).';
    const [f] = checkSegment('link-text-cut', '請參閱 how [to 重設您的密碼](https://a.example)。', english, { locale: 'zh-TW' });
    assert.ok(f, 'a finding');
    assert.match(f.message, /"How" of it is outside the link, or lost/);
    assert.equal(f.at, 'to 重設您的密碼');
  });

  it('leaves a tail of fewer than three words, and a title that opens with a small English word, alone', () => {
    assert.deepEqual(checkSegment('link-text-cut', 'Vedere la procedura [the password](https://a.example).', 'See [Reset the password](https://a.example).', { locale: 'it-IT', learned }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Vedere la guida [to Contoso Print Server](https://a.example).', 'See [The guide to Contoso Print Server](https://a.example).', { locale: 'it-IT', learned }), []);
  });
});

describe('link-text-cut: the words that send the reader to the link, pulled inside it', () => {
  it('names the words the link takes in', () => {
    const [f] = checkSegment('link-text-cut', 'Per ulteriori informazioni, [vedere Gestire le code di stampa](https://a.example).', 'For more information, see [Manage printer queues](https://a.example).', { locale: 'it-IT' });
    assert.ok(f, 'a finding');
    assert.match(f.message, /takes in "vedere", which the English leaves outside the link/);
    assert.equal(f.at, 'vedere Gestire le code di stampa');
  });

  it('reports a link that holds nothing but those words, the English words it should hold left outside', () => {
    const [f] = checkSegment('link-text-cut', 'Weitere [Informationen finden](https://a.example) Sie in diesem Handbuch.', 'Read [this guide](https://a.example) for more details.', { locale: 'de-DE' });
    assert.ok(f, 'a finding');
    assert.match(f.message, /takes in "Informationen finden"/);
  });

  it('leaves a phrase the English link says itself alone: "information", "topic", a leading verb (traps)', () => {
    assert.deepEqual(checkSegment('link-text-cut', '[Lisätietoja tulostusjonoista](https://a.example).', '[More information about printer queues](https://a.example).', { locale: 'fi-FI' }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Lisätietoja on [ohjeaiheessa tulostusjonot](https://a.example).', 'For more information, see [the printer queues topic](https://a.example).', { locale: 'fi-FI' }), []);
    assert.deepEqual(checkSegment('link-text-cut', '[Vedere le code di stampa](https://a.example).', '[See printer queues](https://a.example).', { locale: 'it-IT' }), []);
    // Finnish "katso" is "watch" too; Chinese "參考" alone is also the noun "reference".
    assert.deepEqual(checkSegment('link-text-cut', '[Katso tulostusvideot](https://a.example).', '[Watch the printing videos](https://a.example).', { locale: 'fi-FI' }), []);
    assert.deepEqual(checkSegment('link-text-cut', '請使用[參考指南](https://a.example)。', 'Use the [reference guide](https://a.example).', { locale: 'zh-TW' }), []);
  });

  it('knows no such words in a language without a table', () => {
    assert.deepEqual(checkSegment('link-text-cut', 'További információért [lásd: A várólisták kezelése](https://a.example).', 'For more information, see [Manage queues](https://a.example).', { locale: 'hu-HU' }), []);
  });
});

describe('link-text-cut: a capitalized connecting word left before a link that starts inside the English title', () => {
  /** A Finnish workspace large enough to learn "kun" (when) as a connecting word. */
  const finnish = learnedFrom(
    repeated(
      {
        'fi-FI': [
          ['Kun tulostin on valmis, valitse tulosta.', 'When the printer is ready, select print.'],
          ['Tulostin pysähtyy, kun paperi loppuu.', 'The printer stops when the paper runs out.'],
          ['Avaa jono ja valitse tulostin.', 'Open the queue and select the printer.'],
          ['Kun jono on tyhjä, sulje ikkuna.', 'When the queue is empty, close the window.'],
        ],
      },
      60,
    ),
  );
  const english = 'If you print online, review [When Contoso Print prints on both sides](https://a.example).';

  it('reports "Kun" left before the link, though the workspace knows it as a connecting word', () => {
    const [f] = checkSegment('link-text-cut', 'Jos tulostat verkossa, tutustu artikkeliin Kun [Contoso Print tulostaa kaksipuolisesti](https://a.example).', english, { locale: 'fi-FI', learned: finnish });
    assert.ok(f, 'a finding');
    assert.match(f.message, /"Kun" before it starts the title/);
  });

  it('leaves a link after a small "kun", and after a capitalized "Katso", alone (traps)', () => {
    assert.deepEqual(checkSegment('link-text-cut', 'Jos tulostat verkossa, lue mitä tapahtuu, kun [Contoso Print tulostaa kaksipuolisesti](https://a.example).', english, { locale: 'fi-FI', learned: finnish }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Tulostuksen suunnitteleminen Katso [Contoso Printin yleiskatsaus](https://a.example).', 'To plan printing see [Overview of Contoso Print](https://a.example).', { locale: 'fi-FI', learned: finnish }), []);
  });
});

describe('link-text-cut: a quotation cut by the link', () => {
  const english = 'For more information, see ["Sorry, we can\'t connect" error](https://a.example).';

  it('names a link that holds one quotation mark of a pair, the other outside it', () => {
    const [f] = checkSegment('link-text-cut', 'Weitere Informationen finden Sie unter "Leider können [wir keine Verbindung herstellen"-Fehler](https://a.example).', english);
    assert.match(f?.message ?? '', /cuts the quotation in two: one of its quotation marks \("\) is inside the link, the other outside it/);
  });

  it('leaves the whole quotation linked, a quotation beside the link, and a quote the translation leaves open (traps)', () => {
    assert.deepEqual(checkSegment('link-text-cut', 'Weitere Informationen finden Sie unter ["Leider können wir keine Verbindung herstellen"-Fehler](https://a.example).', english), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Wenn "Fehler 42" angezeigt wird, lesen Sie [Fehlerbehebung](https://a.example).', 'If "Error 42" shows, read [Troubleshooting](https://a.example).'), []);
    // An odd number over the whole translation: a quote left open, which bracket-mismatch tells.
    assert.deepEqual(checkSegment('link-text-cut', 'Weitere Informationen finden Sie unter [Leider können wir keine Verbindung herstellen"-Fehler](https://a.example).', english), []);
  });
});

describe('link-text-cut: the title\'s first word left before the link', () => {
  const english = 'To learn more, see [Configure who can join the event](https://a.example).';

  it('names the capitalized word left before a link that starts in small letters, with the title\'s comma after it too', () => {
    for (const tr of ['Lisätietoja on kohdassa Määritä [kuka voi liittyä tapahtumaan](https://a.example).', 'Lisätietoja on kohdassa Määritä, [kuka voi liittyä tapahtumaan](https://a.example).']) {
      const [f] = checkSegment('link-text-cut', tr, english, { locale: 'fi-FI' });
      assert.match(f?.message ?? '', /starts in the middle of the title: "Määritä" before it starts the title/, tr);
    }
  });

  it('leaves the whole title linked, and a name of the English before the comma, alone (traps)', () => {
    assert.deepEqual(checkSegment('link-text-cut', 'Lisätietoja on kohdassa [Määritä, kuka voi liittyä tapahtumaan](https://a.example).', english, { locale: 'fi-FI' }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Katso Contoso, [kuka voi liittyä tapahtumaan](https://a.example).', 'See Contoso, [Configure who can join the event](https://a.example).', { locale: 'fi-FI' }), []);
  });
});

describe('link-text-cut: the verb of selecting or going, pulled inside the link', () => {
  it('names the verb the link takes in, where the English has it right before the link', () => {
    const [f] = checkSegment('link-text-cut', 'Pentru aceasta, [accesați Gestionarea cozilor de imprimare](https://a.example).', 'To do this, go to [Manage printer queues](https://a.example).', { locale: 'ro-RO' });
    assert.ok(f, 'a finding');
    assert.match(f.message, /takes in "accesați", which the English leaves outside the link/);
    assert.equal(f.at, 'accesați Gestionarea cozilor de imprimare');
  });

  it('leaves the verb alone where the English link starts with one, or no verb of selecting stands before it (traps)', () => {
    assert.deepEqual(checkSegment('link-text-cut', '[Siirry tulostuskeskukseen](https://a.example).', '[Go to the printing center](https://a.example).', { locale: 'fi-FI' }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Lisätietoja: [avaa tulostusjonot](https://a.example).', 'More information: [Open printer queues](https://a.example).', { locale: 'fi-FI' }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Trebuie să [faceți upgrade planului](https://a.example).', 'You must [upgrade your plan](https://a.example).', { locale: 'ro-RO' }), []);
    // The verb alone in the link: the link holds nothing else to be pulled in with.
    assert.deepEqual(checkSegment('link-text-cut', 'Per i dettagli, [selezionare](https://a.example) la coda.', 'For details, select [Printer queues](https://a.example).', { locale: 'it-IT' }), []);
  });
});

describe('link-text-cut: a Chinese link that leaves the head noun of the English title after it', () => {
  it('names the head noun right after the link, after "的" too', () => {
    const [f] = checkSegment('link-text-cut', '[取得設定印表機](https://a.example)的說明。', '[Get help setting up printers](https://a.example).', { locale: 'zh-TW' });
    assert.ok(f, 'a finding');
    assert.match(f.message, /leaves out "說明", the head noun of the title the English links \("help" of "Get help setting up printers"\)/);
    assert.equal(f.at, '取得設定印表機');
  });

  it('leaves the noun alone where the link holds it, the English repeats it outside the link, or the locale has no table (traps)', () => {
    assert.deepEqual(checkSegment('link-text-cut', '請使用 [Contoso 支援小幫手](https://a.example) 疑難排解。', 'Use the [Contoso Support Assistant](https://a.example) to troubleshoot.', { locale: 'zh-TW' }), []);
    assert.deepEqual(checkSegment('link-text-cut', '請參閱 [Contoso FAQ](https://a.example) 常見問題。', 'See the [Contoso FAQ](https://a.example) for common questions.', { locale: 'zh-TW' }), []);
    assert.deepEqual(checkSegment('link-text-cut', '[印表機設定](https://a.example)說明可協助您。', '[Printer setup](https://a.example) help is there for you.', { locale: 'zh-TW' }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Bkz. [Yazıcı kurulumu](https://a.example) kılavuzu.', 'See the [Printer setup guide](https://a.example).', { locale: 'tr-TR' }), []);
  });

  it('names the head noun left after the link in Simplified Chinese, Japanese and Korean, after "の" and "의" too', () => {
    const cases: [string, string, string][] = [
      ['请参阅[Contoso 打印机设置](https://a.example)指南。', '指南', 'zh-CN'],
      ['[Contoso プリンターのセットアップ](https://a.example)のガイドを参照してください。', 'ガイド', 'ja-JP'],
      ['[Contoso 프린터 설정](https://a.example) 가이드를 참조하세요.', '가이드', 'ko-KR'],
    ];
    for (const [tr, noun, locale] of cases) {
      const [f] = checkSegment('link-text-cut', tr, 'See the [Contoso printer setup guide](https://a.example).', { locale });
      assert.match(f?.message ?? '', new RegExp(`leaves out "${noun}", the head noun of the title the English links \\("guide" of`), locale);
    }
    assert.deepEqual(checkSegment('link-text-cut', '[Contoso プリンターのセットアップ ガイド](https://a.example)を参照してください。', 'See the [Contoso printer setup guide](https://a.example).', { locale: 'ja-JP' }), []);
  });
});

describe('link-text-cut: Simplified Chinese', () => {
  it('finds a link opened after the title\'s first word, and the "see" lead-in pulled into the link', () => {
    const en = 'For more information, see [Configure password single sign-on](https://a.example).';
    const [late] = checkSegment('link-text-cut', '有关详细信息，请参阅设置[密码单一登录](https://a.example)。', en, { locale: 'zh-CN' });
    assert.match(late?.message ?? '', /starts after "设置"/);
    const [pulled] = checkSegment('link-text-cut', '[有关详细信息，请参阅配置密码单一登录](https://a.example)。', en, { locale: 'zh-CN' });
    assert.match(pulled?.message ?? '', /takes in "有关详细信息，请参阅"/);
    assert.deepEqual(checkSegment('link-text-cut', '有关详细信息，请参阅[配置密码单一登录](https://a.example)。', en, { locale: 'zh-CN' }), []);
  });
});

describe('link-text-cut: a Finnish link that ends before a verb of the title', () => {
  it('names the verbal noun of a title that starts with a verb', () => {
    const [f] = checkSegment('link-text-cut', 'Katso [Tulostusjonojen](https://a.example) hallitseminen.', 'See [Manage printer queues](https://a.example).', { locale: 'fi-FI' });
    assert.ok(f, 'a finding');
    assert.match(f.message, /ends before "hallitseminen", a word of the title the English links \("Manage printer queues"\)/);
    assert.equal(f.at, 'Tulostusjonojen');
  });

  it('names the verb a negation in the link text is cut from', () => {
    const [f] = checkSegment('link-text-cut', 'Lisätietoja on kohdassa [Tulostimen lisääminen ei](https://a.example) onnistu.', 'For more information, see [Can\'t add a printer](https://a.example).', { locale: 'fi-FI' });
    assert.ok(f, 'a finding');
    assert.match(f.message, /ends before "onnistu"/);
  });

  it('leaves a title without a leading verb, a genitive in "-misen", a title in small letters and other languages alone (traps)', () => {
    assert.deepEqual(checkSegment('link-text-cut', 'Katso [Tulostusjonojen](https://a.example) hallitseminen.', 'See [Printer queues](https://a.example).', { locale: 'fi-FI' }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Katso [SAML-kirjautumisen vianmääritys](https://a.example) kertakirjautumisen oppaasta.', 'See [Debug SAML sign-on](https://a.example) in the sign-on guide.', { locale: 'fi-FI' }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Määritä [vienti asetusten](https://a.example) määrittäminen.', 'Set up [export settings](https://a.example).', { locale: 'fi-FI' }), []);
    // The English sentence goes on after its link: the word after the link need not be the title's (its end after a link that ends the English sentence is a case of its own).
    assert.deepEqual(checkSegment('link-text-cut', 'Vedere [Code di stampa](https://a.example) gestione per i dettagli.', 'See [Manage printer queues](https://a.example) for details.', { locale: 'it-IT' }), []);
  });
});

describe('link-text-cut: an Italian or Romanian link that starts after the head noun of the English title', () => {
  it('names the noun before the link, with "di" before the link or at its start', () => {
    const [f] = checkSegment('link-text-cut', 'Aprire la pagina di [stato della stampante](https://a.example).', 'Open the [Printer status page](https://a.example).', { locale: 'it-IT' });
    assert.ok(f, 'a finding');
    assert.match(f.message, /leaves out "pagina di", the head noun of the title the English links \("page" of "Printer status page"\): it stands right before the link/);
    const [g] = checkSegment('link-text-cut', 'Deschideți lista [de imprimante blocate](https://a.example).', 'Open your [Blocked printers list](https://a.example).', { locale: 'ro-RO' });
    assert.ok(g, 'a finding');
    assert.match(g.message, /leaves out "lista"/);
  });

  it('leaves the noun alone where the English has it outside the link, or no "de" joins it to the link (traps)', () => {
    assert.deepEqual(checkSegment('link-text-cut', 'Accesați pagina de [Setări imprimantă](https://a.example).', 'Go to the [Printer settings](https://a.example) page.', { locale: 'ro-RO' }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Accesați pagina [Setări imprimantă](https://a.example).', 'Go to the [Printer settings page](https://a.example).', { locale: 'ro-RO' }), []);
  });

  it('names the noun before the link in French, Spanish and Portuguese too, and leaves the whole title linked alone (trap)', () => {
    const en = 'Open the [Printer status page](https://a.example).';
    for (const [tr, locale, noun] of [
      ['Ouvrez la page de [statut de l’imprimante](https://a.example).', 'fr-FR', 'page de'],
      ['Abra la página de [estado de la impresora](https://a.example).', 'es-ES', 'página de'],
      ['Abra a página de [status da impressora](https://a.example).', 'pt-BR', 'página de'],
    ]) {
      const [f] = checkSegment('link-text-cut', tr, en, { locale });
      assert.match(f?.message ?? '', new RegExp(`leaves out "${noun}", the head noun`), locale);
    }
    assert.deepEqual(checkSegment('link-text-cut', 'Ouvrez la [page de statut de l’imprimante](https://a.example).', en, { locale: 'fr-FR' }), []);
  });
});

describe('link-text-cut: a link text that ends or starts with "and" or "or" of a title that joins two things', () => {
  const english = 'For details, see [Add or remove printers](https://a.example).';

  it('reports the first half of the title left before a link that starts with "o"', () => {
    const [f] = checkSegment('link-text-cut', 'Per i dettagli, vedere aggiungere [o rimuovere stampanti](https://a.example).', english, { locale: 'it-IT' });
    assert.ok(f, 'a finding');
    assert.match(f.message, /starts with the conjunction "o"/);
  });

  it('reports the second half left after a link that ends with "oder"', () => {
    const [f] = checkSegment('link-text-cut', 'Details finden Sie unter [Drucker hinzufügen oder](https://a.example) entfernen.', english, { locale: 'de-DE' });
    assert.ok(f, 'a finding');
    assert.match(f.message, /ends with the conjunction "oder"/);
  });

  it('accepts the whole title, an English title without a conjunction, and a conjunction before punctuation (traps)', () => {
    assert.deepEqual(checkSegment('link-text-cut', 'Per i dettagli, vedere [aggiungere o rimuovere stampanti](https://a.example).', english, { locale: 'it-IT' }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Installare [Stampanti e](https://a.example) scanner.', 'Install [Printers](https://a.example) and scanners.', { locale: 'it-IT' }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Vedere [aggiungere o](https://a.example).', english, { locale: 'it-IT' }), []);
  });
});

describe('link-text-cut: the first half of a title and its "and", "or" or "&" left right before the link', () => {
  const english = 'Open the [Accounts & billing preferences](https://a.example) page.';

  it('names the "&" the link starts after', () => {
    const [f] = checkSegment('link-text-cut', 'Öffnen Sie die Seite Konten & [Abrechnungseinstellungen](https://a.example).', english, { locale: 'de-DE' });
    assert.ok(f, 'a finding');
    assert.match(f.message, /starts after the conjunction "&": the start of the title the English links \("Accounts & billing preferences"\) stands before it/);
  });

  it('names the "und" the link starts after', () => {
    const [f] = checkSegment('link-text-cut', 'Öffnen Sie die Seite Konten und [Abrechnungseinstellungen](https://a.example).', english, { locale: 'de-DE' });
    assert.ok(f, 'a finding');
    assert.match(f.message, /starts after the conjunction "und"/);
  });

  it('reports a link that ends on "&", the rest of the title after it', () => {
    const [f] = checkSegment('link-text-cut', 'Öffnen Sie das [Druckerverwaltungscenter &](https://a.example) Berichte.', 'Open the [Printer Management Center & reports](https://a.example).', { locale: 'de-DE' });
    assert.ok(f, 'a finding');
    assert.match(f.message, /ends with the conjunction "&"/);
  });

  it('leaves the whole title in the link, and the sentence\'s own "and" the English has before its link, alone (traps)', () => {
    assert.deepEqual(checkSegment('link-text-cut', 'Öffnen Sie die Seite [Konten & Abrechnungseinstellungen](https://a.example).', english, { locale: 'de-DE' }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Installieren Sie den Treiber und [richten Sie Drucker ein](https://a.example).', 'Install the driver and [set up printers & scanners](https://a.example).', { locale: 'de-DE' }), []);
  });
});

describe('link-text-cut: a German link that runs on to the end of its clause', () => {
  const english = 'Open the wizard, and [sign in](https://a.example) with the new printer account.';

  it('names the English words left after the link', () => {
    const [f] = checkSegment('link-text-cut', 'Öffnen Sie den Assistenten, und [melden Sie sich mit dem neuen Druckerkonto an](https://a.example).', english, { locale: 'de-DE' });
    assert.ok(f, 'a finding');
    assert.match(f.message, /runs on to the end of its clause.*"with the …"/);
  });

  it('leaves a short clause, a clause without a particle and other languages alone (traps)', () => {
    assert.deepEqual(checkSegment('link-text-cut', 'Öffnen Sie den Assistenten, und [weisen Sie sie neu zu](https://a.example) mit dem neuen Konto.', english, { locale: 'de-DE' }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Öffnen Sie den Assistenten, und [verwenden Sie dafür das neue Druckerkonto jetzt](https://a.example).', english, { locale: 'de-DE' }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Avaa ohjattu toiminto ja [kirjaudu Sie sisään uudella tulostintilillä an](https://a.example).', english, { locale: 'fi-FI' }), []);
  });
});

describe('link-text-cut: a Chinese link that opens after the title\'s first word', () => {
  it('names the word between "請參閱" and the link, half a word too', () => {
    const [f] = checkSegment('link-text-cut', '如需詳細資訊，請參閱匯 [入印表機清單](https://a.example)。', 'For more information, see [Import a printer list](https://a.example).', { locale: 'zh-TW' });
    assert.ok(f, 'a finding');
    assert.match(f.message, /starts after "匯"/);
  });

  it('leaves a coverb, an English link that does not follow "see", and other languages alone (traps)', () => {
    assert.deepEqual(checkSegment('link-text-cut', '如需詳細資訊，請參閱將 [印表機清單匯入到 Windows](https://a.example)。', 'For more information, see [Import a printer list to Windows](https://a.example).', { locale: 'zh-TW' }), []);
    assert.deepEqual(checkSegment('link-text-cut', '請參閱從訂閱 [購買印表機](https://a.example)。', 'See [Buy printers](https://a.example) from a subscription.', { locale: 'zh-TW' }), []);
    assert.deepEqual(checkSegment('link-text-cut', '請參閱說明，設定 [印表機佇列](https://a.example)。', 'See the help to [configure printer queues](https://a.example).', { locale: 'zh-TW' }), []);
  });
});

describe('link-text-cut: a Chinese link that ends in the middle of a word', () => {
  // Documents that write "印表機" (printer) whole and end phrases with "表機", never with "印表"; and "管理" (manage) before "中" no more often than at a phrase's end.
  const learned = learnedFrom(
    repeated(
      {
        'zh-TW': [
          ['印表機已連線到網路。', 'The printer is connected to the network.'],
          ['請開啟印表機的電源。', 'Turn on the printer.'],
          ['請在管理中心選取使用者。', 'In the admin center, select the users.'],
          ['您可以從這裡管理。', 'You can manage from here.'],
        ],
      },
      6,
    ),
  );
  const english = 'For more information, see [Set up your printer](https://a.example).';

  it('names the two characters at the link\'s end and the one after it', () => {
    const [f] = checkSegment('link-text-cut', '如需詳細資訊，請參閱 [設定您的印表](https://a.example)機。', english, { locale: 'zh-TW', learned });
    assert.ok(f, 'a finding');
    assert.match(f.message, /middle of a word or phrase.*"印表", here "機…"/);
  });

  it('reads the word on past one space after the link, which the pipeline sets there too', () => {
    const [f] = checkSegment('link-text-cut', '如需詳細資訊，請參閱 [設定您的印表](https://a.example) 機。', english, { locale: 'zh-TW', learned });
    assert.ok(f, 'a finding');
    assert.match(f.message, /"印表", here "機…"/);
  });

  it('leaves a whole word, a particle after a word that ends phrases, an unlearned workspace and two spaces after the link alone (traps)', () => {
    assert.deepEqual(checkSegment('link-text-cut', '如需詳細資訊，請參閱 [設定您的印表機](https://a.example)。', english, { locale: 'zh-TW', learned }), []);
    assert.deepEqual(checkSegment('link-text-cut', '請在 [印表機管理](https://a.example)中選取使用者。', 'Select the users in [Printer management](https://a.example).', { locale: 'zh-TW', learned }), []);
    // Words after the rest of the word: not the end of the sentence, which the English ends with its link (a case of its own).
    assert.deepEqual(checkSegment('link-text-cut', '如需詳細資訊，請參閱 [設定您的印表](https://a.example)機，然後重試。', english, { locale: 'zh-TW' }), []);
    assert.deepEqual(checkSegment('link-text-cut', '如需詳細資訊，請參閱 [設定您的印表](https://a.example)  機。', english, { locale: 'zh-TW', learned }), []);
  });

  it('reports a link that cuts a word the same translation writes whole elsewhere, without learned terms', () => {
    const [f] = checkSegment('link-text-cut', '請參閱 [設定印表](https://a.example)機，並確認印表機已開啟。', 'See [Set up a printer](https://a.example), and make sure that the printer is on.', { locale: 'zh-TW' });
    assert.ok(f, 'a finding');
    assert.match(f.message, /writes "印表機" as one elsewhere, but here "機…"/);
  });

  it('leaves a word written whole elsewhere but past a space, or after a particle, alone (traps)', () => {
    assert.deepEqual(checkSegment('link-text-cut', '請使用 [桌面用戶端](https://a.example) 連接，並確認用戶端連接成功。', 'Use the [desktop client](https://a.example) to connect, and make sure that the client connects.', { locale: 'zh-TW' }), []);
    assert.deepEqual(checkSegment('link-text-cut', '請在 [系統管理](https://a.example)中心選取，並在管理中心確認。', 'Select in the [admin](https://a.example) center, and confirm in the admin center.', { locale: 'zh-TW' }), []);
  });

  it('reports a link that ends with a demonstrative, its noun after the link, but not "在此" (here)', () => {
    const [f] = checkSegment('link-text-cut', '若要深入瞭解，請[閱讀此](https://a.example)文章。', 'To learn more, [read this](https://a.example).', { locale: 'zh-TW' });
    assert.ok(f, 'a finding');
    assert.match(f.message, /ends with "此"/);
    assert.deepEqual(checkSegment('link-text-cut', '您可以[在此](https://a.example)找到驅動程式。', 'You can find the driver [here](https://a.example).', { locale: 'zh-TW' }), []);
    assert.deepEqual(checkSegment('link-text-cut', '您[應該](https://a.example)更新驅動程式。', 'You [should](https://a.example) update the driver.', { locale: 'zh-TW' }), []);
  });
});

describe('link-text-cut: a Chinese link that starts in the middle of a word', () => {
  // Documents that write "權限" (permission) after "存取" (access) and never start a phrase with "權"; and "文件" (document) after "下列" (the following), but as often at a phrase's start.
  const learned = learnedFrom(
    repeated(
      {
        'zh-TW': [
          ['您需要存取權限才能開啟檔案。', 'You need access permissions to open the file.'],
          ['請閱讀下列文件。', 'Read the following documents.'],
          ['文件已儲存。', 'The document is saved.'],
        ],
      },
      6,
    ),
  );

  it('names the two characters before the link and its first one, past a space', () => {
    const [f] = checkSegment('link-text-cut', '請先設定存取 [權限原則](https://a.example)。', 'First set up the [Permission policy](https://a.example).', { locale: 'zh-TW', learned });
    assert.ok(f, 'a finding');
    assert.match(f.message, /starts in the middle of a word or phrase.*"存取" right before "權"/);
  });

  it('leaves a word that starts phrases of its own, a whole word in the link and an unlearned workspace alone (traps)', () => {
    assert.deepEqual(checkSegment('link-text-cut', '請閱讀下列 [文件](https://a.example)。', 'Read [these documents](https://a.example).', { locale: 'zh-TW', learned }), []);
    assert.deepEqual(checkSegment('link-text-cut', '請先設定 [存取權限原則](https://a.example)。', 'First set up the [Access permission policy](https://a.example).', { locale: 'zh-TW', learned }), []);
    assert.deepEqual(checkSegment('link-text-cut', '請先設定存取 [權限原則](https://a.example)。', 'First set up the [Permission policy](https://a.example).', { locale: 'zh-TW' }), []);
  });
});

describe('link-text-cut: a link that starts with a preposition, the title\'s head right before it', () => {
  const english = 'For details, see [Learn about the storage limits of a plan](https://a.example).';

  it('names the word between "vedere" and an Italian link that starts with "sui"', () => {
    const [f] = checkSegment('link-text-cut', 'Per i dettagli, vedere informazioni [sui limiti del piano](https://a.example).', english, { locale: 'it-IT', learned });
    assert.ok(f, 'a finding');
    assert.match(f.message, /connecting word "sui", after "informazioni"/);
  });

  it('names a capitalized head and its word before a Romanian link', () => {
    const [f] = checkSegment('link-text-cut', 'Pentru ajutor, consultați Întrebări frecvente [despre limitele de stocare.](https://a.example)', 'For help, see [Storage limits FAQ](https://a.example).', { locale: 'ro-RO' });
    assert.ok(f, 'a finding');
    assert.match(f.message, /after "Întrebări frecvente"/);
  });

  it('leaves the whole title, a link that holds the title\'s first word, a word that is no title\'s head and German alone (traps)', () => {
    assert.deepEqual(checkSegment('link-text-cut', 'Per i dettagli, vedere [informazioni sui limiti del piano](https://a.example).', english, { locale: 'it-IT', learned }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Per i dettagli, vedere [panoramica di Contoso Print](https://a.example).', 'For details, see [Contoso Print overview](https://a.example).', { locale: 'it-IT', learned }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Per i dettagli, vedere la pagina [per il limite di archiviazione](https://a.example).', 'For details, see [Learn about storage limits](https://a.example).', { locale: 'it-IT', learned }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Weitere Details finden Sie unter Informationen [zu Speichergrenzen](https://a.example).', english, { locale: 'de-DE' }), []);
  });
});

describe('link-text-cut: a link that ends on the word that joins it to the noun after it', () => {
  it('names the Italian "del" and the noun it joins after the link', () => {
    const [f] = checkSegment('link-text-cut', 'Controllare il [pannello di stato del](https://a.example) servizio.', 'Check the [Service Status Panel](https://a.example).', { locale: 'it-IT' });
    assert.ok(f, 'a finding');
    assert.match(f.message, /ends with "del", which joins it to "servizio"/);
  });

  it('leaves an infinitive, Romanian "de la", punctuation after the link, an English link that ends with "of" and German alone (traps)', () => {
    assert.deepEqual(checkSegment('link-text-cut', 'Il [pannello di stato consente di](https://a.example) controllare le stampanti.', 'The [Status Panel](https://a.example) lets you check the printers.', { locale: 'it-IT' }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Închideți aplicația și [deconectați-vă de](https://a.example) la toate conturile.', 'Close the app and [sign out](https://a.example) of all accounts.', { locale: 'ro-RO' }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Controllare il [pannello di stato del](https://a.example).', 'Check the [Service Status Panel](https://a.example).', { locale: 'it-IT' }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Per un elenco [dei criteri di](https://a.example) stampa, vedere qui.', 'For a list [of the policies of](https://a.example) printing, see here.', { locale: 'it-IT' }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Öffnen Sie das [Statusfeld des](https://a.example) Druckdienstes.', 'Open the [Print Service Status Panel](https://a.example).', { locale: 'de-DE' }), []);
  });
});

describe('link-text-cut: a link that cuts a phrase its translation writes whole elsewhere', () => {
  const inPhrase = (findings: readonly { message: string }[]) => findings.filter((f) => /middle of a phrase/.test(f.message));

  it('names the two words of an Italian phrase cut at the link\'s end', () => {
    const [f] = checkSegment('link-text-cut', '[Come inviare messaggi di posta](https://a.example) elettronica dal telefono, con la posta elettronica configurata.', '[How to send email messages](https://a.example) from the phone, with email set up.', { locale: 'it-IT' });
    assert.ok(f, 'a finding');
    assert.match(f.message, /ends in the middle of a phrase: this translation writes "posta elettronica" together elsewhere, but here "elettronica"/);
  });

  it('names the two words of a Finnish phrase cut at the link\'s start', () => {
    const [f] = checkSegment('link-text-cut', 'Katso ryhmien [luontioikeuksien hallinta](https://a.example), ja määritä ryhmien luontioikeuksien rajoitukset.', 'See [Manage who can create groups](https://a.example), and set the limits.', { locale: 'fi-FI' });
    assert.ok(f, 'a finding');
    assert.match(f.message, /starts in the middle of a phrase: this translation writes "ryhmien luontioikeuksien" together elsewhere, but here "ryhmien"/);
  });

  it('leaves a name linked alone beside its noun, a short word, a common word of the locale and Chinese alone (traps)', () => {
    assert.deepEqual(inPhrase(checkSegment('link-text-cut', 'Accedere al portale [Contoso](https://a.example) e aprire il portale Contoso.', 'Sign in to the [Contoso portal](https://a.example) and open the Contoso portal.', { locale: 'it-IT' })), []);
    assert.deepEqual(inPhrase(checkSegment('link-text-cut', 'Vedere [Installare Visio](https://a.example) o Project: Visio o Project sono inclusi.', 'See [Install Visio](https://a.example) or Project: Visio or Project are included.', { locale: 'it-IT' })), []);
    assert.deepEqual(inPhrase(checkSegment('link-text-cut', 'Vedere [Scegliere il nuovo piano](https://a.example) tariffario e confermare il piano tariffario.', 'See [Choose the new plan](https://a.example) and confirm the plan.', { locale: 'it-IT', learned })), []);
    assert.deepEqual(inPhrase(checkSegment('link-text-cut', '請參閱 [設定 Contoso 入口](https://a.example) 網站，並開啟 入口 網站。', 'See [Set up the Contoso portal](https://a.example), and open the portal.', { locale: 'zh-TW' })), []);
  });

  it('reports the same phrase where no workspace has taught that "piano" is a common word', () => {
    assert.equal(inPhrase(checkSegment('link-text-cut', 'Vedere [Scegliere il nuovo piano](https://a.example) tariffario e confermare il piano tariffario.', 'See [Choose the new plan](https://a.example) and confirm the plan.', { locale: 'it-IT' })).length, 1);
  });
});

describe('link-text-cut: the first part of a compound left before the link', () => {
  it('reports a name joined by a hyphen before the link, and a word the hyphen split', () => {
    const cases: [string, string, string, string][] = [
      ['fi-FI', 'Avaa Contoso- [hallintasivu](https://a.example) ja valitse tilaus.', 'Open the [Contoso admin page](https://a.example) and select the plan.', 'Contoso-'],
      ['ro-RO', 'Deschideți e- [mailul de bun venit](https://a.example).', 'Open the [Welcome email](https://a.example).', 'e-'],
    ];
    for (const [locale, translation, english, part] of cases) {
      const found = checkSegment('link-text-cut', translation, english, { locale }).map((f) => f.message);
      assert.deepEqual(found.length, 1, translation);
      assert.ok(found[0].includes(`starts after "${part}", the first part of a compound or name the English links`), found[0]);
    }
  });

  it('accepts a part the English leaves outside its link too, and a dash the English writes (traps)', () => {
    assert.deepEqual(checkSegment('link-text-cut', 'Avaa Contoso 365- [hallintasivu](https://a.example).', 'Open the Contoso 365 [admin page](https://a.example).', { locale: 'fi-FI' }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Katso ohje- [Tilan tarkistaminen](https://a.example).', 'See the guide - [Check the status](https://a.example).', { locale: 'fi-FI' }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Avaa [Contoso-hallintasivu](https://a.example).', 'Open the [Contoso admin page](https://a.example).', { locale: 'fi-FI' }), []);
  });
});

describe('link-text-cut: a link that ends in the middle of a word', () => {
  /** A Finnish workspace that writes "verkkoversiossa" whole. */
  const finnish = learnedFrom(repeated({ 'fi-FI': [['Avaa asetukset Contoson verkkoversiossa.', 'Open the settings in Contoso on the web.']] }, 5));
  const english = 'See [Settings in Contoso on the web](https://a.example).';

  it('reports the rest of a word the locale writes whole, joined right after the link', () => {
    const [f] = checkSegment('link-text-cut', 'Katso [Asetukset Contoson verkko](https://a.example)versiossa.', english, { locale: 'fi-FI', learned: finnish });
    assert.ok(f, 'a finding');
    assert.match(f.message, /ends in the middle of the word "verkkoversiossa": "versiossa" of it stands right after the link/);
  });

  it('reads the rest of the word past one space, when it is long', () => {
    const [f] = checkSegment('link-text-cut', 'Katso [Asetukset Contoson verkko](https://a.example) versiossa.', english, { locale: 'fi-FI', learned: finnish });
    assert.match(f?.message ?? '', /ends in the middle of the word "verkkoversiossa"/);
  });

  it('accepts a word of the sentence run on to the link, and the whole word linked (traps)', () => {
    assert.deepEqual(checkSegment('link-text-cut', 'Katso [Asetukset Contoson verkkoversiossa](https://a.example)sivulla.', english, { locale: 'fi-FI', learned: finnish }), []);
    assert.deepEqual(checkSegment('link-text-cut', 'Katso [Asetukset Contoson verkkoversiossa](https://a.example).', english, { locale: 'fi-FI', learned: finnish }), []);
    // A short word after a space joins many a word before it.
    const shortRest = learnedFrom(repeated({ 'fi-FI': [['Avaa hakuja nopeasti.', 'Open searches quickly.']] }, 5));
    assert.deepEqual(checkSegment('link-text-cut', 'Katso [Contoson haku](https://a.example) ja asetukset.', 'See [Settings in Contoso on the web](https://a.example) and more.', { locale: 'fi-FI', learned: shortRest }), []);
  });
});

describe('link-text-cut: where the other bracket of a bracketed title went', () => {
  const english = 'For more information, see [Send email "on behalf of" an address](https://a.example).';
  const check = (translation: string) => checkSegment('link-text-cut', translation, english, { locale: 'zh-TW' });

  it('says the other bracket is outside the link when the sentence has it there', () => {
    const [f] = check('如需詳細資訊，請參閱 [寄送電子郵件「代表](https://a.example)」地址。');
    assert.ok(f, 'a finding');
    assert.match(f.message, /holds one of the brackets 「」, and the other is outside it/);
  });

  it('says the sentence lost the other bracket when it is nowhere', () => {
    const [f] = check('如需詳細資訊，請參閱 [寄送電子郵件「代表地址](https://a.example)。');
    assert.ok(f, 'a finding');
    assert.match(f.message, /holds one of the brackets 「」, and the sentence has lost the other/);
  });

  it('says the brackets are the wrong way round when both are inside, the closing one first', () => {
    const [f] = checkSegment('link-text-cut', '請參閱[依日期) 列出 Apps (的更新歷程記錄](https://a.example)。', 'See [Update history for Apps (listed by date)](https://a.example).', { locale: 'zh-TW' });
    assert.ok(f, 'a finding');
    assert.match(f.message, /holds the brackets \(\) the wrong way round/);
  });
});
