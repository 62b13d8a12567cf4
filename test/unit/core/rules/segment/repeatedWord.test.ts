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
});
