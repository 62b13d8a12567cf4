import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';
import { learnedFrom, repeated } from '../../../../support/learned';

/**
 * A workspace the rules learn from: Intune and Azure Active Directory stay in English in every
 * locale, "subscription" is a word German translates, and German translates the bold label
 * "Cancel subscription" as "Abonnement kündigen".
 */
const learned = learnedFrom(
  repeated(
    {
      'de-DE': [
        ['Verwalten Sie Geräte mit Intune.', 'Manage devices with Intune.'],
        ['Melden Sie sich bei Azure Active Directory an.', 'Sign in to Azure Active Directory.'],
        ['Kündigen Sie Ihr Abonnement.', 'Cancel your subscription.'],
        ['Verlängern Sie das Abonnement rechtzeitig.', 'Renew the subscription in time.'],
        ['Wählen Sie **Abonnement kündigen**.', 'Select **Cancel subscription**.'],
      ],
      'fi-FI': [
        ['Hallitse laitteita Intunella.', 'Manage devices with Intune.'],
        ['Kirjaudu Azure Active Directoryyn.', 'Sign in to Azure Active Directory.'],
      ],
      'ro-RO': [
        ['Gestionați dispozitivele cu Intune.', 'Manage devices with Intune.'],
        ['Conectați-vă la Azure Active Directory.', 'Sign in to Azure Active Directory.'],
      ],
    },
    6,
  ),
);

describe('rules: names, English left and words in the wrong place', () => {
  describe('protected-term', () => {
    it('restores a name the workspace keeps, written in small letters', () => {
      const [f] = checkSegment('protected-term', 'Verwalten Sie Ihre Telefone mit intune.', 'Manage your phones with Intune.', { learned });
      assert.match(f.message, /"Intune" written with other capitals \("intune"\)/);
      assert.equal(f.at, 'intune');
      assert.equal(f.fixed, 'Verwalten Sie Ihre Telefone mit Intune.');
    });

    it('finds an acronym of two letters written with a small second letter, not where it starts the sentence', () => {
      const [f] = checkSegment('protected-term', 'Actualizați numărul Po din profil.', 'Update the PO number in the profile.', { locale: 'ro-RO' });
      assert.match(f.message, /"PO" written with other capitals \("Po"\)/);
      assert.equal(f.fixed, 'Actualizați numărul PO din profil.');
      assert.deepEqual(checkSegment('protected-term', 'Po urmează numărul.', 'PO follows the number.', { locale: 'ro-RO' }), []);
    });

    it('reports a cmdlet translated, with no workspace to learn from', () => {
      const [f] = checkSegment('protected-term', 'Führen Sie Entfernen-MsolKontakt aus.', 'Run Remove-MsolContact.');
      assert.match(f.message, /"Remove-MsolContact" translated or lost/);
      assert.equal(f.finding.fix, undefined, 'a lost name has no safe fix');
    });

    it('finds the first word of a long name kept whole written in small letters, with no workspace to learn from', () => {
      const [f] = checkSegment('protected-term', 'Laden Sie das Diagnosetool client Connectivity Analyzer herunter.', 'Download the Client Connectivity Analyzer diagnostic tool.');
      assert.match(f.message, /"Client Connectivity Analyzer" written with other capitals \("client Connectivity Analyzer"\)/);
      assert.equal(f.fixed, 'Laden Sie das Diagnosetool Client Connectivity Analyzer herunter.');
    });

    it('accepts a long name lowered where a sentence starts, in an ordinary later word, or in a word the locale translates (traps)', () => {
      assert.deepEqual(checkSegment('protected-term', 'client Connectivity Analyzer ist ein Tool.', 'Client Connectivity Analyzer is a tool.'), []);
      assert.deepEqual(checkSegment('protected-term', 'Willkommen bei der Contoso Lighthouse private Preview.', 'Welcome to the Contoso Lighthouse Private Preview.'), []);
      assert.deepEqual(checkSegment('protected-term', 'Lesen Sie den subscription Contoso Portal Guide.', 'Read the Subscription Contoso Portal Guide.', { learned }), []);
      assert.equal(checkSegment('protected-term', 'Lesen Sie den subscription Contoso Portal Guide.', 'Read the Subscription Contoso Portal Guide.').length, 1, 'without the workspace, the word is not known to be translated');
    });

    it('accepts a name kept with an inflection, and a name the workspace does not know (traps)', () => {
      assert.deepEqual(checkSegment('protected-term', 'Hallitse puhelimia Intunella.', 'Manage phones with Intune.', { locale: 'fi-FI', learned }), []);
      assert.deepEqual(checkSegment('protected-term', 'Öffnen Sie den Kalender von Contoso.', 'Open the Calendar of Contoso.', { learned }), []);
      assert.deepEqual(checkSegment('protected-term', 'Führen Sie Remove-MsolContact aus.', 'Run Remove-MsolContact.'), []);
    });
  });

  describe('protected-term: split paths, names inside longer runs, code other locales keep', () => {
    it('finds a file extension and a drive split by a space, with a fix that joins them', () => {
      const [f] = checkSegment('protected-term', 'Exportieren Sie die Elemente in eine. pst-Datei unter C: \\Daten.', 'Export the items to a .pst file in C:\\Data.');
      assert.match(f.message, /"\.pst" and "C:\\" split by a space \("\. pst" and "C: \\"\)/);
      assert.equal(f.at, '. pst');
      assert.equal(f.fixed, 'Exportieren Sie die Elemente in eine .pst-Datei unter C:\\Daten.');
    });

    it('accepts an extension kept, and a sentence that ends before a word spelled as one (traps)', () => {
      assert.deepEqual(checkSegment('protected-term', 'Exportieren Sie die Elemente in eine .pst-Datei.', 'Export the items to a .pst file.'), []);
      assert.deepEqual(checkSegment('protected-term', 'Speichern Sie die Datei. CSV-Dateien öffnen sich in Excel.', 'Save the file. CSV files open in Excel.'), []);
    });

    it('finds a file or host name broken at a dot or re-cased, and says how it is written, with a fix that writes it whole', () => {
      const [f] = checkSegment('protected-term', 'Tastați Services. msc, apoi apăsați Enter.', 'Type services.msc, and then press Enter.', { locale: 'ro-RO' });
      assert.match(f.message, /"services\.msc" written "Services\. msc"/);
      assert.equal(f.at, 'Services. msc');
      assert.equal(f.fixed, 'Tastați services.msc, apoi apăsați Enter.');
      const [host] = checkSegment('protected-term', 'Accesați aka.MS/fabrikam sau contoso . sharepoint.com.', 'Go to aka.ms/fabrikam or contoso.sharepoint.com.', { locale: 'ro-RO' });
      assert.match(host.message, /"aka\.ms" written "aka\.MS"; "contoso\.sharepoint\.com" written "contoso \. sharepoint\.com"/);
      assert.equal(host.fixed, 'Accesați aka.ms/fabrikam sau contoso.sharepoint.com.');
      const [tail] = checkSegment('protected-term', 'Domeniul se termină cu *. fabrikam.net*.', 'The domain ends with *.fabrikam.net*.', { locale: 'ro-RO' });
      assert.match(tail.message, /"\.fabrikam\.net" written "\. fabrikam\.net"/);
    });

    it('accepts a dotted name kept, one with only its first letter a capital, an abbreviation, and bold between the parts (traps)', () => {
      assert.deepEqual(checkSegment('protected-term', 'Tastați services.msc.', 'Type services.msc.', { locale: 'ro-RO' }), []);
      assert.deepEqual(checkSegment('protected-term', 'Conectați-vă la Fabrikam.com.', 'Sign in at fabrikam.com.', { locale: 'ro-RO' }), []);
      assert.deepEqual(checkSegment('protected-term', 'Folosiți virgule, e. g. în liste.', 'Use commas, e.g. in lists.', { locale: 'ro-RO' }), []);
      assert.deepEqual(checkSegment('protected-term', 'Tastați services.**msc**.', 'Type services.**msc**.', { locale: 'ro-RO' }), []);
    });

    it('finds an acronym in mixed capitals or its plural re-cased without the s, with a fix to the acronym', () => {
      const [f] = checkSegment('protected-term', 'Lesen Sie die Gdpr-Hinweise.', 'Read the GDPR notes.');
      assert.match(f.message, /"GDPR" written with other capitals \("Gdpr"\)/);
      assert.equal(f.fixed, 'Lesen Sie die GDPR-Hinweise.');
      const [plural] = checkSegment('protected-term', '在郵件中新增 Gif。', 'Add GIFs to messages.', { locale: 'zh-TW' });
      assert.match(plural.message, /"GIFs" written with other capitals \("Gif"\)/);
      assert.equal(plural.fixed, '在郵件中新增 GIF。');
    });

    it('finds a two-letter acronym lowered though the English has its letters inside a word', () => {
      const [f] = checkSegment('protected-term', 'Valitse nykyinen CU ja kohde cu.', 'Choose your currently running CU and your target CU.', { locale: 'fi-FI' });
      assert.match(f.message, /"CU" written with other capitals \("cu"\)/);
    });

    it('takes a two-letter word of the locale for itself where the translation keeps the acronym as often as the English (trap), not where it keeps it less', () => {
      // "ad" is an Italian preposition, written in many of the workspace's documents.
      const italian = learnedFrom(
        repeated(
          {
            'it-IT': [
              ['Inviare il file ad un collega.', 'Send the file to a colleague.'],
              ['Azure AD è attivo.', 'Azure AD is on.'],
            ],
            'de-DE': [['Azure AD ist aktiv.', 'Azure AD is on.']],
          },
          12,
        ),
      );
      assert.ok(italian.frequentNativeWord('ad', 'it-IT'));
      assert.deepEqual(checkSegment('protected-term', 'Il provisioning da Workday ad AD non imposta il valore.', 'Workday to AD provisioning does not set the value.', { locale: 'it-IT', learned: italian }), []);
      const [lowered] = checkSegment('protected-term', 'Sincronizzare Azure AD con ad locale.', 'Sync Azure AD with on-premises AD.', { locale: 'it-IT', learned: italian });
      assert.match(lowered.message, /"AD" written with other capitals \("ad"\)/);
    });

    it('reads Outlook\'s "Out of Office" replies as words, not the product Office (trap), and still finds the product lost', () => {
      const office = learnedFrom(
        repeated({
          'de-DE': [['Sie können jetzt Office verwenden.', 'You can now use Office.']],
          'fi-FI': [['Voit nyt käyttää Officea.', 'You can now use Office.']],
        }),
      );
      assert.deepEqual(checkSegment('protected-term', 'Automatische Abwesenheitsnotizen senden', 'Send automatic Out of Office replies', { learned: office }), []);
      const [lost] = checkSegment('protected-term', 'Installieren Sie die Büro-Apps.', 'Install the Office apps.', { learned: office });
      assert.match(lost.message, /"Office" translated or lost/);
    });

    it('accepts key names in the locale’s capitals, a locale’s word that starts with the letters, and a spelling the English writes as a name (traps)', () => {
      assert.deepEqual(checkSegment('protected-term', 'Drücken Sie Ctrl und dann Alt.', 'Press CTRL, then ALT.'), []);
      assert.deepEqual(checkSegment('protected-term', 'Notă: acest lucru NU este acceptat.', 'Note: this is NOT supported.', { locale: 'ro-RO' }), []);
      assert.deepEqual(checkSegment('protected-term', 'URI-uri de redirecționare', 'Redirect URIs', { locale: 'ro-RO' }), []);
      const mac = learnedFrom(repeated({ 'de-DE': [['Der Mac ist bereit.', 'The Mac is ready.']] }));
      assert.ok(mac.writtenAsName('Mac'));
      assert.deepEqual(checkSegment('protected-term', 'Installieren Sie Office auf dem Mac.', 'Install Office on a MAC.', { learned: mac }), []);
    });

    it('accepts a name written as the workspace’s English usually writes it, where this English slipped, and finds a spelling it does not write (trap)', () => {
      // "Win32" in every segment of the workspace; this English writes "win32".
      const win = learnedFrom(repeated({ 'de-DE': [['Stellen Sie die Win32-App bereit.', 'Deploy the Win32 app.']] }, 20));
      assert.ok(win.usualSpelling('Win32', 'win32'));
      assert.ok(!win.usualSpelling('WIN32', 'win32'), 'a spelling the English never writes');
      assert.deepEqual(checkSegment('protected-term', 'Stellen Sie eine Win32-App bereit.', 'Deploy a win32 app.', { learned: win }), []);
      const [f] = checkSegment('protected-term', 'Stellen Sie eine WIN32-App bereit.', 'Deploy a win32 app.', { learned: win });
      assert.match(f.message, /"win32" written with other capitals \("WIN32"\)/);
      // Without the workspace nothing tells the usual spelling: the English's own is asked for.
      const [alone] = checkSegment('protected-term', 'Stellen Sie eine Win32-App bereit.', 'Deploy a win32 app.');
      assert.match(alone.message, /"win32" written with other capitals \("Win32"\)/);
    });

    it('accepts a number with its unit written the locale’s way: spaced, spelled out, with a decimal comma (traps)', () => {
      assert.deepEqual(checkSegment('protected-term', 'Videoanrufe mit 360 Pixel bei 30 fps', 'Video calling (360p at 30fps)'), []);
      assert.deepEqual(checkSegment('protected-term', 'Nur 2,5-Zoll-Laufwerke werden unterstützt.', 'Only 2.5-inch drives are supported.'), []);
      assert.deepEqual(checkSegment('protected-term', '只支援 2.5 吋固態硬碟。', 'Only 2.5-inch solid-state drives are supported.', { locale: 'zh-TW' }), []);
    });

    const defender = learnedFrom(
      repeated({
        'de-DE': [['Microsoft Defender ist aktiviert.', 'Microsoft Defender is on.']],
        'fi-FI': [['Microsoft Defender on käytössä.', 'Microsoft Defender is on.']],
      }),
    );

    it('finds a name the workspace keeps re-cased inside a longer run of capitals it does not know', () => {
      const [f] = checkSegment('protected-term', 'Testen Sie die Beispiel microsoft defender-Richtlinie.', 'Try the Example Microsoft Defender Policy.', { learned: defender });
      assert.match(f.message, /"Microsoft Defender" written with other capitals \("microsoft defender"\)/);
      assert.equal(f.fixed, 'Testen Sie die Beispiel Microsoft Defender-Richtlinie.');
      assert.deepEqual(checkSegment('protected-term', 'Testen Sie die Beispiel Microsoft Defender-Richtlinie.', 'Try the Example Microsoft Defender Policy.', { learned: defender }), []);
    });

    it('finds a name with an ending joined in capitals, with a fix that writes the ending small', () => {
      const [f] = checkSegment('protected-term', 'Hallitse laitteita IntuneN avulla.', 'Manage devices with Intune.', { locale: 'fi-FI', learned });
      assert.match(f.message, /"Intune" written with other capitals \("IntuneN"\)/);
      assert.equal(f.fixed, 'Hallitse laitteita Intunen avulla.');
      assert.deepEqual(checkSegment('protected-term', 'Hallitse laitteita Intunen avulla.', 'Manage devices with Intune.', { locale: 'fi-FI', learned }), []);
    });

    // WebClient and ADAL: every other locale keeps them; Romanian loses both in most of its segments.
    const elsewhere = learnedFrom(
      repeated({
        'de-DE': [['Starten Sie den WebClient-Dienst und aktivieren Sie ADAL.', 'Start the WebClient service and enable ADAL.']],
        'fi-FI': [['Käynnistä WebClient-palvelu ja ota ADAL käyttöön.', 'Start the WebClient service and enable ADAL.']],
        'it-IT': [['Avviare il servizio WebClient e abilitare ADAL.', 'Start the WebClient service and enable ADAL.']],
        'zh-TW': [['啟動 WebClient 服務並啟用 ADAL。', 'Start the WebClient service and enable ADAL.']],
        'ro-RO': [['Porniți serviciul de client și activați biblioteca.', 'Start the WebClient service and enable ADAL.']],
      }),
    );

    it('finds a code-like name lost where every other locale keeps it, however often this locale loses it', () => {
      assert.ok(!elsewhere.protectedName('WebClient', 'ro-RO'), 'Romanian alone would not make it a name that stays');
      const [f] = checkSegment('protected-term', 'Asigurați-vă că rulează serviciul de client.', 'Make sure the WebClient service is running.', { locale: 'ro-RO', learned: elsewhere });
      assert.match(f.message, /"WebClient" translated or lost/);
    });

    it('accepts an acronym lost where every other locale keeps it: a locale may spell one out (trap)', () => {
      assert.deepEqual(checkSegment('protected-term', 'Activați biblioteca de autentificare.', 'Enable ADAL.', { locale: 'ro-RO', learned: elsewhere }), []);
    });
  });

  describe('protected-term: a name the English always capitalizes, written in small letters', () => {
    /** Teams and Flow stay in English everywhere; the English writes "flow" as a word too, "Teams" only as the name. */
    const names = learnedFrom(
      repeated(
        {
          'ro-RO': [
            ['Puteți folosi Teams pe telefon.', 'You can use Teams on your phone.'],
            ['Administratorul Teams gestionează echipele.', 'The Teams admin manages the teams list.'],
            ['Creați un Flow în SharePoint.', 'Create a Flow in SharePoint.'],
            ['Urmați fluxul de lucru.', 'Follow the work flow.'],
            ['Verificați fluxul de date.', 'Check the data flow.'],
          ],
          'fi-FI': [
            ['Voit käyttää Teams-sovellusta puhelimessa.', 'You can use Teams on your phone.'],
            ['Luo Flow SharePointissa.', 'Create a Flow in SharePoint.'],
          ],
        },
        12,
      ),
    );

    it('finds it where the sentence starts and inside a run the workspace translates, with a fix that restores the capital', () => {
      const [start] = checkSegment('protected-term', 'Calendarul teams lipsește.', 'Teams calendar is missing.', { locale: 'ro-RO', learned: names });
      assert.match(start.message, /"Teams" written with other capitals \("teams"\)/);
      assert.equal(start.fixed, 'Calendarul Teams lipsește.');
      const [inRun] = checkSegment('protected-term', 'Administratorul teams a dezactivat calendarul.', 'Your Teams administrator disabled the calendar.', { locale: 'ro-RO', learned: names });
      assert.equal(inRun.at, 'teams');
    });

    it('finds it with a Finnish ending joined on, and fixes only the name', () => {
      const [f] = checkSegment('protected-term', 'Avaa teamsin asetukset.', 'Open the Teams settings.', { locale: 'fi-FI', learned: names });
      assert.equal(f.at, 'teams');
      assert.equal(f.fixed, 'Avaa Teamsin asetukset.');
    });

    it('accepts a name the English also writes as a word, a longer word that starts with the name, and no workspace (traps)', () => {
      assert.deepEqual(checkSegment('protected-term', 'Diagramele flow arată pașii.', 'Flow diagrams show the steps.', { locale: 'ro-RO', learned: names }), []);
      assert.deepEqual(checkSegment('protected-term', 'Avaa Teams ja teamspace-asetukset.', 'Open Teams and its settings.', { locale: 'fi-FI', learned: names }), []);
      assert.deepEqual(checkSegment('protected-term', 'Calendarul teams lipsește.', 'Teams calendar is missing.', { locale: 'ro-RO' }), []);
    });
  });

  describe('protected-term: names of two runs joined by "for"', () => {
    /** Finnish keeps "Microsoft Defender for Office 365" everywhere; Chinese has its own name for "Outlook for Mac". */
    const products = learnedFrom(
      repeated(
        {
          'fi-FI': [
            ['Ota Microsoft Defender for Office 365 käyttöön.', 'Turn on Microsoft Defender for Office 365.'],
            ['Avaa Outlook for Mac.', 'Open Outlook for Mac.'],
          ],
          'zh-TW': [
            ['開啟 Microsoft Defender for Office 365。', 'Turn on Microsoft Defender for Office 365.'],
            ['開啟 Mac 版 Outlook。', 'Open Outlook for Mac.'],
          ],
        },
        4,
      ),
    );

    it('finds the name broken where the locale keeps it whole, told as the whole name', () => {
      const [lost] = checkSegment('protected-term', 'Microsoft Defenderin Office 365 -ominaisuudet', 'Microsoft Defender for Office 365 features', { locale: 'fi-FI', learned: products });
      assert.match(lost.message, /"Microsoft Defender for Office 365" translated or lost\.$/);
      const [recased] = checkSegment('protected-term', 'Avaa Outlook For Mac.', 'Open Outlook for Mac.', { locale: 'fi-FI', learned: products });
      assert.equal(recased.fixed, 'Avaa Outlook for Mac.');
    });

    it("accepts the locale's own name, the name kept, and no workspace (traps)", () => {
      assert.deepEqual(checkSegment('protected-term', '在 Mac 版 Outlook 中開啟行事曆。', 'Open the calendar in Outlook for Mac.', { locale: 'zh-TW', learned: products }), []);
      assert.deepEqual(checkSegment('protected-term', 'Ota Microsoft Defender for Office 365 käyttöön.', 'Turn on Microsoft Defender for Office 365.', { locale: 'fi-FI', learned: products }), []);
      assert.deepEqual(checkSegment('protected-term', 'Microsoft Defenderin Office 365 -ominaisuudet', 'Microsoft Defender for Office 365 features', { locale: 'fi-FI' }), []);
    });
  });

  describe('protected-term: a name reordered, or kept in one place and re-cased in another', () => {
    /** Italian and Romanian keep "Microsoft Defender ATP" and "Exchange Online" as written. */
    const kept = learnedFrom(
      repeated(
        {
          'it-IT': [
            ['Aprire il portale di Microsoft Defender ATP.', 'Open the Microsoft Defender ATP portal.'],
            ['Le cassette postali sono in Exchange Online.', 'The mailboxes are in Exchange Online.'],
            ['Riavviare il server Exchange.', 'Restart the Exchange server.'],
          ],
          'ro-RO': [
            ['Deschideți portalul Microsoft Defender ATP.', 'Open the Microsoft Defender ATP portal.'],
            ['Cutiile poștale sunt în Exchange Online.', 'The mailboxes are in Exchange Online.'],
            ['Reporniți serverul Exchange.', 'Restart the Exchange server.'],
          ],
        },
        6,
      ),
    );

    it('finds the words of a kept name side by side in another order', () => {
      const [found] = checkSegment('protected-term', 'Controllare gli avvisi di ATP Microsoft Defender ogni giorno.', 'Check the Microsoft Defender ATP alerts every day.', { locale: 'it-IT', learned: kept });
      assert.match(found.message, /"Microsoft Defender ATP" written with its words in another order \("ATP Microsoft Defender"\)/);
      assert.equal(found.fixed, 'Controllare gli avvisi di Microsoft Defender ATP ogni giorno.');
    });

    it('finds a name kept in one place and written with other capitals in another', () => {
      const [found] = checkSegment('protected-term', 'Serve Exchange Online Plan 1 oppure Exchange Online plan 2 per la casella.', 'You need Exchange Online Plan 1 or Exchange Online Plan 2 for the mailbox.', { locale: 'it-IT', learned: kept });
      assert.match(found.message, /written with other capitals \("Exchange Online plan"\)/);
      assert.equal(found.fixed, 'Serve Exchange Online Plan 1 oppure Exchange Online Plan 2 per la casella.');
    });

    it('accepts words between, both spellings in the English, a title and a correction (traps)', () => {
      assert.deepEqual(checkSegment('protected-term', 'Gli avvisi di Microsoft Defender per ATP arrivano ogni giorno.', 'The Microsoft Defender ATP alerts arrive every day.', { locale: 'it-IT', learned: kept }), []);
      const both = 'You need Exchange Online Plan 1 or Exchange Online plan 2 for the mailbox.';
      assert.deepEqual(checkSegment('protected-term', 'Serve Exchange Online Plan 1 oppure Exchange Online plan 2 per la casella.', both, { locale: 'it-IT', learned: kept }), []);
      assert.deepEqual(checkSegment('protected-term', 'Aprire Sign In Options e poi sign in options di nuovo.', 'Open Sign In Options and then Sign In Options again.', { locale: 'it-IT', learned: kept }), []);
      assert.deepEqual(checkSegment('protected-term', 'Usare Exchange Online Ad Sync oppure Exchange Online AD Sync.', 'Use Exchange Online Ad Sync or Exchange Online Ad Sync.', { locale: 'it-IT', learned: kept }), []);
    });
  });

  describe('protected-term: a name after the first word of the sentence', () => {
    /** German keeps Intune and macOS, and translates the runs "An Intune" and "On macOS" with the sentence's first word. */
    const initial = learnedFrom(
      repeated(
        {
          'de-DE': [
            ['Ein Intune-Administrator kann helfen.', 'An Intune administrator can help.'],
            ['Unter macOS gibt es eine eigene App.', 'On macOS there is an app of its own.'],
            ['Verwalten Sie Geräte mit Intune.', 'Manage devices with Intune.'],
            ['Die App läuft unter macOS.', 'The app runs on macOS.'],
          ],
        },
        6,
      ),
    );

    it('finds a name re-cased in a run the workspace translates only for its first word', () => {
      const [found] = checkSegment('protected-term', 'Ein InTune-Techniker ruft Sie zurück.', 'An Intune engineer will call you back.', { locale: 'de-DE', learned: initial });
      assert.match(found.message, /"Intune" written with other capitals \("InTune"\)/);
      assert.equal(found.fixed, 'Ein Intune-Techniker ruft Sie zurück.');
    });

    it('accepts a capital that starts the translation\'s sentence (trap)', () => {
      assert.deepEqual(checkSegment('protected-term', 'MacOS: Die App wird eigens installiert.', 'On macOS the app is installed on its own.', { locale: 'de-DE', learned: initial }), []);
    });
  });

  describe('protected-term: a product\'s word translated beside a name kept', () => {
    /** Every locale keeps "Teams", which the English always capitalizes, alone and after "Microsoft"; the run "Microsoft Teams Calling Plans" is translated. */
    const teams = learnedFrom(
      repeated(
        {
          'zh-TW': [
            ['在 Microsoft Teams 中開會。', 'Meet in Microsoft Teams.'],
            ['開啟 Teams 並登入。', 'Open Teams and sign in.'],
            ['您可以從 Teams 撥打電話。', 'You can place calls from Teams.'],
            ['Microsoft Teams 通話方案現已推出。', 'Microsoft Teams Calling Plans are out now.'],
            ['您可以連絡 Microsoft 支援。', 'You can contact Microsoft for support.'],
          ],
          'fi-FI': [
            ['Tapaa Microsoft Teamsissa.', 'Meet in Microsoft Teams.'],
            ['Avaa Teams ja kirjaudu.', 'Open Teams and sign in.'],
            ['Voit soittaa Teamsista.', 'You can place calls from Teams.'],
            ['Voit ottaa yhteyttä Microsoftiin.', 'You can contact Microsoft for support.'],
          ],
        },
        6,
      ),
    );

    it('finds the product\'s word translated while the name before it is kept', () => {
      const [found] = checkSegment('protected-term', '查看 Microsoft 小組通話方案的價格。', 'See the prices of Microsoft Teams Calling Plans.', { locale: 'zh-TW', learned: teams });
      assert.match(found.message, /"Teams" translated or lost/);
    });

    it('accepts the word with an ending, and a word the workspace has not learned as a product (traps)', () => {
      assert.deepEqual(checkSegment('protected-term', 'Käytä Microsoft Teamsia kokouksiin.', 'Use Microsoft Teams for meetings.', { locale: 'fi-FI', learned: teams }), []);
      assert.deepEqual(checkSegment('protected-term', '使用 Microsoft 預約 安排會議。', 'Use Microsoft Bookings for meetings.', { locale: 'zh-TW', learned: teams }), []);
    });
  });

  describe('protected-term: values of settings', () => {
    it('finds a value in emphasis or standing alone translated', () => {
      const [bold] = checkSegment('protected-term', 'Määritä asetuksen arvoksi **Tosi**.', 'Set the setting to **True**.', { locale: 'fi-FI' });
      assert.match(bold.message, /"True" translated or lost/);
      const [pair] = checkSegment('protected-term', '**Salasanan synkronointi:** (tosi tai EPÄTOSI).', '**Password sync enabled:** (True or False).', { locale: 'fi-FI' });
      assert.match(pair.message, /"True" and "False" translated or lost/);
      const [italic] = checkSegment('protected-term', 'Jotkin arvot ovat *tyhjiä*.', 'Some values are *null*.', { locale: 'fi-FI' });
      assert.match(italic.message, /"null" translated or lost/);
    });

    it('accepts a value kept in other capitals, and a title or link that starts with the word (traps)', () => {
      assert.deepEqual(checkSegment('protected-term', 'Määritä arvoksi **true**.', 'Set it to **True**.', { locale: 'fi-FI' }), []);
      assert.deepEqual(checkSegment('protected-term', 'Katso video [Väärät negatiiviset](https://example.com).', 'See the video [False negative strategy](https://example.com).', { locale: 'fi-FI' }), []);
      assert.deepEqual(checkSegment('protected-term', 'Tutki vääriä hälytyksiä: väärien positiivisten raportti.', 'Investigate false alarms: the False Positive report.', { locale: 'fi-FI' }), []);
    });
  });

  describe('protected-term: native digits', () => {
    it('finds a name\'s number in Thai or Arabic-Indic digits, with a fix that writes the English digits', () => {
      const [th, ...more] = checkSegment('protected-term', 'ใช้ Microsoft ๓๖๕ บน Windows ๑๐', 'Use Microsoft 365 on Windows 10.', { locale: 'th-TH' });
      assert.equal(th.message, 'Names that stay as written in English: "Microsoft 365" and "Windows 10" written with native digits ("๓๖๕" and "๑๐").');
      assert.equal(th.at, '๓๖๕');
      assert.equal(th.fixed, 'ใช้ Microsoft 365 บน Windows 10');
      assert.deepEqual(more, []);
      const [ar] = checkSegment('protected-term', 'استخدم Microsoft ٣٦٥ في ٣ دقائق.', 'Use Microsoft 365 in 3 minutes.', { locale: 'ar-SA' });
      assert.equal(ar.fixed, 'استخدم Microsoft 365 في ٣ دقائق.', 'only the name\'s digits change');
    });

    it('accepts native digits in a number that is no name\'s, and in a name the translation does not keep (traps)', () => {
      assert.deepEqual(checkSegment('protected-term', 'ซิงค์ได้สูงสุด ๓๐๐,๐๐๐ ไฟล์', 'Sync up to 300,000 files.', { locale: 'th-TH' }), []);
      assert.deepEqual(checkSegment('protected-term', 'ใช้ Office เวอร์ชัน ๑๖', 'Use Office version 16.', { locale: 'th-TH' }), []);
    });
  });

  describe('protected-term: versions', () => {
    it('accepts a version written the locale’s way: with its word for version, a space, another capital or a decimal comma (traps)', () => {
      for (const [tr, locale] of [
        ['Contoso API Version 2.0 – Anmeldung', 'de-DE'],
        ['Contoso API v 2.0 – Anmeldung', 'de-DE'],
        ['Contoso API 2.0 版登入', 'zh-TW'],
        ['Contoso API v 2,0 – accesso', 'it-IT'],
      ]) {
        assert.deepEqual(checkSegment('protected-term', tr, 'Contoso API v2.0 - sign-in', { locale }), [], tr);
      }
      assert.deepEqual(checkSegment('protected-term', 'Verwenden Sie das v2-Modul.', 'Use the V2 module.'), []);
    });

    it('finds a version lost, also where another name keeps the same number', () => {
      const [lost] = checkSegment('protected-term', 'Contoso API – Anmeldung', 'Contoso API v2.0 - sign-in');
      assert.match(lost?.message ?? '', /"v2\.0" translated or lost/);
      const [once] = checkSegment('protected-term', 'Contoso API – OAuth 2.0-Anmeldung', 'Contoso API v2.0 - OAuth 2.0 sign-in');
      assert.match(once?.message ?? '', /"v2\.0" translated or lost/, 'the English writes 2.0 twice, the translation once');
      // A number of one part counts only after its "v".
      const [single] = checkSegment('protected-term', 'Verwenden Sie Modul 2 von 2.', 'Use the V2 module of 2.');
      assert.match(single?.message ?? '', /"V2" translated or lost/);
    });
  });

  describe('protected-term: build numbers', () => {
    it('finds a build or version number written with commas for its dots, with a fix that writes the dots', () => {
      const [f, ...more] = checkSegment('protected-term', 'Behoben in Version 2108 (Build 14326,20404).', 'Fixed in version 2108 (Build 14326.20404).');
      assert.deepEqual(more, []);
      assert.equal(f.message, 'Names that stay as written in English: "14326.20404" written with commas in place of dots ("14326,20404").');
      assert.equal(f.fixed, 'Behoben in Version 2108 (Build 14326.20404).');
      assert.equal(checkSegment('protected-term', 'Installieren Sie 16,0,7967.', 'Install 16.0.7967.').length, 1, 'three parts: a version wherever it stands');
    });

    it('finds a name\'s version of two parts written with a comma ("TLS 1,2")', () => {
      const [f] = checkSegment('protected-term', 'Activați TLS 1,2 pe server.', 'Turn on TLS 1.2 on the server.', { locale: 'ro-RO' });
      assert.match(f.message, /"1\.2" written with commas in place of dots \("1,2"\)/);
      assert.equal(f.fixed, 'Activați TLS 1.2 pe server.');
    });

    it('accepts a decimal number written the locale\'s way, and a build number written as the English writes it (traps)', () => {
      assert.deepEqual(checkSegment('protected-term', 'Der Wert ist 1,5.', 'The value is 1.5.'), []);
      assert.deepEqual(checkSegment('protected-term', 'Nur 2,5-Zoll-Laufwerke passen.', 'Only 2.5-inch drives fit.'), [], 'after the sentence\'s first word, no name');
      assert.deepEqual(checkSegment('protected-term', 'Behoben in Version 2108 (Build 14326.20404).', 'Fixed in version 2108 (Build 14326.20404).'), []);
    });
  });

  describe('protected-term: command lines and names misspelled with a digit', () => {
    it('finds a command written without the space before its switch, with a fix that puts it back', () => {
      const [f, ...more] = checkSegment('protected-term', 'Geben Sie **outlook.exe/importnk2** ein und führen Sie dann sfc /scannow aus.', 'Type **outlook.exe /importnk2**, and then run sfc /scannow.');
      assert.equal(f.message, 'Names that stay as written in English: "outlook.exe /importnk2" written without the space before the switch ("outlook.exe/importnk2").');
      assert.equal(f.fixed, 'Geben Sie **outlook.exe /importnk2** ein und führen Sie dann sfc /scannow aus.');
      assert.deepEqual(more, []);
    });

    it('accepts a switch the English also writes joined, a path, and an English word before a slash that the translation does not keep (traps)', () => {
      assert.deepEqual(checkSegment('protected-term', 'Führen Sie dsregcmd/leave aus.', 'Run dsregcmd/leave or dsregcmd /leave.'), []);
      assert.deepEqual(checkSegment('protected-term', 'Rufen Sie den Endpunkt /authorize auf.', 'Call the /authorize endpoint.'), []);
      assert.deepEqual(checkSegment('protected-term', 'Fügen Sie /mnt/backup hinzu.', 'Add /mnt/backup to the list.'), []);
    });

    it('finds a PowerShell parameter translated, re-cased or run into the word before it, with fixes where it is written', () => {
      const [lost] = checkSegment('protected-term', 'Get-ManagementRoleAssignment -Rolle "<Role Name>"', 'Get-ManagementRoleAssignment -Role "<Role Name>"');
      assert.equal(lost.message, 'Names that stay as written in English: "-Role" translated or lost.');
      const [recased] = checkSegment('protected-term', 'Add-RecipientPermission -trustee "Jason"', 'Add-RecipientPermission -Trustee "Jason"');
      assert.equal(recased.fixed, 'Add-RecipientPermission -Trustee "Jason"');
      const [joined] = checkSegment('protected-term', 'Start-ManagedFolderAssistant-Identity <name of the mailbox>', 'Start-ManagedFolderAssistant -Identity <name of the mailbox>');
      assert.equal(joined.message, 'Names that stay as written in English: "-Identity" written without the space before the switch ("Start-ManagedFolderAssistant-Identity").');
      assert.equal(joined.fixed, 'Start-ManagedFolderAssistant -Identity <name of the mailbox>');
    });

    it('finds a parameter written without its hyphen, in bold, where the English sets it to $true', () => {
      const [f] = checkSegment('protected-term', 'Setzen Sie **AllowGuestAccess** auf **$true**.', 'Set **-AllowGuestAccess** to **$true**.');
      assert.equal(f?.message, 'Names that stay as written in English: "-AllowGuestAccess" written "AllowGuestAccess".');
      assert.equal(f?.fixed, 'Setzen Sie **-AllowGuestAccess** auf **$true**.');
      // The English writes the name without its hyphen too: the translation may.
      assert.deepEqual(checkSegment('protected-term', 'Setzen Sie AllowGuestAccess auf $true.', 'Set AllowGuestAccess (-AllowGuestAccess) to $true.').filter((x) => /AllowGuestAccess" written/.test(x.message)), []);
    });

    it('accepts a parameter kept, in code too, and a dash before a capital where the English is no command line (traps)', () => {
      assert.deepEqual(checkSegment('protected-term', 'Führen Sie Set-Mailbox -Identity "Jane" aus.', 'Run Set-Mailbox -Identity "Jane".'), []);
      assert.deepEqual(checkSegment('protected-term', 'Verwenden Sie den Parameter `-Identity`.', 'Use the -Identity parameter.'), []);
      assert.deepEqual(checkSegment('protected-term', 'Kyselyissä on oltava joko -UserName- tai -ActivityID-parametrit.', 'Queries must include either the -UserName or -ActivityID parameters.', { locale: 'fi-FI' }), []);
      assert.deepEqual(checkSegment('protected-term', '*ErrorMessage – Die Verbindung wurde geschlossen.*', '*ErrorMessage -The underlying connection was closed.*'), []);
    });

    it('finds a name written with a digit in place of a letter or added, with a fix, whatever the workspace knows', () => {
      const [f] = checkSegment('protected-term', 'Öffnen Sie Intun1 und Micr0soft Teams.', 'Open Intune and Microsoft Teams.');
      assert.equal(f.message, 'Names that stay as written in English: "Intune" and "Microsoft" misspelled with a digit ("Intun1" and "Micr0soft").');
      assert.equal(f.fixed, 'Öffnen Sie Intune und Microsoft Teams.');
    });

    it('accepts a name with a number of its own and a digit the English writes too (traps)', () => {
      assert.deepEqual(checkSegment('protected-term', 'Öffnen Sie Office 365 und Teams2.', 'Open Office 365 and Teams2.'), []);
      assert.deepEqual(checkSegment('protected-term', 'Installieren Sie Windows 10.', 'Install Windows 10.'), []);
    });
  });

  describe('english-left', () => {
    it('finds a word the locale always translates, left in English', () => {
      const [f] = checkSegment('english-left', 'Verlängern Sie Ihr subscription heute.', 'Renew your subscription today.', { learned });
      assert.equal(f.message, 'English left in the translation: "subscription".');
      assert.equal(f.at, 'subscription');
    });

    it('finds it with an ending of the locale joined by a hyphen', () => {
      const [f] = checkSegment('english-left', 'Verlängern Sie das subscription-ul heute.', 'Renew your subscription today.', { learned });
      assert.equal(f?.at, 'subscription');
    });

    it('accepts the word quoted, in a compound of the locale, as code, and with no workspace (traps)', () => {
      const english = 'Renew your subscription today.';
      for (const tr of ['Verlängern Sie Ihr "subscription" heute.', 'Verlängern Sie das subscription-Paket heute.', 'Verlängern Sie Ihr Abonnement heute.']) {
        assert.deepEqual(checkSegment('english-left', tr, english, { learned }), [], tr);
      }
      assert.deepEqual(checkSegment('english-left', 'Führen Sie shell:subscription aus.', 'Run shell:subscription.', { learned }), []);
      assert.deepEqual(checkSegment('english-left', 'Verlängern Sie Ihr subscription heute.', english), [], 'nothing learned, nothing said');
    });

    it('finds an unknown word amid another script, unless the other locales keep it as a term', () => {
      // German and Romanian keep "cmdlet" and translate "mailbox"; Korean has no segments of its own with either.
      const others = learnedFrom(
        repeated(
          {
            'de-DE': [['Führen Sie das cmdlet aus, um das Postfach zu prüfen.', 'Run the cmdlet to check the mailbox.']],
            'ro-RO': [['Rulați cmdlet pentru a verifica cutia poștală.', 'Run the cmdlet to check the mailbox.']],
          },
          4,
        ),
      );
      const english = 'Run the cmdlet to check the mailbox.';
      assert.deepEqual(checkSegment('english-left', '사서함을 확인하려면 cmdlet을 실행합니다.', english, { learned: others, locale: 'ko-KR' }), []);
      const [f] = checkSegment('english-left', '확인하려면 cmdlet을 실행하여 mailbox를 엽니다.', english, { learned: others, locale: 'ko-KR' });
      assert.equal(f?.at, 'mailbox');
    });

    it('quotes a link\'s title left in English whole, once, not the runs of words inside it', () => {
      const [f, ...more] = checkSegment('english-left', 'Lesen Sie [Cancel your subscription with Intune](https://example.com/cancel).', 'Read [Cancel your subscription with Intune](https://example.com/cancel).', { learned });
      assert.equal(f.message, 'English left in the translation: "Cancel your subscription with Intune".');
      assert.equal(f.at, 'Cancel your subscription with Intune');
      assert.deepEqual(more, []);
    });

    describe('a link\'s title the translation capitalized', () => {
      // German translates "manage", "devices", "deployment" and "advisor" (kept twice, so not a word it never keeps); Italian translates "create" and keeps "flow".
      const titles = learnedFrom([
        ...repeated(
          {
            'de-DE': [
              ['Verwalten Sie die Geräte.', 'Manage the devices.'],
              ['Die Bereitstellung für den Berater läuft.', 'The deployment for the advisor runs.'],
            ],
            'it-IT': [
              ['Creare un flow a mano.', 'Create a flow by hand.'],
              ["Richiedere l'accesso al sito.", 'Request access to the site.'],
            ],
          },
          12,
        ),
        ...repeated({ 'de-DE': [['Der Advisor hilft.', 'The advisor helps.']] }, 2),
      ]);

      it('reads the title\'s words by the English\'s small letters', () => {
        const [f] = checkSegment('english-left', 'Lesen Sie [Manage Devices in Contoso](https://example.com/m).', 'Read [Manage devices in Contoso](https://example.com/m).', { learned: titles });
        assert.equal(f?.message, 'English left in the translation: "Manage Devices in Contoso".');
      });

      it('takes one word the locale translates where a verb and an article make the title', () => {
        const [f] = checkSegment('english-left', 'Vedere [Create a Flow](https://example.com/f).', 'See [Create a flow](https://example.com/f).', { learned: titles, locale: 'it-IT' });
        assert.equal(f?.message, 'English left in the translation: "Create a Flow".');
      });

      it('takes one word the locale translates and one sign of a title where the translation changed its capitals', () => {
        const en = 'Read [Archive devices in Contoso](https://example.com/a).';
        const [f] = checkSegment('english-left', 'Lesen Sie [Archive Devices in Contoso](https://example.com/a).', en, { learned: titles });
        assert.equal(f?.message, 'English left in the translation: "Archive Devices in Contoso".');
        const kept = checkSegment('english-left', 'Lesen Sie [Archive devices in Contoso](https://example.com/a).', en, { learned: titles });
        assert.ok(!kept.some((k) => k.message.includes('Archive devices in Contoso')), 'as the English writes it, one sign is not enough to quote the title');
      });

      it('finds an ordinary word the English writes small after a name, capitalized as part of it', () => {
        // German translates "credits", even where its English capitalizes it in a name.
        const credits = learnedFrom(
          repeated(
            {
              'de-DE': [
                ['Die Gutschriften sind verfügbar.', 'The credits are available.'],
                ['Fabrikam-Gutschriften laufen ab.', 'Fabrikam Credits expire.'],
                ['Die Contoso-Gutschriften sind aktiv.', 'The Contoso Credits are active.'],
              ],
            },
            12,
          ),
        );
        const [f] = checkSegment('english-left', 'Sie erhalten 200 CRM Credits für 30 Tage.', 'You get 200 CRM credits for 30 days.', { learned: credits });
        assert.equal(f?.message, 'English left in the translation: "Credits".');
        assert.deepEqual(checkSegment('english-left', 'Sie erhalten 200 CRM Credits für 30 Tage.', 'You get 200 CRM Credits for 30 days.', { learned: credits }), [], 'capitalized by the English too');
        assert.deepEqual(checkSegment('english-left', 'Sie erhalten 200 CRM Credits Plus.', 'You get 200 CRM credits Plus.', { learned: credits }), [], 'a longer name');
      });

      it('finds a noun left amid Chinese between a name and an identifier, not one before a version', () => {
        const zh = learnedFrom(repeated({ 'zh-TW': [['閱讀這篇貼文。', 'Read this post.'], ['建置已完成。', 'The build is done.']] }, 6));
        const [f] = checkSegment('english-left', '請參閱 Contoso Hub post MC123456 的詳細資訊。', 'See the Contoso Hub post MC123456 for details.', { learned: zh, locale: 'zh-TW' });
        assert.match(f?.message ?? '', /post"/);
        assert.deepEqual(checkSegment('english-left', '請參閱 Contoso Hub build 16.0.7967 的說明。', 'See the Contoso Hub build 16.0.7967 notes.', { learned: zh, locale: 'zh-TW' }), []);
      });

      it('finds the English words that open a title left at the head of a link text translated after them', () => {
        const [f, ...more] = checkSegment('english-left', 'Vedere [Get Access per conto di un utente](https://example.com/g).', 'See [Get access on behalf of a user](https://example.com/g).', { learned: titles, locale: 'it-IT' });
        assert.equal(f?.message, 'English left in the translation: "Get Access".');
        assert.equal(f?.at, 'Get Access');
        assert.deepEqual(more, []);
      });

      it('leaves the head of a title that an acronym in brackets names (trap)', () => {
        const en = 'See [Contoso access review (CAR) with the site](https://example.com/c).';
        assert.deepEqual(checkSegment('english-left', 'Vedere [Contoso Access Review (CAR) con il sito](https://example.com/c).', en, { learned: titles, locale: 'it-IT' }), []);
      });

      it('leaves a name the English writes partly small, with no verb, head noun or word of a sentence (trap)', () => {
        assert.deepEqual(checkSegment('english-left', 'Lesen Sie den [Contoso Deployment Advisor](https://example.com/a).', 'Read the [Contoso deployment advisor](https://example.com/a).', { learned: titles }), []);
      });
    });
  });

  describe('emphasis-misplaced: a bold that ends with the first half of a compound', () => {
    /** A Finnish workspace of 200 segments, where "ja" and "tai" are connecting words. */
    const finnish = learnedFrom(
      repeated(
        {
          'fi-FI': [
            ['Avaa tiedosto ja tallenna se.', 'Open the file and save it.'],
            ['Valitse kansio tai luo uusi.', 'Select a folder or create a new one.'],
          ],
        },
        100,
      ),
    );
    const english = 'Open the **Sales and marketing reports** page.';

    it('finds the bold ending with a hyphen before "ja" and the compound that ends both', () => {
      const [f] = checkSegment('emphasis-misplaced', 'Avaa **Myynti-** ja markkinointiraporttien sivu.', english, { locale: 'fi-FI', learned: finnish });
      assert.equal(f?.message, 'The bold "**Myynti-**" ends with the first half of a compound whose end follows "ja" outside it: the label goes on past the bold.');
    });

    it('accepts both compounds in the bold and a word after the hyphen that is no connecting word, and needs a workspace to learn "ja" from (traps)', () => {
      assert.deepEqual(checkSegment('emphasis-misplaced', 'Avaa **Myynti- ja markkinointiraporttien** sivu.', english, { locale: 'fi-FI', learned: finnish }), []);
      assert.deepEqual(checkSegment('emphasis-misplaced', 'Avaa **Myynti-** raporttien sivu.', 'Open the **Sales** reports page.', { locale: 'fi-FI', learned: finnish }), []);
      // Without a workspace, only the bold's size against the English's speaks (another of the rule's tests).
      const unlearned = checkSegment('emphasis-misplaced', 'Avaa **Myynti-** ja markkinointiraporttien sivu.', english, { locale: 'fi-FI' });
      assert.ok(unlearned.every((f) => !f.message.includes('first half of a compound')));
    });

    it('accepts a compound half where the English joins two bolds with "or" (trap)', () => {
      assert.deepEqual(checkSegment('emphasis-misplaced', 'Muuta arvoksi **Oletus-** tai Ei käytössä -asetus.', 'Change the value to **Default** or **Disabled**.', { locale: 'fi-FI', learned: finnish }), []);
    });
  });

  describe('emphasis-misplaced: bold or italics that cut a word written apart', () => {
    /** Workspaces that write "käyttöoikeus" and "wiederherstellen" as one word. */
    const joined = learnedFrom(
      repeated(
        {
          'fi-FI': [['Tarkista käyttäjän käyttöoikeus ensin.', 'Check the user\'s license first.']],
          'de-DE': [['Sie können die Datei wiederherstellen.', 'You can restore the file.']],
        },
        4,
      ),
    );

    it('finds the bold that starts or ends inside a word the locale writes whole, and italics too', () => {
      const [fi] = checkSegment('emphasis-misplaced', 'Avaa käyttö **oikeus sivu** ja tarkista tiedot.', 'Open the **License page** and check the details.', { locale: 'fi-FI', learned: joined });
      assert.equal(fi?.message, 'The emphasis "**oikeus sivu**" cuts the word "käyttöoikeus", written apart here: "käyttö" is outside it.');
      const [de] = checkSegment('emphasis-misplaced', 'Die Datei lässt sich *wieder* herstellen.', 'The file can be *restored*.', { locale: 'de-DE', learned: joined });
      assert.equal(de?.message, 'The emphasis "*wieder*" cuts the word "wiederherstellen", written apart here: "herstellen" is outside it.');
    });

    it('accepts the word whole in bold, two words the locale does not write as one, and no workspace (traps)', () => {
      assert.deepEqual(checkSegment('emphasis-misplaced', 'Avaa **käyttöoikeus sivu** ja tarkista tiedot.', 'Open the **License page** and check the details.', { locale: 'fi-FI', learned: joined }), []);
      assert.deepEqual(checkSegment('emphasis-misplaced', 'Avaa uusi **oikeus sivu** ja tarkista tiedot.', 'Open the new **License page** and check the details.', { locale: 'fi-FI', learned: joined }), []);
      assert.deepEqual(checkSegment('emphasis-misplaced', 'Avaa käyttö **oikeus sivu** ja tarkista tiedot.', 'Open the **License page** and check the details.', { locale: 'fi-FI' }), []);
    });
  });

  describe('emphasis-misplaced: languages the corpus does not have', () => {
    it('finds bold stretched over connecting words, and a verb of selecting pulled into the bold, in French, Spanish, Swedish and Polish', () => {
      const english = 'Make sure **Sync** is turned on.';
      const stretched: [string, string][] = [
        ['Vérifiez **que la synchronisation est** activée.', 'fr-FR'],
        ['Asegúrese de **que la sincronización está** activada.', 'es-ES'],
        ['Kontrollera **att synkroniseringen är** aktiverad.', 'sv-SE'],
        ['Upewnij się, **że synchronizacja jest** włączona.', 'pl-PL'],
      ];
      for (const [tr, locale] of stretched) assert.match(checkSegment('emphasis-misplaced', tr, english, { locale })[0]?.message ?? '', /takes in connecting words/, locale);
      const [verb] = checkSegment('emphasis-misplaced', 'A continuación, **seleccione Siguiente**.', 'Then select **Next**.', { locale: 'es-ES' });
      assert.match(verb?.message ?? '', /starts with "seleccione"/);
    });

    it('finds a linked title cut at its "or" in French and Spanish, and accepts the whole title linked (trap)', () => {
      const en = 'See [Buy or remove licenses for Microsoft 365 for business](https://a.example/x).';
      const [fr] = checkSegment('link-text-cut', 'Consultez [Acheter des licences pour Microsoft 365 pour les entreprises ou](https://a.example/x) les supprimer.', en, { locale: 'fr-FR' });
      assert.match(fr?.message ?? '', /ends with the conjunction "ou"/);
      const [es] = checkSegment('link-text-cut', 'Consulte [Comprar licencias de Microsoft 365 para empresas o](https://a.example/x) quitarlas.', en, { locale: 'es-ES' });
      assert.match(es?.message ?? '', /ends with the conjunction "o"/);
      assert.deepEqual(checkSegment('link-text-cut', 'Consultez [Acheter ou supprimer des licences pour Microsoft 365 pour les entreprises](https://a.example/x).', en, { locale: 'fr-FR' }), []);
    });

    it('finds a linked title cut at its "and" or "or" in Japanese, Korean and Simplified Chinese, and accepts the whole title linked (traps)', () => {
      const en = 'See [Add or remove Contoso printers](https://a.example/x).';
      const cut: [string, string, string][] = [
        ['[Contoso プリンターの追加と](https://a.example/x)削除を参照してください。', 'ja-JP', 'と'],
        ['[Contoso 프린터 추가 또는](https://a.example/x) 제거를 참조하세요.', 'ko-KR', '또는'],
        ['请参阅[添加 Contoso 打印机与](https://a.example/x)删除。', 'zh-CN', '与'],
      ];
      for (const [tr, locale, word] of cut) {
        const found = checkSegment('link-text-cut', tr, en, { locale }).map((f) => f.message);
        assert.ok(found.some((m) => m.includes(`ends with the conjunction "${word}"`)), `${locale}: ${found.join(' | ')}`);
      }
      assert.deepEqual(checkSegment('link-text-cut', '[Contoso プリンターの追加と削除](https://a.example/x)を参照してください。', en, { locale: 'ja-JP' }), []);
      assert.deepEqual(checkSegment('link-text-cut', '[Contoso 프린터 추가 또는 제거](https://a.example/x)를 참조하세요.', en, { locale: 'ko-KR' }), []);
    });

    it('finds the words that send the reader to a link pulled inside it, in French, Spanish, Russian, Japanese, Korean and Thai', () => {
      const en = 'For more information, see [Manage users](https://a.example/x).';
      const pulled: [string, string, string][] = [
        ['Pour plus d’informations, [consultez Gérer les utilisateurs](https://a.example/x).', 'fr-FR', 'consultez'],
        ['Para obtener más información, [vea Administrar usuarios](https://a.example/x).', 'es-ES', 'vea'],
        ['Дополнительные сведения [см. в статье Управление пользователями](https://a.example/x).', 'ru-RU', 'см. в статье'],
        ['[詳細については、ユーザーの管理](https://a.example/x)を参照してください。', 'ja-JP', '詳細については、'],
        ['[자세한 내용은 사용자 관리](https://a.example/x)를 참조하세요.', 'ko-KR', '자세한 내용은'],
        ['[สำหรับข้อมูลเพิ่มเติม ให้ดู การจัดการผู้ใช้](https://a.example/x)', 'th-TH', 'สำหรับข้อมูลเพิ่มเติม ให้ดู'],
      ];
      for (const [tr, locale, words] of pulled) assert.match(checkSegment('link-text-cut', tr, en, { locale })[0]?.message ?? '', new RegExp(`takes in "${words}"`), locale);
    });

    it('accepts the lead-in outside the link, and a linked title that starts with "view" (traps)', () => {
      const en = 'For more information, see [Manage users](https://a.example/x).';
      const outside: [string, string][] = [
        ['Pour plus d’informations, consultez [Gérer les utilisateurs](https://a.example/x).', 'fr-FR'],
        ['Дополнительные сведения см. в статье [Управление пользователями](https://a.example/x).', 'ru-RU'],
        ['詳細については、「[ユーザーの管理](https://a.example/x)」を参照してください。', 'ja-JP'],
        ['자세한 내용은 [사용자 관리](https://a.example/x)를 참조하세요.', 'ko-KR'],
        ['สำหรับข้อมูลเพิ่มเติม ให้ดู [การจัดการผู้ใช้](https://a.example/x)', 'th-TH'],
      ];
      for (const [tr, locale] of outside) assert.deepEqual(checkSegment('link-text-cut', tr, en, { locale }), [], locale);
      assert.deepEqual(checkSegment('link-text-cut', '[Voir les journaux d’audit](https://a.example/x) dans le portail.', '[View audit logs](https://a.example/x) in the portal.', { locale: 'fr-FR' }), []);
      assert.deepEqual(checkSegment('link-text-cut', '[ดูบันทึกการตรวจสอบ](https://a.example/x) ในพอร์ทัล', '[View audit logs](https://a.example/x) in the portal.', { locale: 'th-TH' }), []);
    });

    it('finds the particle and verb after a label pulled into its bold, in Japanese and Korean', () => {
      const [ja] = checkSegment('emphasis-misplaced', '**[設定] を選択**します。', 'Select **Settings**.', { locale: 'ja-JP' });
      assert.equal(ja?.message, 'The bold "**[設定] を選択**" ends with "を選択", words of the sentence after the label: the English makes only the label bold.');
      const [ko] = checkSegment('emphasis-misplaced', '**설정을 선택**합니다.', 'Select **Settings**.', { locale: 'ko-KR' });
      assert.match(ko?.message ?? '', /ends with "을 선택"/);
    });

    it('finds the Thai verb before a label pulled into its bold, and accepts the label bold alone or a label that is a verb (traps)', () => {
      const [th] = checkSegment('emphasis-misplaced', '**เลือก การตั้งค่า**', 'Select **Settings**.', { locale: 'th-TH' });
      assert.match(th?.message ?? '', /starts with "เลือก"/);
      assert.deepEqual(checkSegment('emphasis-misplaced', 'คลิก **ถัดไป** แล้วเลือก **เสร็จสิ้น**', 'Click **Next**, and then select **Finish**.', { locale: 'th-TH' }), []);
      assert.deepEqual(checkSegment('emphasis-misplaced', 'เลือก **เลือกไฟล์**', 'Select **Choose files**.', { locale: 'th-TH' }), []);
      assert.deepEqual(checkSegment('emphasis-misplaced', '**เปิด** การซิงค์', 'Turn **On** sync.', { locale: 'th-TH' }), []);
    });

    it('accepts the label bold alone in Japanese and Korean, and a label that is itself a verb of selecting (traps)', () => {
      const same: [string, string, string][] = [
        ['**[設定]** を選択します。', 'Select **Settings**.', 'ja-JP'],
        ['[**設定**] を選択します。', 'Select **Settings**.', 'ja-JP'],
        ['**[次へ]** をクリックし、**[完了]** を選択します。', 'Click **Next**, and then select **Finish**.', 'ja-JP'],
        ['**ファイルを選択**をクリックします。', 'Click **Choose files**.', 'ja-JP'],
        ['**설정**을 선택합니다.', 'Select **Settings**.', 'ko-KR'],
      ];
      for (const [tr, en, locale] of same) assert.deepEqual(checkSegment('emphasis-misplaced', tr, en, { locale }), [], `${locale}: ${tr}`);
    });

    it('accepts the label bold alone, and labels that start with a verb or hold an article (traps)', () => {
      const same: [string, string, string][] = [
        ['Vérifiez que la **synchronisation** est activée.', 'Make sure **Sync** is turned on.', 'fr-FR'],
        ['Sélectionnez **Paramètres de la boîte aux lettres**.', 'Select **Mailbox settings**.', 'fr-FR'],
        ['Haga clic en **Abrir en el explorador**.', 'Click **Open in browser**.', 'es-ES'],
        ['Välj **Öppna i appen**.', 'Select **Open in app**.', 'sv-SE'],
        ['Wybierz pozycję **Otwórz w aplikacji**.', 'Select **Open in app**.', 'pl-PL'],
        ['Выберите **Открыть в приложении**.', 'Select **Open in app**.', 'ru-RU'],
      ];
      for (const [tr, en, locale] of same) assert.deepEqual(checkSegment('emphasis-misplaced', tr, en, { locale }), [], `${locale}: ${tr}`);
    });
  });

  describe('emphasis-misplaced', () => {
    it('finds bold that cuts a name in two', () => {
      const [f] = checkSegment('emphasis-misplaced', 'Öffnen Sie **Azure Active** Directory.', 'Open **Azure Active Directory**.', { learned });
      assert.match(f.message, /cuts the name "Azure Active Directory" in two/);
    });

    it('finds bold that covers only part of how the locale translates the label', () => {
      const [f] = checkSegment('emphasis-misplaced', 'Wählen Sie Abonnement **kündigen**.', 'Select **Cancel subscription**.', { learned });
      assert.match(f?.message ?? '', /translated "abonnement kündigen" elsewhere in this locale/);
    });

    it('finds bold that starts after the label’s first word, in small letters', () => {
      const [f] = checkSegment('emphasis-misplaced', 'Valitse selainikkunan alareunassa Käynnistä **uudelleen.**', 'At the bottom of the window, click **Restart**.', { locale: 'fi-FI' });
      assert.match(f.message, /"\*\*uudelleen\.\*\*" starts with a small letter after "Käynnistä"/);
      assert.equal(f.at, '**uudelleen.**');
    });

    it('accepts a small-letter bold after the sentence’s first word or an inflected English name (traps)', () => {
      assert.deepEqual(checkSegment('emphasis-misplaced', 'Avaa **asetukset**.', 'Open **Settings**.', { locale: 'fi-FI' }), []);
      assert.deepEqual(checkSegment('emphasis-misplaced', 'Valitse Outlookissa **tiedosto**.', 'In Outlook, select **File**.', { locale: 'fi-FI' }), []);
      assert.deepEqual(checkSegment('emphasis-misplaced', 'Valitse sitten Käynnistä **uudelleen**.', 'Then select **restart** here.', { locale: 'fi-FI' }), [], 'the English label is in small letters too');
      assert.deepEqual(checkSegment('emphasis-misplaced', 'Klicken Sie auf die Schaltfläche **neuer Ordner**.', 'Click the **New folder** button.'), [], 'a German noun before the label');
      const [sie] = checkSegment('emphasis-misplaced', 'Wählen Sie **dann Rechnungen** aus.', 'Then select **Invoices**.');
      assert.match(sie?.message ?? '', /after "Sie"/);
    });

    it('finds bold that leaves the label’s first words outside, a capital and words in small letters', () => {
      const [fi] = checkSegment('emphasis-misplaced', 'Oletusarvo on Vain omat **tiimit ja kanavat.**', 'The default is **Only my teams and channels**.', { locale: 'fi-FI' });
      assert.match(fi?.message ?? '', /"\*\*tiimit ja kanavat\.\*\*" starts with a small letter after "Vain omat"/);
      assert.equal(fi?.at, '**tiimit ja kanavat.**');
      const [it] = checkSegment('emphasis-misplaced', 'Quindi scegliere Mostra tutte **le cartelle**.', 'Then choose **Show all folders**.', { locale: 'it-IT' });
      assert.match(it?.message ?? '', /after "Mostra tutte"/);
    });

    it('accepts small words before a bold that are the sentence’s, not the label’s (traps)', () => {
      // More words outside and inside than the English label has, and one.
      assert.deepEqual(checkSegment('emphasis-misplaced', 'Acum Verificați dacă câmpul **stare** este setat.', 'Now check that the **Status** field is set.', { locale: 'ro-RO' }), []);
      // A name of the English, inflected.
      assert.deepEqual(checkSegment('emphasis-misplaced', 'Lataa se Storesta käyttämällä **työtiliä**.', 'Get it from Store with your **Work account**.', { locale: 'fi-FI' }), []);
      // A word of the English, written there in small letters.
      assert.deepEqual(checkSegment('emphasis-misplaced', 'În vizualizarea Inbox selectați **mesajele vechi**.', 'In the inbox view, select **Sweep old messages**.', { locale: 'ro-RO' }), []);
      // The locale's verb of selecting.
      assert.deepEqual(checkSegment('emphasis-misplaced', 'Ensin Valitse sitten **uusi postikansio**.', 'First, select **New folder for mail**.', { locale: 'fi-FI' }), []);
      // The sentence's first word.
      assert.deepEqual(checkSegment('emphasis-misplaced', 'Mostra tutte **le cartelle**.', 'Then choose **Show all folders**.', { locale: 'it-IT' }), []);
      // The bold's second word is capitalized: the label is inside it, and "sitten" ("then") is the one word the bold may take in.
      assert.deepEqual(checkSegment('emphasis-misplaced', 'Avaa Asetukset ja valitse **sitten Tilit**.', 'Open Settings, then select **Accounts and family options**.', { locale: 'fi-FI' }), []);
      // German writes every noun with a capital.
      assert.deepEqual(checkSegment('emphasis-misplaced', 'Wählen Sie in der Liste die **archivierten** Elemente.', 'Select **Archived items** in the list.'), []);
    });

    it('finds bold that holds only the verb of selecting, the label outside it, in languages with and without spaces', () => {
      const cases: [string, string, string][] = [
        ['**Selectați** Salvare și închideți fereastra.', 'Select **Save** and close the window.', 'ro-RO'],
        ['Aprire il menu e **fare clic su** Impostazioni.', 'Open the menu and click **Settings**.', 'it-IT'],
        ['Suchen Sie die Datei, und **wählen** Sie Speichern aus.', 'Find the file, and select **Save**.', 'de-DE'],
        ['**Sélectionnez** Enregistrer.', 'Select **Save**.', 'fr-FR'],
        ['保存を**選択**します。', 'Select **Save**.', 'ja-JP'],
        ['**選取** 儲存。', 'Select **Save**.', 'zh-TW'],
      ];
      for (const [tr, en, locale] of cases) {
        const [f] = checkSegment('emphasis-misplaced', tr, en, { locale });
        assert.match(f?.message ?? '', /holds only the verb of the sentence, not the label the English makes bold \("Save"\)|\("Settings"\)/, `${locale}: ${tr}`);
      }
    });

    it('reads the Simplified Chinese verbs of clicking and selecting as the Traditional ones', () => {
      const [pulled] = checkSegment('emphasis-misplaced', '**单击 [保存]**。', 'Click **Save**.', { locale: 'zh-CN' });
      assert.match(pulled?.message ?? '', /starts with "单击"/);
      const [alone] = checkSegment('emphasis-misplaced', '**选择** 保存。', 'Select **Save**.', { locale: 'zh-CN' });
      assert.match(alone?.message ?? '', /holds only the verb/);
      assert.deepEqual(checkSegment('emphasis-misplaced', '单击 [ **保存**]。', 'Click **Save**.', { locale: 'zh-CN' }), []);
    });

    it('accepts the locale’s verb in bold where the English label is itself such a verb or a state, or starts with a small letter (traps)', () => {
      assert.deepEqual(checkSegment('emphasis-misplaced', 'Valitse tiedosto ja valitse sitten **Avaa**.', 'Select the file and then select **Open**.', { locale: 'fi-FI' }), []);
      assert.deepEqual(checkSegment('emphasis-misplaced', '確定切換開關已經是 [**開啟**]。', 'Make sure the toggle is turned **On**.', { locale: 'zh-TW' }), []);
      assert.deepEqual(checkSegment('emphasis-misplaced', 'Quindi **selezionare** il file.', 'Then **select** the file.', { locale: 'it-IT' }), []);
      // A label the verb stands beside, in bold with it: the label is there.
      assert.deepEqual(checkSegment('emphasis-misplaced', 'Apoi **selectați Salvare**.', 'Then select **Save**.', { locale: 'ro-RO' }).filter((f) => /only the verb/.test(f.message)), []);
    });

    it('finds bold that keeps only part of a label kept in English, the rest right beside it', () => {
      const [before] = checkSegment('emphasis-misplaced', 'Valitse Business **Premium** -tilaus.', 'Select the **Business Premium** plan.', { locale: 'fi-FI' });
      assert.match(before?.message ?? '', /"\*\*Premium\*\*" holds only part of the label "Business Premium".*"Business", kept from the label/);
      const [after] = checkSegment('emphasis-misplaced', 'Valitse **Stack** Trace ja jatka.', 'Select **Stack Trace** and go on.', { locale: 'fi-FI' });
      assert.match(after?.message ?? '', /"Trace", kept from the label/);
      const [anyCase] = checkSegment('emphasis-misplaced', 'Scegliere sound **control panel** dal menu.', 'Choose **Sound Control Panel** from the menu.', { locale: 'it-IT' });
      assert.match(anyCase?.message ?? '', /"sound", kept from the label/);
    });

    it('accepts a kept name beside the bold that is not its neighbour in the label, and a number alone in bold (traps)', () => {
      assert.deepEqual(checkSegment('emphasis-misplaced', '**Contoso ja Fabrikam:** Contoso- ja Fabrikam-laitteet', '**Contoso and Fabrikam**: Contoso and Fabrikam devices', { locale: 'fi-FI' }), []);
      assert.deepEqual(checkSegment('emphasis-misplaced', 'Valitse **Business** Premium -tilaus.', 'Select the **Premium Business** plan.', { locale: 'fi-FI' }), [], 'in the English, Premium comes before Business');
      assert.deepEqual(checkSegment('emphasis-misplaced', 'Il processo dura **4** hours.', 'The job takes **4 hours**.', { locale: 'it-IT' }), []);
    });

    it('accepts the label bold as the locale translates it, and bold that holds the whole name (traps)', () => {
      assert.deepEqual(checkSegment('emphasis-misplaced', 'Wählen Sie **Abonnement kündigen**.', 'Select **Cancel subscription**.', { learned }), []);
      assert.deepEqual(checkSegment('emphasis-misplaced', 'Öffnen Sie **Azure Active Directory**.', 'Open **Azure Active Directory**.', { learned }), []);
    });
  });

  describe('menu-path', () => {
    it('reports a stray hyphen at a separator, before or after a step, and not a hyphen the English has', () => {
      const [before] = checkSegment('menu-path', 'Valitse **Valikko**  >  -**Tulosta**.', 'Select **Menu** > **Print**.', { locale: 'fi-FI' });
      assert.match(before.message, /A stray hyphen stands at a separator of the menu path \("> -"\)/);
      const [after] = checkSegment('menu-path', 'Wählen Sie **Ansicht**-  >  **Zoom** aus.', 'Select **View** > **Zoom**.', { locale: 'de-DE' });
      assert.match(after.message, /stray hyphen/);
      assert.deepEqual(checkSegment('menu-path', 'Valitse **Valikko** > **Tulosta**-painike.', 'Select **Menu** > the **Print** button.', { locale: 'fi-FI' }), []);
    });

    it('finds a step lost and an empty step', () => {
      const [lost] = checkSegment('menu-path', 'Wechseln Sie zu **Einstellungen** > **Datenschutz**.', 'Go to **Settings** > **Privacy** > **Camera**.');
      assert.equal(lost.message, 'The English menu path has 3 steps; the translation has 2.');
      const [empty] = checkSegment('menu-path', 'Wechseln Sie zu **Einstellungen** >  > **Kamera**.', 'Go to **Settings** > **Privacy** > **Camera**.');
      assert.match(empty.message, /3 steps|empty step/);
    });

    it('finds a step no longer bold', () => {
      const [f] = checkSegment('menu-path', 'Wechseln Sie zu **Einstellungen** > Datenschutz.', 'Go to **Settings** > **Privacy**.');
      assert.match(f.message, /neither bold nor a link/);
    });

    it('accepts the path translated step for step, and a comparison that is no path (traps)', () => {
      assert.deepEqual(checkSegment('menu-path', 'Wechseln Sie zu **Einstellungen** > **Datenschutz**.', 'Go to **Settings** > **Privacy**.'), []);
      assert.deepEqual(checkSegment('menu-path', 'Wenn x > 5 ist, wählen Sie **OK**.', 'If x > 5, select **OK**.'), []);
    });

    it('reads a step as bold with a mark of writing direction between it and the separator (trap)', () => {
      const english = 'Select **Settings** > **Accounts**.';
      assert.deepEqual(checkSegment('menu-path', 'حدد \u200f**الإعدادات**\u200f > **الحسابات**.', english, { locale: 'ar-SA' }), []);
      assert.equal(checkSegment('menu-path', 'حدد \u200fالإعدادات\u200f > **الحسابات**.', english, { locale: 'ar-SA' }).length, 1, 'a step that is not bold still is found');
    });
  });

  describe('link-text-cut', () => {
    it('finds link text that starts with the punctuation before it, and a name cut by the link', () => {
      const [colon] = checkSegment('link-text-cut', 'Weitere Informationen[: Einstellungen](https://contoso.com/a).', 'More information: [Settings](https://contoso.com/a).');
      assert.match(colon.message, /starts with ":"/);
      const [cut] = checkSegment('link-text-cut', 'Melden Sie sich bei [Azure Active](https://contoso.com/aad) Directory an.', 'Sign in to [Azure Active Directory](https://contoso.com/aad).', { learned });
      assert.match(cut.message, /cuts the name "Azure Active Directory" in two/);
    });

    it('finds link text that runs on past the name the English links', () => {
      const [f] = checkSegment('link-text-cut', 'Den Schlüssel erhalten Sie im [Volume Licensing Service Center erhalten.](https://contoso.com/vlsc)', 'Get the key from the [Volume Licensing Service Center](https://contoso.com/vlsc).');
      assert.match(f.message, /runs on past "Volume Licensing Service Center"/);
    });

    it('accepts a name with its ending, joined or after " -" (traps)', () => {
      for (const tr of ['Katso [Volume Licensing Service Centeristä](https://contoso.com/vlsc).', 'Siirry [Volume Licensing Service Center -sivustoon](https://contoso.com/vlsc).']) {
        assert.deepEqual(checkSegment('link-text-cut', tr, 'Go to the [Volume Licensing Service Center](https://contoso.com/vlsc).', { locale: 'fi-FI' }), [], tr);
      }
    });

    it('accepts a link on the whole name, and a path separator inside a link after its step (traps)', () => {
      assert.deepEqual(checkSegment('link-text-cut', 'Melden Sie sich bei [Azure Active Directory](https://contoso.com/aad) an.', 'Sign in to [Azure Active Directory](https://contoso.com/aad).', { learned }), []);
    });
  });

  describe('missing-space', () => {
    it('adds the space a link or bold lost to the next word', () => {
      const [f] = checkSegment('missing-space', 'Wählen Sie **Einstellungen**aus.', 'Select **Settings** and continue.');
      assert.match(f.message, /Words run together where the English has a space: ".*Einstellungen\*\*aus/);
      assert.equal(f.fixed, 'Wählen Sie **Einstellungen** aus.');
    });

    it('accepts a run-on the English has too, a name with dots, and a script without spaces (traps)', () => {
      assert.deepEqual(checkSegment('missing-space', 'Öffnen Sie Outlook.Office.com.', 'Open Outlook.Office.com.'), []);
      assert.deepEqual(checkSegment('missing-space', '選取**設定**。', 'Select **Settings**.', { locale: 'zh-TW' }), []);
    });
  });
});
