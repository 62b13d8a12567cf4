import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule repeated-word', () => {
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
