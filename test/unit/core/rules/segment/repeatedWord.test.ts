import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';
import { learnedFrom, repeated } from '../../../../support/learned';

/** An Italian workspace large enough to learn the locale's connecting words ("e", "di", "il"). */
const italian = learnedFrom(
  repeated(
    {
      'it-IT': [
        ['Aprire il riquadro e selezionare il nome di dominio.', 'Open the pane and select the domain name.'],
        ['Il limite di archiviazione e il piano sono visibili.', 'The storage limit and the plan are visible.'],
        ['Per i dettagli, vedere la pagina di supporto e il forum.', 'For details, see the support page and the forum.'],
      ],
    },
    80,
  ),
);

/**
 * Romanian and Finnish workspaces large enough to learn the locales' common words: "pentru" (for)
 * and "valitse" (select) in every document, "parola" (password) in few.
 */
const romanianAndFinnish = learnedFrom([
  ...repeated(
    {
      'ro-RO': [
        ['Deschideți setările pentru cont.', 'Open the account settings.'],
        ['Selectați o opțiune pentru utilizatori.', 'Select an option for users.'],
        ['Salvați modificările.', 'Save the changes.'],
      ],
      'fi-FI': [
        ['Avaa asetukset ja valitse tili.', 'Open the settings and choose the account.'],
        ['Jos se puuttuu, valitse Lisää.', 'If it is missing, click Add.'],
        ['Tallenna muutokset.', 'Save the changes.'],
      ],
    },
    70,
  ),
  ...repeated({ 'ro-RO': [['Modificați parola contului.', 'Change the account password.']] }, 3),
]);

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

  it('removes a Chinese word written twice, and leaves a word whose second copy starts a longer one', () => {
    const [f] = checkSegment('repeated-word', '使用者可能會遇到延遲延遲。', 'Users may see delays.', { locale: 'zh-TW' });
    assert.equal(f.message, '"延遲" is repeated; the English does not repeat it.');
    assert.equal(f.fixed, '使用者可能會遇到延遲。');
    assert.deepEqual(checkSegment('repeated-word', '您必須擁有擁有者角色。', 'You must have the owner role.', { locale: 'zh-TW' }), []);
    assert.deepEqual(checkSegment('repeated-word', '群組的群組管理員', 'Group admins of the groups', { locale: 'zh-TW' }), [], 'the particle 的 between two words');
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

  it('accepts the words a language rightly says twice, in that language only (traps)', () => {
    assert.deepEqual(checkSegment('repeated-word', 'Vous vous connectez avec votre compte.', 'You sign in with your account.', { locale: 'fr-FR' }), []);
    assert.deepEqual(checkSegment('repeated-word', 'Seguire le istruzioni passo passo.', 'Follow the step-by-step instructions.', { locale: 'it-IT' }), []);
    assert.deepEqual(checkSegment('repeated-word', 'Kullanıcıları tek tek ekleyin.', 'Add the users one by one.', { locale: 'tr-TR' }), []);
    assert.deepEqual(checkSegment('repeated-word', 'फ़ाइलें अलग अलग फ़ोल्डर में हैं', 'The files are in different folders', { locale: 'hi-IN' }), []);
    // "passo passo" is Italian, not Romanian.
    assert.equal(checkSegment('repeated-word', 'Urmați instrucțiunile passo passo.', 'Follow the instructions.', { locale: 'ro-RO' }).length, 1);
  });

  it('accepts numbers, versions and codes listed twice, and a repeat where the English repeats a word in a row (traps)', () => {
    assert.deepEqual(checkSegment('repeated-word', 'Enintään 30 000 000 kohdetta.', 'Up to 30 million items.', { locale: 'fi-FI' }), []);
    assert.deepEqual(checkSegment('repeated-word', 'Die Werte v2 v2 und 0x00 0x00 bleiben.', 'The values v2 and 0x00 stay.'), []);
    assert.deepEqual(checkSegment('repeated-word', 'Das Büro in Valla Valla.', 'The office in Walla Walla.'), []);
    assert.equal(checkSegment('repeated-word', 'Das Büro in Valla Valla.', 'The office in Walla.').length, 1);
  });

  it('finds a word twice in a row where the English uses another word of its prose twice; not where it uses a label or name twice', () => {
    // "feedback" twice in the English says nothing about "potrivită potrivită".
    assert.equal(checkSegment('repeated-word', 'Alegeți categoria potrivită potrivită pentru feedbackul dvs.', 'Choose the right category, so that your feedback reaches the team that reads feedback.', { locale: 'ro-RO' }).length, 1);
    // "Users … Active users": the translation's two are the English's two labels, the path's separator moved.
    assert.deepEqual(checkSegment('repeated-word', 'Passare a Utenti Utenti attivi.', 'Go to Users > Active users.', { locale: 'it-IT' }), []);
    // The English says "and" twice in a row, one in italics ("*and*, and").
    assert.deepEqual(checkSegment('repeated-word', 'Supporta solo *o*, e e limitate.', 'Supports only *or*, *and*, and limited.', { locale: 'it-IT' }), []);
  });

  it('finds a word twice where the first has only the capital of its sentence; not a label with a capital inside a sentence', () => {
    const [f] = checkSegment('repeated-word', 'Tiedostot on tallennettu. Kaikki kaikki tiedostot näkyvät.', 'The files are saved. All files show.', { locale: 'fi-FI' });
    assert.equal(f.at, 'kaikki');
    assert.equal(f.fixed, 'Tiedostot on tallennettu. Kaikki tiedostot näkyvät.');
    assert.deepEqual(checkSegment('repeated-word', 'Schalten Sie die Option Aus aus.', 'Turn the option Off.'), []);
    assert.deepEqual(checkSegment('repeated-word', 'Vai su AD ad Azure AD.', 'Go from AD to Azure AD.', { locale: 'it-IT' }), []);
  });

  it('finds a Chinese word on both sides of "and", "or" or the list comma, and removes the second with its joint', () => {
    const [f] = checkSegment('repeated-word', '如需詳細資訊或詳細資訊，請參閱本文。', 'For more information or details, see this article.', { locale: 'zh-TW' });
    assert.equal(f.at, '詳細資訊');
    assert.equal(f.fixed, '如需詳細資訊，請參閱本文。');
    assert.equal(checkSegment('repeated-word', '常見問題、問題及解決方法', 'Common questions, issues, and resolutions', { locale: 'zh-TW' }).length, 1);
    // The English says a form of a word again ("labels, label policies"), or a content word twice.
    assert.deepEqual(checkSegment('repeated-word', '建立標籤、標籤原則。', 'Create labels, label policies.', { locale: 'zh-TW' }), []);
    assert.deepEqual(checkSegment('repeated-word', '停用角色或角色啟用到期時', 'When you deactivate a role in the portal or when a role activation expires', { locale: 'zh-TW' }), []);
  });

  it('finds a word on both sides of "and" or "or", and removes the second with its "or"; not where the English says it or a form of it again', () => {
    const [f] = checkSegment('repeated-word', 'Sovellus ei näytä kuvia tai kuvia esikatselussa.', 'The app does not show photos or pictures in the preview.', { locale: 'fi-FI' });
    assert.equal(f.at, 'kuvia');
    assert.equal(f.fixed, 'Sovellus ei näytä kuvia esikatselussa.');
    assert.deepEqual(checkSegment('repeated-word', 'STRG + Klicken oder klicken Sie mit der rechten Maustaste auf die Datei.', 'Ctrl+click or right-click the file.'), []);
    assert.deepEqual(checkSegment('repeated-word', 'Per raccolte siti o siti secondari.', 'For site collections or sub-sites.', { locale: 'it-IT' }), []);
    assert.deepEqual(checkSegment('repeated-word', 'Die Sicherung AAD oder AAD Hybrid', 'The backup of AAD or Hybrid AAD'), []);
  });

  it('finds a word given again as its own alternative in brackets, and removes the brackets, leaving the bold whole', () => {
    const [bold] = checkSegment('repeated-word', 'Wählen Sie **ändern** (oder ändern) aus.', 'Select **Modify** (or Change).');
    assert.equal(bold.at, 'ändern');
    assert.equal(bold.fixed, 'Wählen Sie **ändern** aus.');
    const [plain] = checkSegment('repeated-word', 'Et voi poistaa koko keskustelua (tai keskustelua), mutta voit piilottaa sen.', "You can't delete an entire chat (or conversation), but you can hide one.", { locale: 'fi-FI' });
    assert.equal(plain.fixed, 'Et voi poistaa koko keskustelua, mutta voit piilottaa sen.');
    assert.deepEqual(checkSegment('repeated-word', 'Wählen Sie **Ändern** (oder Bearbeiten) aus.', 'Select **Modify** (or Change).'), []);
    // A bracket that does not close right after the word is no alternative.
    assert.deepEqual(checkSegment('repeated-word', 'Wählen Sie **ändern** (oder ändern Sie die Datei) aus.', 'Select **Modify** (or change the file).'), []);
  });

  it('reads only the English around its "and" or "or": a name said twice elsewhere, or a word that ends in a function word, excuses nothing', () => {
    const [far] = checkSegment('repeated-word', 'Azure AD:n oletusasetukset helpottavat organisaation suojaamista ja suojaamista.', 'Defaults in Azure Active Directory (Azure AD) make it easier to be secure and help protect your organization.', { locale: 'fi-FI' });
    assert.equal(far.at, 'suojaamista');
    const [aware] = checkSegment('repeated-word', 'Olemme tietoisia ongelmasta, jossa asiakkaat eivät näe kuvia tai kuvia.', 'We are aware of an issue where customers cannot see images or pictures.', { locale: 'fi-FI' });
    assert.equal(aware.at, 'kuvia');
    assert.deepEqual(checkSegment('repeated-word', 'Un contratto Microsoft o Microsoft Cloud Solution Provider.', 'A Microsoft Customer Agreement or CSP.', { locale: 'it-IT' }), []);
  });

  it('finds a word with an elided article on both sides of "or", where the English says only a short word again or a name twice; not the English\'s own word where it pairs nothing', () => {
    const [f] = checkSegment('repeated-word', "Contoso cambia le regole per l'invio o l'invio dei file con Contoso.", 'Contoso changes the rules for sending or forwarding files with Contoso.', { locale: 'it-IT' });
    assert.equal(f.at, "l'invio");
    assert.equal(f.fixed, "Contoso cambia le regole per l'invio dei file con Contoso.");
    assert.deepEqual(checkSegment('repeated-word', 'Chats zwischen Ihren Kunden und Kunden von Fabrikam erlauben', 'Allow your customers to chat with Fabrikam customers'), []);
    assert.deepEqual(checkSegment('repeated-word', 'Sie benötigen das und das `{Key}` vom Besitzer.', 'You need the `{Key}` and the `{Secret}` from the owner.'), []);
  });

  it('finds two list items rendered by one word, across a comma or a slash; not a verb across a clause, nor where the English says a word again', () => {
    const [list] = checkSegment('repeated-word', 'Tietojen tallentaminen, tallentaminen ja poistaminen', 'Saving, storing, and deleting data', { locale: 'fi-FI' });
    assert.equal(list.at, 'tallentaminen');
    assert.equal(list.fixed, 'Tietojen tallentaminen ja poistaminen');
    assert.equal(checkSegment('repeated-word', 'Die gesendeten/gesendeten Nachrichten', 'The sent/forwarded messages').length, 1);
    // German ends a clause with its verb and starts the next with it.
    assert.deepEqual(checkSegment('repeated-word', 'Wenn Sie die Daten speichern, speichern Sie sie lokal.', 'If you save the data, you save it locally.'), []);
    // The list stops after the second copy: the copies are of two different lists.
    assert.deepEqual(checkSegment('repeated-word', 'Condividere con tutti, tutti gli utenti o i gruppi.', 'Share with Everyone, All users, or groups.', { locale: 'it-IT' }), []);
    // The English says "time" again itself ("time only or time, subject").
    assert.deepEqual(checkSegment('repeated-word', 'Nur auf Zeit, Zeit, Betreff und Ort beschränken.', 'Limit it to time only or time, subject, and location.'), []);
    // The English says "apps" again around its slash.
    assert.deepEqual(checkSegment('repeated-word', 'Toate aplicațiile/aplicațiile proprii', 'All apps/Owned apps', { locale: 'ro-RO' }), []);
  });

  it('finds a phrase written twice in a row, or twice in a list; not one the English says twice, nor names, nor another case', () => {
    const [f] = checkSegment('repeated-word', 'Utilizați browserul de sistem de sistem pentru conectare.', 'Use the system browser to sign in.', { locale: 'ro-RO' });
    assert.equal(f.message, '"de sistem" is said twice; the English says it once.');
    assert.equal(f.at, 'de sistem');
    assert.equal(checkSegment('repeated-word', 'Aplicația se oprește, se oprește sau nu răspunde.', 'The app stops, hangs, or does not respond.', { locale: 'ro-RO' }).length, 1);
    assert.deepEqual(checkSegment('repeated-word', 'Aktivieren Sie Microsoft Defender für Microsoft Defender für Office 365.', 'Enable Microsoft Defender for Microsoft Defender for Office 365.'), []);
    assert.deepEqual(checkSegment('repeated-word', 'Verbinden Sie sich mit SharePoint mit SharePoint Designer.', 'Connect to SharePoint with SharePoint Designer.'), []);
    assert.deepEqual(checkSegment('repeated-word', 'Tarkista palvelun kunto Palvelun kunto -näkymästä.', 'Check the service health in the Service health view.', { locale: 'fi-FI' }), []);
    assert.deepEqual(checkSegment('repeated-word', 'Le novità arrivano a mano a mano.', 'New features arrive as they are ready.', { locale: 'it-IT' }), []);
  });

  describe('a phrase or a noun said twice', () => {
    it('finds a noun on both sides of a name the English keeps', () => {
      const [f] = checkSegment('repeated-word', 'Adăugarea persoanelor de contact la un grup Microsoft 365 grup', 'Add contacts to a Microsoft 365 Group', { locale: 'ro-RO' });
      assert.equal(f.message, '"grup" is said twice; the English says it once.');
      assert.equal(f.at, 'grup');
      assert.equal(f.finding.fix, undefined, 'which copy to keep is the translator\'s call');
    });

    it('finds a phrase said twice around a connecting word the workspace teaches', () => {
      const [f] = checkSegment('repeated-word', 'Questo post può aiutare la risoluzione dei problemi e la risoluzione dei problemi.', 'This post can help troubleshoot and resolve it.', { locale: 'it-IT', learned: italian });
      assert.equal(f.message, '"la risoluzione dei problemi" is said twice; the English says it once.');
      // The phrase is quoted with single spaces, however it is spaced.
      const [spaced] = checkSegment('repeated-word', 'Questo post può aiutare la  risoluzione dei problemi e la risoluzione dei problemi.', 'This post can help troubleshoot and resolve it.', { locale: 'it-IT', learned: italian });
      assert.equal(spaced.message, '"la risoluzione dei problemi" is said twice; the English says it once.');
    });

    it('finds a word twice in a row, and a phrase twice, where the English has forms of other words', () => {
      // "assign … assigning": two forms, yet nothing the translation says in a row.
      assert.equal(checkSegment('repeated-word', 'Berechtigungen jeweils jeweils einer Person zuweisen.', 'Assign permissions rather than assigning one person at a time.', { locale: 'de-DE' }).length, 1);
      // "limits" and "limitations" are two words, not one's forms.
      assert.equal(checkSegment('repeated-word', 'Controllare i limiti e i limiti del software.', 'Check the limits and boundaries to review limitations.', { locale: 'it-IT', learned: italian }).length, 1);
    });

    it('accepts a phrase said twice where the English says two forms of one word (trap)', () => {
      const said = 'I termini non vengono visualizzati e vengono visualizzati a intermittenza.';
      assert.equal(checkSegment('repeated-word', said, 'The terms are missing and only appear at times.', { locale: 'it-IT', learned: italian }).length, 1);
      // "appear" and "appearing": the translation's two are the English's two.
      assert.deepEqual(checkSegment('repeated-word', said, 'The terms do not appear and are intermittently appearing.', { locale: 'it-IT', learned: italian }), []);
    });

    it('accepts a word the locale writes everywhere on both sides of a name or in two parallel clauses (traps)', () => {
      const ro = { locale: 'ro-RO', learned: romanianAndFinnish };
      // "pentru" (for) is in every document of the workspace: the language's own, not a noun said twice.
      assert.deepEqual(checkSegment('repeated-word', 'Configurarea filtrelor pentru Inbox pentru echipele de vânzări', 'Setting up Inbox filters for sales teams', ro), []);
      assert.deepEqual(checkSegment('repeated-word', 'Vizitați pagina pentru Firefox pentru a afla mai multe.', 'Visit the Firefox page to learn more.', ro), []);
      // Without a workspace to learn from, a word of six letters is taken for a noun.
      assert.equal(checkSegment('repeated-word', 'Vizitați pagina pentru Firefox pentru a afla mai multe.', 'Visit the Firefox page to learn more.', { locale: 'ro-RO' }).length, 1);
      // "ja valitse se ja valitse": "and select it and select", two clauses.
      assert.deepEqual(checkSegment('repeated-word', 'Avaa kansio ja valitse se ja valitse sitten Jaa.', 'Open the folder and choose it, then click Share.', { locale: 'fi-FI', learned: romanianAndFinnish }), []);
    });

    it('still finds a rarer noun or verb said twice in a workspace that knows the common words', () => {
      const [noun] = checkSegment('repeated-word', 'Acum puteți modifica parola Wi-Fi parola.', 'You can now change your Wi-Fi password.', { locale: 'ro-RO', learned: romanianAndFinnish });
      assert.equal(noun.message, '"parola" is said twice; the English says it once.');
      const [phrase] = checkSegment('repeated-word', 'Avaa kansio ja poista se ja poista sitten varmuuskopio.', 'Open the folder and delete it, then remove the backup.', { locale: 'fi-FI', learned: romanianAndFinnish });
      assert.equal(phrase.message, '"ja poista" is said twice; the English says it once.');
    });

    it('accepts a repeat the English has, another word between the copies, and no workspace to learn from (traps)', () => {
      const english = 'Check the public folder or public folder mailbox quota.';
      assert.deepEqual(checkSegment('repeated-word', 'Controllare la cartella pubblica e la cartella pubblica della cassetta.', english, { locale: 'it-IT', learned: italian }), []);
      assert.deepEqual(checkSegment('repeated-word', 'Adăugarea la un grup Microsoft 365 nou grup', 'Add to a new Microsoft 365 group', { locale: 'ro-RO' }), []);
      // A name said twice follows the English's own two names.
      assert.deepEqual(checkSegment('repeated-word', 'Operazioni in Azure Active Directory e Active Directory locale.', 'Operations in Azure AD and on-premises AD.', { locale: 'it-IT', learned: italian }), []);
      // The English says "for" on both sides of the name too.
      assert.deepEqual(checkSegment('repeated-word', 'Extinderea versiunii de încercare pentru Microsoft 365 pentru firme', 'Extend your trial for Microsoft 365 for business', { locale: 'ro-RO' }), []);
      assert.deepEqual(checkSegment('repeated-word', 'Questo post può aiutare la risoluzione dei problemi e la risoluzione dei problemi.', 'This post can help troubleshoot and resolve it.', { locale: 'it-IT' }), []);
    });
  });
  it('reads Simplified Chinese as Traditional: a word on both sides of "与", and a verb rightly said twice (trap)', () => {
    const [f] = checkSegment('repeated-word', '打开设置与设置页面。', 'Open the settings and options page.', { locale: 'zh-CN' });
    assert.match(f?.message ?? '', /"设置" is repeated/);
    assert.deepEqual(checkSegment('repeated-word', '请讨论讨论这个问题。', 'Please discuss this issue.', { locale: 'zh-CN' }), []);
  });
});
