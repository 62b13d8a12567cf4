import * as assert from 'node:assert/strict';
import { mechanicalDifference } from '../../../../../server/src/core/rules/locale/mechanicalDifference';
import { NO_LEARNED_TERMS } from '../../../../../server/src/core/terms/learnedTerms';

/** Without workspace statistics, code-like names and numbers are what a translation must keep. */
const differ = (english: string, mine: string, theirs: string) => mechanicalDifference(english, mine, theirs, NO_LEARNED_TERMS, 'de-DE');

describe('mechanicalDifference: how two translations of one English differ', () => {
  it('names the code-like name or the number this translation lost and the other kept', () => {
    assert.equal(differ('Run Get-Mailbox now.', 'Führen Sie Get-Postfach aus.', 'Führen Sie Get-Mailbox aus.'), 'Get-Mailbox');
    assert.equal(differ('Set ConsistencyGuid.', 'Legen Sie KonsistenzGuid fest.', 'Legen Sie ConsistencyGuid fest.'), 'ConsistencyGuid');
    assert.equal(differ('Keep 30 copies.', 'Behalten Sie 3 Kopien.', 'Behalten Sie 30 Kopien.'), '30');
  });

  it('says nothing when this translation keeps it, or the two differ only in wording (traps)', () => {
    assert.equal(differ('Run Get-Mailbox now.', 'Führen Sie Get-Mailbox aus.', 'Führen Sie Get-Postfach aus.'), undefined, 'the other lost it');
    assert.equal(differ('Run Get-Mailbox now.', 'Get-Mailbox jetzt ausführen.', 'Führen Sie jetzt Get-Mailbox aus.'), undefined, 'two phrasings');
    assert.equal(differ('Run Get-Mailbox now.', 'Führen Sie das Get-Mailbox-Cmdlet aus.', 'Führen Sie Get-Mailbox aus.'), undefined, 'a compound keeps the name');
    assert.equal(differ('Open Office365Admin.', 'Avaa Office365Adminissa.', 'Avaa Office365Admin.'), undefined, 'an inflection keeps the name');
    assert.equal(differ('Keep 30 copies.', 'Behalten Sie ٣٠ Kopien.', 'Behalten Sie 30 Kopien.'), undefined, 'native digits of the same value');
    assert.equal(differ('Export 100K mailboxes (i.e. all).', 'Exportieren Sie 100.000 Postfächer (d. h. alle).', 'Exportieren Sie 100K Postfächer (i.e. alle).'), undefined, 'amounts and abbreviations');
    assert.equal(differ('See [Get-Mailbox](https://example.com/Get-Mailbox).', 'Siehe [das Cmdlet](https://example.com/Get-Mailbox).', 'Siehe [Get-Mailbox](https://example.com/Get-Mailbox).'), 'Get-Mailbox', 'link targets do not count');
    assert.equal(differ('Read-Only mode', 'Schreibgeschützter Modus', 'Read-Only-Modus'), undefined, 'a first word, capitalized by its place');
    assert.equal(differ('Use the [Contoso portal](https://example.com).', 'Verwenden Sie dazu[Contoso-Portal](https://example.com).', 'Verwenden Sie das [Contoso-Portal](https://example.com).'), undefined, 'a name run together with the word before it, a link that lost its space');
    assert.equal(differ('Fix 0x8004de40 in OneDrive', '修正 OneDrive 中的0x8004de40 錯誤', '修正 OneDrive 中的 0x8004de40 錯誤'), undefined, 'a name right after Chinese characters');
  });
});
