import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';
import { learnedFrom, repeated } from '../../../../support/learned';

/** A Finnish workspace that keeps "S/MIME" as written wherever its English has it. */
const learned = learnedFrom(
  repeated(
    {
      'fi-FI': [
        ['Ota S/MIME käyttöön Outlookissa.', 'Turn on S/MIME in Outlook.'],
        ['S/MIME-asetukset ovat valmiit.', 'The S/MIME settings are ready.'],
        ['Asenna S/MIME-ohjausobjekti.', 'Install the S/MIME control.'],
      ],
    },
    60,
  ),
);

describe('protected-term: the message names what the reader sees', () => {
  it('names the whole slash-joined name when one letter of it was translated', () => {
    const [f] = checkSegment('protected-term', 'Viestien salaaminen käyttämällä t/MIME-tietoja', 'Encrypt messages using S/MIME', { locale: 'fi-FI', learned });
    assert.ok(f, 'a finding');
    assert.match(f.message, /"S\/MIME" translated or lost/);
  });

  it('names a longer part alone, which says more than the whole', () => {
    const [f] = checkSegment('protected-term', 'Verwalten Sie Geräte mit iOS/iPad-Betriebssystem.', 'Manage devices with iOS/iPadOS.', { locale: 'de-DE' });
    assert.ok(f, 'a finding');
    assert.match(f.message, /"iPadOS" translated or lost/);
  });
});
