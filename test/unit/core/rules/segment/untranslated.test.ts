import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule untranslated', () => {
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
