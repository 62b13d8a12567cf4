import * as assert from 'node:assert/strict';
import { checkSegment } from '../../support/checks';

describe('rules: code, emphasis, escapes, HTML, includes, alerts', () => {
  describe('inline-code', () => {
    it('restores translated code from the English', () => {
      const [f] = checkSegment('inline-code', 'Kansioita, joiden merkintä on `Vain online`, ei ladata.', 'Folders marked `Online only` are not downloaded.', { locale: 'fi-FI' });
      assert.equal(f.at, '`Vain online`');
      assert.equal(f.fixed, 'Kansioita, joiden merkintä on `Online only`, ei ladata.');
    });

    it('marks code kept as plain text as code again', () => {
      const [f] = checkSegment('inline-code', 'Ordner mit Online only werden nicht geladen.', 'Folders marked `Online only` are not downloaded.');
      assert.equal(f.at, 'Online only');
      assert.equal(f.fixed, 'Ordner mit `Online only` werden nicht geladen.');
    });

    it('accepts the code kept verbatim, wherever it stands (trap)', () => {
      assert.deepEqual(checkSegment('inline-code', 'Mit `Online only` markierte Ordner werden nicht heruntergeladen.', 'Folders marked `Online only` are not downloaded.'), []);
    });
  });

  describe('emphasis-lost', () => {
    it('fires when a bold text is dropped (de-DE sample)', () => {
      const [f] = checkSegment('emphasis-lost', 'Wählen Sie Einstellungen > **Synchronisierung** aus.', 'Select **Settings** > **Sync**.');
      assert.equal(f.message, 'The English has 2 bold texts ("Settings" and "Sync"); the translation has 1.');
      assert.equal(f.at, 'Wählen Sie Einstellungen > **Synchronisierung** aus.');
    });

    it('accepts translated bold texts, including bold link text (traps)', () => {
      assert.deepEqual(checkSegment('emphasis-lost', 'Wählen Sie **Einstellungen** > **Synchronisierung** aus.', 'Select **Settings** > **Sync**.'), []);
      assert.deepEqual(checkSegment('emphasis-lost', 'Wählen Sie **Benutzer** > [**Aktive Benutzer**](https://a).', 'Select **Users** > [**Active users**](https://a).'), []);
    });

    it('counts bracketed UI labels as bold in Chinese, Japanese and Korean (trap), but not in German', () => {
      assert.deepEqual(checkSegment('emphasis-lost', '按一下 [匯出記錄]。', 'Click **Export Logs**.', { locale: 'zh-TW' }), []);
      assert.deepEqual(checkSegment('emphasis-lost', '「エクスポート」をクリックします。', 'Click **Export**.', { locale: 'ja-JP' }), []);
      assert.equal(checkSegment('emphasis-lost', 'Klicken Sie auf [Protokolle exportieren].', 'Click **Export Logs**.').length, 1);
    });
  });

  describe('emphasis-moved', () => {
    it('fires when the bold moved off a name kept verbatim', () => {
      const [f] = checkSegment('emphasis-moved', 'Wählen Sie dann Word **aus.**', 'Then choose **Word**.');
      assert.equal(f.at, 'Word');
    });

    it('accepts it when the English also has the name without bold (trap)', () => {
      assert.deepEqual(checkSegment('emphasis-moved', '**HIPAA und HITECH**: siehe HIPAA and HITECH.', '**HIPAA and HITECH**: see HIPAA and HITECH.'), []);
    });
  });

  describe('emphasis-unbalanced', () => {
    it('fires on a bold marker that is never closed', () => {
      const [f] = checkSegment('emphasis-unbalanced', 'Wählen Sie **Einstellungen aus.', 'Select **Settings**.');
      assert.equal(f.at, '**');
      assert.match(f.message, /does not pair with another marker/);
    });

    it('accepts bold around link text, and a lone asterisk the English also has (traps)', () => {
      assert.deepEqual(checkSegment('emphasis-unbalanced', '[**Aktive Benutzer aus.**](https://a)', '[**Active users**](https://a).'), []);
      assert.deepEqual(checkSegment('emphasis-unbalanced', 'Fußnote* hier', 'Footnote* here'), []);
    });
  });

  describe('escapes', () => {
    it('fires on escaped asterisks where the English has bold', () => {
      const [f] = checkSegment('escapes', 'Proprietà di **Azure AD** > \\*\\* \\*\\*.', 'Go to **Azure AD** > **Properties**.', { locale: 'it-IT' });
      assert.equal(f.at, '\\*');
    });

    it('fires on a lost \\< that lets HTML swallow the text', () => {
      const [f] = checkSegment('escapes', 'Geben Sie <Ihr Name\\> ein.', 'Type \\<your name\\>.');
      assert.equal(f.message, 'The English escapes "<" as \\<; the translation writes it unescaped, where it may render as Markdown or HTML instead of text.');
      const [two, ...more] = checkSegment('escapes', 'Geben Sie <Name> und <Ort> ein.', 'Type \\<name\\> and \\<place\\>.');
      assert.equal(two.message, 'The English escapes "<" as \\<; the translation writes it unescaped 2 times, where it may render as Markdown or HTML instead of text.');
      assert.deepEqual(more, [], 'one finding for the segment');
    });

    it('claims no lost escape where the translation dropped the character or escaped it another way (traps)', () => {
      assert.deepEqual(checkSegment('escapes', 'Geben Sie Ihren Namen ein.', 'Type \\<your name\\>.'), []);
      assert.deepEqual(checkSegment('escapes', 'Geben Sie &lt;Ihr Name&gt; ein.', 'Type \\<your name\\>.'), []);
      assert.deepEqual(checkSegment('escapes', 'Geben Sie `<Ihr Name>` ein.', 'Type \\<your name\\>.'), []);
      assert.deepEqual(checkSegment('escapes', 'Siehe Vorschau und [Doku](https://a).', 'See \\[Preview\\] and [docs](https://a).'), []);
    });

    it('accepts a dropped \\* that the English wrote by mistake, and \\> written plain (traps)', () => {
      assert.deepEqual(checkSegment('escapes', 'Klicken Sie auf **Speichern**.', 'Click\\*\\* Save\\*\\*.'), []);
      assert.deepEqual(checkSegment('escapes', 'Gehen Sie zu A > B.', 'Go to A \\> B.'), []);
    });
  });

  describe('html-tags', () => {
    it('fires on a lost <br> and on an added tag', () => {
      const [lost] = checkSegment('html-tags', 'Zeile eins Zeile zwei', 'Line one<br>Line two');
      assert.equal(lost.message, 'The English has the HTML tag <br>; the translation does not.');
      const [added] = checkSegment('html-tags', 'Zeile <b>eins</b>', 'Line one');
      assert.equal(added.at, '<b>');
    });

    it('accepts the same tags, and reads <your name> as a placeholder, not a tag (traps)', () => {
      assert.deepEqual(checkSegment('html-tags', '<strong>Achtung</strong>: <br>Text', '<strong>Note</strong>: <br>Text'), []);
      assert.deepEqual(checkSegment('html-tags', 'Ersetzen Sie <Ihr Mandant>.', 'Replace <your tenant>.'), []);
    });
  });

  describe('include', () => {
    it('restores the include path from the English', () => {
      const [f] = checkSegment('include', '[!INCLUDE[Hinweis](../includes/hinweis.md)]', '[!INCLUDE[Note](../includes/note.md)]');
      assert.equal(f.at, '../includes/hinweis.md');
      assert.equal(f.fixed, '[!INCLUDE[Hinweis](../includes/note.md)]');
    });

    it('accepts a translated include title (trap)', () => {
      assert.deepEqual(checkSegment('include', '[!INCLUDE[Hinweis](../includes/note.md)]', '[!INCLUDE[Note](../includes/note.md)]'), []);
    });
  });

  describe('alert-marker', () => {
    it('restores a translated alert marker', () => {
      const [f] = checkSegment('alert-marker', '[!SFATURI] Folosiți X.', '[!TIPS] Use X.', { locale: 'ro-RO' });
      assert.equal(f.at, '[!SFATURI]');
      assert.equal(f.fixed, '[!TIPS] Folosiți X.');
    });

    it('accepts the marker kept (trap)', () => {
      assert.deepEqual(checkSegment('alert-marker', '[!NOTE] Hinweis.', '[!NOTE] Note.'), []);
    });
  });
});
