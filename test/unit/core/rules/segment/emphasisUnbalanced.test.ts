import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule emphasis-unbalanced', () => {
  it('fires on a bold marker that is never closed', () => {
    const [f] = checkSegment('emphasis-unbalanced', 'Wählen Sie **Einstellungen aus.', 'Select **Settings**.');
    assert.equal(f.at, '**');
    assert.match(f.message, /does not pair with another marker/);
  });

  it('accepts bold around link text, and a lone asterisk the English also has (traps)', () => {
    assert.deepEqual(checkSegment('emphasis-unbalanced', '[**Aktive Benutzer aus.**](https://a)', '[**Active users**](https://a).'), []);
    assert.deepEqual(checkSegment('emphasis-unbalanced', 'Fußnote* hier', 'Footnote* here'), []);
  });

  it('leaves an asterisk the English escapes alone when the translation writes it bare: it shows as an asterisk either way (trap)', () => {
    assert.deepEqual(checkSegment('emphasis-unbalanced', '(Diese heißen \\ *-MailboxSearch-Cmdlets.)', '(These are \\*-MailboxSearch cmdlets.)'), []);
  });

  it('still fires on a lone bold marker beside a lost escape: the escape covers one asterisk, not two', () => {
    const [f] = checkSegment('emphasis-unbalanced', 'Die **Cmdlets *-Mailbox aus.', 'The **cmdlets** \\*-Mailbox.');
    assert.equal(f.at, '**');
  });
});
