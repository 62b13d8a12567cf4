import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/core/codeActions';
import { checkSegment, checkText, PATH } from '../../support/checks';
import { frontMatter, lines, seg } from '../../support/sxs';

describe('rules: text of the translation', () => {
  describe('untranslated', () => {
    it('fires on an English sentence left as it is', () => {
      const [f] = checkSegment('untranslated', 'We apologize for the inconvenience.', 'We apologize for the inconvenience.');
      assert.equal(f.message, 'The translation is the English text, untranslated.');
      assert.equal(f.at, 'We apologize for the inconvenience.');
    });

    it('accepts names, labels, code, and a source that is not English (traps)', () => {
      for (const same of [
        '*ErrorMessage -The underlying connection was closed: An unexpected error occurred on a send*.',
        '"The file could not be opened because it is in use by another process."',
        'C:\\Program Files\\Microsoft Office\\root\\Office16\\setup.exe',
        '/var/log/the/sync/of/your/files.log',
        'the value of count := 12 && echo $? >> /tmp/out.log || exit 1',
      ]) {
        assert.deepEqual(checkSegment('untranslated', same, same), [], same);
      }
      for (const same of ['Office 365 E5', 'Microsoft 365 Apps for business', 'Set-Mailbox ProblemUser -DefaultPublicFolderMailbox \\<value\\>', 'O vencimento do boleto será em 30 dias da data da compra.', '`Get-Help` `-Full`']) {
        assert.deepEqual(checkSegment('untranslated', same, same), [], same);
      }
    });
  });

  describe('placeholder', () => {
    it('restores a translated placeholder (ro-RO sample)', () => {
      const [f] = checkSegment('placeholder', 'Contactați {AliasAsistență}.', 'Contact {SupportAlias}.', { locale: 'ro-RO' });
      assert.equal(f.at, '{AliasAsistență}');
      assert.equal(f.message, 'The English has the placeholder {SupportAlias}; the translation changed it to {AliasAsistență}.');
      assert.equal(f.fixed, 'Contactați {SupportAlias}.');
    });

    it('restores a damaged %temp%', () => {
      const [f] = checkSegment('placeholder', 'Löschen Sie den Ordner % temp%.', 'Delete the %temp% folder.');
      assert.equal(f.fixed, 'Löschen Sie den Ordner %temp%.');
    });

    it('fires when a described placeholder is lost', () => {
      const [f] = checkSegment('placeholder', 'Geben Sie den Namen ein.', 'Type \\<your name\\>.');
      assert.match(f.message, /the placeholder \\<your name\\>; the translation has none/);
    });

    it('accepts an environment variable in another case, a translated description, and 50% (traps)', () => {
      assert.deepEqual(checkSegment('placeholder', 'Ordner %APPDATA%\\Microsoft', 'Folder %appdata%\\Microsoft'), []);
      assert.deepEqual(checkSegment('placeholder', 'Geben Sie \\<Ihr Name\\> ein.', 'Type \\<your name\\>.'), []);
      assert.deepEqual(checkSegment('placeholder', '50 % Rabatt', '50% discount'), []);
    });
  });

  describe('mt-artifact', () => {
    it('fires on #A0 left by machine translation (fi-FI sample)', () => {
      const [f] = checkSegment('mt-artifact', 'Synkronointi #A0 pysähtyi.', 'Sync stopped.', { locale: 'fi-FI' });
      assert.equal(f.at, '#A0');
    });

    it('accepts #A0 that the English has, and entities or C# (traps)', () => {
      assert.deepEqual(checkSegment('mt-artifact', 'Farbe #A0', 'Color #A0'), []);
      assert.deepEqual(checkSegment('mt-artifact', 'In C#1 und &#160;', 'In C#1 and &#160;'), []);
    });
  });

  describe('numbers', () => {
    it('fires on a changed number, on the number that replaced it (de-DE sample)', () => {
      const [f] = checkSegment('numbers', 'Die erste Synchronisierung kann bis zu 3 Minuten dauern.', 'The first sync can take up to 30 minutes.');
      assert.equal(f.at, '3');
      assert.equal(f.message, 'The English has the number 30; the translation does not (it has 3).');
    });

    it('fires on a date turned into another date', () => {
      const [f] = checkSegment('numbers', 'veți primi (07.01.2031) * 10 LEI înapoi.', 'you will get (1-7/31) * $10 back.', { locale: 'ro-RO' });
      assert.match(f.message, /the number 1-7\/31/);
    });

    it('fires on a lost number', () => {
      const [f] = checkSegment('numbers', 'Sie können Notizbücher wiederherstellen.', 'You can recover notebooks within 30 days.');
      assert.equal(f.message, 'The English has the number 30; the translation does not.');
    });

    it('reports the numbers a segment lost in one finding', () => {
      const [f, ...more] = checkSegment('numbers', 'Behalten Sie Kopien für einige Tage.', 'Keep 30 copies for 90 days.');
      assert.deepEqual(more, []);
      assert.equal(f.message, 'The English has the numbers 30 and 90; the translation does not.');
    });

    it('accepts a time on the hour written the local way, and a name with a number called by its local name (traps)', () => {
      assert.deepEqual(checkSegment('numbers', 'バックアップは午前 3 時に実行されます。', 'The backup runs at 3:00 AM.', { locale: 'ja-JP' }), []);
      assert.deepEqual(checkSegment('numbers', 'バックアップは 23 時に実行されます。', 'The backup runs at 11:00 PM.', { locale: 'ja-JP' }), []);
      assert.deepEqual(checkSegment('numbers', '备份在 23 点运行，保留 30 天。', 'The backup runs at 11:00 PM and is kept 30 days.', { locale: 'zh-CN' }), []);
      assert.deepEqual(checkSegment('numbers', '新冠肺炎疫情期間的支援', 'Support during COVID-19', { locale: 'zh-TW' }), []);
      const [changed] = checkSegment('numbers', 'バックアップは午前 4 時に実行されます。', 'The backup runs at 3:00 AM.', { locale: 'ja-JP' });
      assert.ok(changed, 'another hour is still a changed number');
    });

    it('accepts separators, dates, times, native digits, number words and magnitudes of the locale (traps)', () => {
      const same: [string, string, string?][] = [
        ['bis zu 2.000 Elemente', 'up to 2,000 items'],
        ['0,5 GB', '0.5 GB'],
        ['am 22.07.2019', 'on 7/22/2019'],
        ['um 14:30 Uhr', 'at 2:30 PM'],
        ['drei Optionen', '3 options'],
        ['zwei GB', '2 GB'],
        ['30 ๐๐ รายการ', '30 00 items', 'th-TH'],
        ['สูงสุด ๓๐ นาที', 'up to 30 minutes', 'th-TH'],
        ['文件庫最多可以有30000000個檔案', 'A library can have up to 30 million files', 'zh-TW'],
        ['超過 10 萬位使用者', 'more than 100K users', 'zh-TW'],
        ['kahdeskymmenesensimmäinen päivä', 'the 21st day', 'fi-FI'],
        ['täysin saatavilla', '100% available', 'fi-FI'],
        ['Version 4,2', 'version 4.2'],
      ];
      for (const [tr, en, locale] of same) assert.deepEqual(checkSegment('numbers', tr, en, { locale }), [], `${en} → ${tr}`);
    });
  });

  describe('edge-whitespace', () => {
    it('finds sentences run together: the English ends in a space, the translation not, and the next segment follows at once', () => {
      const text = frontMatter('de-DE') + lines(seg('abcde-104', 'Satz eins.', 'Sentence one. ') + seg('abcde-105', 'Satz zwei.', 'Sentence two.'), '');
      const [f, ...more] = checkText('edge-whitespace', text);
      assert.equal(f.message, 'The translation has no white space at its end; the English has a space.');
      assert.match(applyEdits(text, f.finding.fix!.edits), /Satz eins\. <\/span>/);
      assert.deepEqual(more, []);
    });

    it('reports both edges of a segment as one finding, and mends both', () => {
      const text = frontMatter('de-DE') + lines('**Hinweis:**' + seg('abcde-104', 'Satz eins.', ' Sentence one. ') + seg('abcde-105', 'Satz zwei.', 'Sentence two.'), '');
      const [f, ...more] = checkText('edge-whitespace', text);
      assert.deepEqual(more, []);
      assert.equal(f.message, "The translation's white space at its start and its end differs from the English's, which changes what shows.");
      assert.match(applyEdits(text, f.finding.fix!.edits), /"> Satz eins\. <\/span>/);
    });

    it('accepts edge white space that renders the same (traps)', () => {
      assert.deepEqual(checkSegment('edge-whitespace', ' Text ', ' Text '), []);
      // A trailing space inside the span collapses with the space between the segments.
      assert.deepEqual(checkSegment('edge-whitespace', '受保護的應用程式 ', 'Protected applications', { locale: 'zh-TW' }), []);
      assert.deepEqual(checkSegment('edge-whitespace', 'Geschützte Anwendungen ', 'Protected applications'), []);
      // A no-break space at the English's start, dropped by the translation, or one added; an invisible U+FEFF.
      assert.deepEqual(checkSegment('edge-whitespace', 'Es blockiert nicht.', '\u00a0It does not block.'), []);
      assert.deepEqual(checkSegment('edge-whitespace', '\u00a0Es blockiert nicht.', 'It does not block.'), []);
      assert.deepEqual(checkSegment('edge-whitespace', '\ufeffKostenlose Bildung', 'Education for free'), []);
      // A space lost where a space or a line end follows the segment anyway.
      assert.deepEqual(checkSegment('edge-whitespace', 'Satz eins.', 'Sentence one. '), []);
      const spaced = frontMatter('de-DE') + lines(seg('abcde-104', 'Satz eins.', 'Sentence one. ') + ' ' + seg('abcde-105', 'Satz zwei.', 'Sentence two.'), '');
      assert.deepEqual(checkText('edge-whitespace', spaced), []);
      // Chinese runs sentences together by design.
      const zh = frontMatter('zh-TW') + lines(seg('abcde-104', '第一句。', 'Sentence one. ') + seg('abcde-105', '第二句。', 'Sentence two.'), '');
      assert.deepEqual(checkText('edge-whitespace', zh, { locale: 'zh-TW', path: PATH('zh-TW') }), []);
    });
  });

  describe('double-space', () => {
    it('removes spaces in a row that show as a wider gap (a no-break space; it-IT sample)', () => {
      const [f, ...more] = checkSegment('double-space', 'disconnettersi \u00a0e accedere di nuovo.', 'sign out and sign in again.', { locale: 'it-IT' });
      assert.equal(f.at, ' \u00a0');
      assert.equal(f.fixed, 'disconnettersi e accedere di nuovo.');
      assert.deepEqual(more, []);
    });

    it('reports the places of one segment once, with their count, and mends them all', () => {
      const found = checkSegment('double-space', 'Eins\u00a0\u00a0zwei drei \u00a0vier  fünf\u00a0 sechs.', 'One two three four five six.');
      assert.equal(found.length, 1);
      assert.equal(found[0].message, 'The translation has 3 places with spaces in a row that show as a wider gap (no-break spaces are not collapsed); the English has single spaces.');
      assert.equal(found[0].finding.fix?.title, 'Remove the extra spaces in 3 places');
      assert.equal(found[0].fixed, 'Eins zwei drei vier  fünf sechs.');
    });

    it('accepts ordinary spaces in a row, which Markdown collapses, and runs the English has too, at line starts, and inside code (traps)', () => {
      assert.deepEqual(checkSegment('double-space', 'disconnettersi  e accedere di nuovo.', 'sign out and sign in again.', { locale: 'it-IT' }), []);
      assert.deepEqual(checkSegment('double-space', 'Wählen Sie **Einstellungen**  >  **Konto**.', 'Select **Settings** > **Account**.'), []);
      assert.deepEqual(checkSegment('double-space', 'Satz eins.\u00a0 Satz zwei.', 'Sentence one.\u00a0 Sentence two.'), []);
      assert.deepEqual(checkSegment('double-space', '<p>\n\u00a0 <strong>Text</strong>\n</p>', '<p>\n<strong>Text</strong>\n</p>'), []);
      assert.deepEqual(checkSegment('double-space', 'Geben Sie `a \u00a0b` ein.', 'Type `a b`.'), []);
    });
  });

  describe('repeated-word', () => {
    it('removes a repeated word', () => {
      const [f] = checkSegment('repeated-word', 'Valitse Valitse jäsenet.', 'Select members.', { locale: 'fi-FI' });
      assert.equal(f.at, 'Valitse');
      assert.equal(f.fixed, 'Valitse jäsenet.');
    });

    it('finds a repeated word that holds a hyphen or an apostrophe, and one with a combining mark', () => {
      const [mail] = checkSegment('repeated-word', 'Öffnen Sie die E-Mail E-Mail jetzt.', 'Open the email now.');
      assert.equal(mail.at, 'E-Mail');
      assert.equal(mail.fixed, 'Öffnen Sie die E-Mail jetzt.');
      const [apostrophe] = checkSegment('repeated-word', "Apri l'app l'app ora.", 'Open the app now.', { locale: 'it-IT' });
      assert.equal(apostrophe.fixed, "Apri l'app ora.");
      const [mark] = checkSegment('repeated-word', 'खोलें फ़ाइल फ़ाइल अब', 'Open the file now', { locale: 'hi-IN' });
      assert.equal(mark.at, 'फ़ाइल');
    });

    it('accepts German "die die", an acronym beside a word, and repeats the English has (traps)', () => {
      assert.deepEqual(checkSegment('repeated-word', 'die Dateien, die die App öffnet', 'the files that the app opens'), []);
      assert.deepEqual(checkSegment('repeated-word', 'dal dominio AD ad Azure AD', 'from the AD domain to Azure AD', { locale: 'it-IT' }), []);
      assert.deepEqual(checkSegment('repeated-word', 'Bora Bora', 'Bora Bora'), []);
    });

    it('reports the repeats of one segment once, with their count, and removes them all', () => {
      const found = checkSegment('repeated-word', 'Öffnen Sie die Datei Datei und und speichern Sie sie.', 'Open the file and save it.');
      assert.equal(found.length, 1);
      assert.equal(found[0].message, '2 words are repeated in a row, first "Datei"; the English repeats none.');
      assert.equal(found[0].fixed, 'Öffnen Sie die Datei und speichern Sie sie.');
    });

    it('accepts a label beside the same word outside it, a label and a particle, and "o dată dată" (traps)', () => {
      assert.deepEqual(checkSegment('repeated-word', 'Valitse **Valitse jäsenet**.', 'Choose **Select members**.', { locale: 'fi-FI' }), []);
      assert.deepEqual(checkSegment('repeated-word', 'Schalten Sie **Ein** ein.', 'Turn **On**.'), []);
      assert.deepEqual(checkSegment('repeated-word', 'Vedere [Vedere le novità](https://example.com).', "See [What's new](https://example.com).", { locale: 'it-IT' }), []);
      assert.deepEqual(checkSegment('repeated-word', 'la o dată dată', 'on a given date', { locale: 'ro-RO' }), []);
      // The label's first word left outside its bold: an emphasis defect, not a stutter.
      assert.deepEqual(checkSegment('repeated-word', 'Valitse Valitse **jäsenet -ruudussa** **+ Lisää**.', 'In the **Choose members** pane, click **+ Add**.', { locale: 'fi-FI' }), []);
      // The English uses the word twice: the translation's two are its two.
      assert.deepEqual(checkSegment('repeated-word', 'voit poistaa Officen Officen käyttöönottotyökalulla.', 'you can use the Office Deployment Tool to uninstall Office.', { locale: 'fi-FI' }), []);
    });
  });

  describe('do-not-translate', () => {
    const settings = { doNotTranslate: ['Contoso Drive', 'Outlook'] };
    it('restores a term written in another case', () => {
      const [f] = checkSegment('do-not-translate', 'Die contoso drive-App', 'The Contoso Drive app', { settings });
      assert.equal(f.at, 'contoso drive');
      assert.equal(f.fixed, 'Die Contoso Drive-App');
    });

    it('fires on a term lost, from the no-loc list of the front matter', () => {
      const [f] = checkSegment('do-not-translate', 'Die Teamarbeit', 'The Teams app', { extra: ['no-loc: [Teams]'] });
      assert.equal(f.message, 'The English has the term "Teams", which is not to be translated; the translation does not have it.');
    });

    it('accepts an inflected term, and terms the English does not have (traps)', () => {
      assert.deepEqual(checkSegment('do-not-translate', 'Avaa viesti Outlookissa.', 'Open the message in Outlook.', { settings, locale: 'fi-FI' }), []);
      assert.deepEqual(checkSegment('do-not-translate', 'Ein Satz.', 'A sentence.', { settings }), []);
    });
  });
});
