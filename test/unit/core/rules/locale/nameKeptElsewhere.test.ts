import * as assert from 'node:assert/strict';
import { keptElsewhere, plain } from '../../../../../server/src/core/rules/locale/keptElsewhere';
import { localizedHere } from '../../../../../server/src/core/rules/locale/nameKeptElsewhere';
import { learnedFrom, repeated } from '../../../../support/learned';

const EN = 'Open Contoso Cloud Desk and select Sign In.';
const KEEP = ['Öffnen Sie Contoso Cloud Desk, und wählen Sie Anmelden.', 'Avaa Contoso Cloud Desk ja valitse Kirjaudu.', 'Aprire Contoso Cloud Desk e selezionare Accedi.'];

describe('rule name-kept-elsewhere', () => {
  it('names a name the translation lost where most other versions keep it, with how many keep it', () => {
    const [found, ...more] = keptElsewhere(EN, 'Deschideți Biroul cloud Contoso și selectați Conectare.', KEEP, false);
    assert.equal(more.length, 0);
    assert.equal(found.name, 'Contoso Cloud Desk');
    assert.equal(found.present, 3);
    assert.deepEqual(found.keptBy, [0, 1, 2]);
  });

  it('takes the longest part the others keep, not a first word they translate', () => {
    assert.deepEqual(
      keptElsewhere('Contoso Cloud Desk Setup', 'Configurarea Biroului cloud', ['Contoso Cloud Desk-Einrichtung', 'Contoso Cloud Desk -asennus', 'Configurazione di Contoso Cloud Desk'], false).map((f) => f.name),
      ['Contoso Cloud Desk'],
    );
  });

  it('needs three in four of the other versions that translated the same English, and two at least', () => {
    const lost = 'Deschideți Biroul cloud Contoso și selectați Conectare.';
    assert.equal(keptElsewhere(EN, lost, [KEEP[0], KEEP[1], 'Aprire il desktop cloud di Contoso.', KEEP[2]], false).length, 1);
    assert.equal(keptElsewhere(EN, lost, [KEEP[0], 'Avaa Contoson pilvityöpöytä.', 'Aprire il desktop cloud di Contoso.'], false).length, 0);
    assert.equal(keptElsewhere(EN, lost, [KEEP[0], undefined, undefined], false).length, 0);
    // A version left in English keeps every name and says nothing.
    assert.equal(keptElsewhere(EN, lost, [KEEP[0], EN, EN], false).length, 0);
  });

  it('reads an inflection, a compound, other capitals and a Finnish " -" compound as the translation’s, not as lost', () => {
    for (const tr of ['Avaa Contoso Cloud Deskissä ja valitse Kirjaudu.', 'Öffnen Sie das Contoso Cloud Desk-Portal.', 'Deschideți contoso cloud desk.', 'Avaa Contoso Cloud -työpöytä.']) {
      assert.deepEqual(keptElsewhere(EN, tr, KEEP, false), [], tr);
    }
  });

  it('reads a name’s version written the locale’s way as kept, and one lost as lost', () => {
    const en = 'Use Contoso Cloud Desk v2.0 today.';
    const others = ['Verwenden Sie heute Contoso Cloud Desk v2.0.', 'Käytä Contoso Cloud Desk v2.0 -versiota tänään.', 'Usare Contoso Cloud Desk v2.0 oggi.'];
    for (const tr of ['Utilizați astăzi Contoso Cloud Desk versiunea 2.0.', 'Utilizați astăzi Contoso Cloud Desk v 2.0.']) assert.deepEqual(keptElsewhere(en, tr, others, false), [], tr);
    assert.deepEqual(
      keptElsewhere(en, 'Utilizați astăzi Contoso Cloud Desk.', others, false).map((f) => f.name),
      ['Contoso Cloud Desk v2.0'],
    );
  });

  it('reads an acronym written out as kept, and in Han text a brand kept beside words of its own', () => {
    const en = 'Join the device to Contoso AD.';
    const keep = ['Das Gerät mit Contoso AD verbinden.', 'Liitä laite Contoso AD:hen.', 'Aggiungere il dispositivo a Contoso AD.'];
    assert.deepEqual(keptElsewhere(en, 'Asociați dispozitivul la Contoso Active Directory.', keep, false), []);
    assert.equal(keptElsewhere(en, 'Asociați dispozitivul la Contoso Domeniu.', keep, false).length, 1);
    assert.deepEqual(keptElsewhere(EN, '開啟 Contoso 雲端桌面並選取登入。', KEEP, true), []);
    assert.equal(keptElsewhere(EN, '開啟雲端桌面並選取登入。', KEEP, true).length, 1);
  });

  it('reads no name in a link target, in code, or an acronym alone', () => {
    const en = 'Run `CloudDesk` from [the guide](https://contoso.com/CloudDesk) on the PC.';
    const keep = ['Führen Sie `CloudDesk` aus [dem Handbuch](https://contoso.com/CloudDesk) auf dem PC aus.', 'Suorita `CloudDesk` [oppaasta](https://contoso.com/CloudDesk) PC:ssä.', 'Eseguire `CloudDesk` dalla [guida](https://contoso.com/CloudDesk) sul PC.'];
    assert.deepEqual(keptElsewhere(en, 'Rulați `Birou` din [ghid](https://contoso.com/x) pe computer.', keep, false), []);
  });

  it('reads a text the same when it was read before, and after the memo of plain texts started afresh', () => {
    const texts = ['Open **[Contoso Cloud Desk](https://contoso.com/desk)** and `run`.', 'Avaa <b>Contoso</b>\\ Cloud\u00a0Desk.'];
    const expected = ['Open Contoso Cloud Desk and .', 'Avaa Contoso Cloud Desk.'];
    assert.deepEqual(texts.map(plain), expected);
    assert.deepEqual(texts.map(plain), expected);
    for (let i = 0; i < 5000; i++) plain(`Text ${i} of **Contoso**`);
    assert.equal(plain('Text 7 of **Contoso**'), 'Text 7 of Contoso');
    assert.deepEqual(texts.map(plain), expected);
    const lost = 'Deschideți Biroul cloud Contoso și selectați Conectare.';
    assert.deepEqual(keptElsewhere(EN, lost, KEEP, false), keptElsewhere(EN, lost, KEEP, false));
  });

  it('reads a name written right after a link as kept', () => {
    const en = 'Read [how to clean the inbox of Contoso.net](https://contoso.com/a).';
    const keep = ['Lesen Sie [das Postfach von Contoso.net bereinigen](https://contoso.com/a).', 'Lue [Contoso.net-postilaatikon siivous](https://contoso.com/a).', 'Leggi [come pulire la posta di Contoso.net](https://contoso.com/a).'];
    assert.deepEqual(keptElsewhere(en, 'Citiți [cum curățați căsuța poștală](https://contoso.com/a)Contoso.net.', keep, false), []);
    assert.equal(keptElsewhere(en, 'Citiți [cum curățați căsuța poștală](https://contoso.com/a) de rețea Contoso.', keep, false).length, 1);
  });

  describe('the locale’s own name', () => {
    /** Romanian writes "Contoso Cloud Desk" its own way in every segment, Chinese mostly, Italian both ways; Finnish and Hong Kong Chinese have seen it twice. */
    const learned = learnedFrom(
      repeated(
        {
          'ro-RO': [['Deschideți Biroul cloud Contoso.', 'Sign in to Contoso Cloud Desk.'], ['Setați proprietatea identificatorSursă.', 'Set the sourceAnchor property.'], ['Porniți serviciul client web.', 'Start the WebClient service.']],
          'zh-TW': [['開啟 Contoso 雲端桌面。', 'Sign in to Contoso Cloud Desk.'], ['開啟 Contoso 雲端桌面。', 'Sign in to Contoso Cloud Desk.'], ['開啟 Contoso Cloud Desk。', 'Sign in to Contoso Cloud Desk.'], ['使用 1.0 版 API。', 'Use the v1.0 API.']],
          'it-IT': [['Aprire Contoso Cloud Desk.', 'Sign in to Contoso Cloud Desk.'], ['Aprire il desktop cloud di Contoso.', 'Sign in to Contoso Cloud Desk.']],
        },
        5,
      ).concat(repeated({ 'fi-FI': [['Avaa Contoson pilvityöpöytä.', 'Sign in to Contoso Cloud Desk.']], 'zh-HK': [['開啟雲端桌面。', 'Sign in to Contoso Cloud Desk.']] }, 2)),
    );

    it('is a name of several words the locale never keeps in five segments or more, or one a Han locale keeps in fewer than half of two or more', () => {
      assert.ok(localizedHere(learned, 'Contoso Cloud Desk', 'ro-RO', false));
      assert.ok(localizedHere(learned, 'Contoso Cloud Desk', 'zh-TW', true));
      assert.ok(localizedHere(learned, 'Contoso Cloud Desk', 'zh-HK', true));
      // A version is no identifier: Chinese writes it its own way.
      assert.ok(localizedHere(learned, 'v1.0', 'zh-TW', true));
    });

    it('is not a name the locale writes both ways, one it has seen in few segments, a coined word, nor an identifier', () => {
      assert.ok(!localizedHere(learned, 'Contoso Cloud Desk', 'it-IT', false));
      assert.ok(!localizedHere(learned, 'Contoso Cloud Desk', 'fi-FI', false));
      assert.ok(!localizedHere(learned, 'sourceAnchor', 'ro-RO', false));
      assert.ok(!localizedHere(learned, 'WebClient', 'ro-RO', false));
    });
  });
});
