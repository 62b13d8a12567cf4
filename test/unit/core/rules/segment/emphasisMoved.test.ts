import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';
import { learnedFrom, repeated } from '../../../../support/learned';

/** A Finnish workspace that translates the bold labels "Continue" as "Jatka" and "Archive" as "Arkisto". */
const learned = learnedFrom(
  repeated(
    {
      'fi-FI': [
        ['Valitse lopuksi **Jatka**.', 'Finally, select **Continue**.'],
        ['Avaa **Arkisto** ja etsi viesti.', 'Open **Archive** and find the message.'],
      ],
    },
    5,
  ),
);

describe('rule emphasis-moved', () => {
  it('fires when the bold moved off a name kept verbatim', () => {
    const [f] = checkSegment('emphasis-moved', 'Wählen Sie dann Word **aus.**', 'Then choose **Word**.');
    assert.equal(f.at, 'Word');
  });

  it('accepts it when the English also has the name without bold (trap)', () => {
    assert.deepEqual(checkSegment('emphasis-moved', '**HIPAA und HITECH**: siehe HIPAA and HITECH.', '**HIPAA and HITECH**: see HIPAA and HITECH.'), []);
  });

  it('leaves an italic the translation lost with no other italic to emphasis-lost, even beside bold (trap)', () => {
    const en = 'This error occurs when the *.pst* file in **Outlook** is damaged.';
    assert.deepEqual(checkSegment('emphasis-moved', 'Dieser Fehler tritt auf, wenn die .pst Datei in **Outlook** beschädigt ist.', en), []);
    assert.deepEqual(checkSegment('emphasis-lost', 'Dieser Fehler tritt auf, wenn die .pst Datei in **Outlook** beschädigt ist.', en).length, 1);
    // With another word in italic, the italic did move.
    assert.equal(checkSegment('emphasis-moved', 'Dieser Fehler tritt auf, wenn die .pst Datei in **Outlook** *beschädigt* ist.', en)[0]?.at, '.pst');
  });

  it('fires when the label’s settled translation stands plain, with a capital, and the bold is on other words', () => {
    const [f] = checkSegment('emphasis-moved', 'Tallenna **muutokset** valitsemalla Jatka.', 'Select **Continue** to save the changes.', { locale: 'fi-FI', learned });
    assert.match(f?.message ?? '', /"Continue" is bold in the English, and this locale translates it "jatka"; here that is not bold, and "muutokset" is/);
    assert.equal(f.at, '**muutokset**');
  });

  it('accepts the settled translation in bold, the same word in small letters, an inflected label in bold, and a sentence’s first word (traps)', () => {
    const ok: [string, string][] = [
      ['Tallenna muutokset valitsemalla **Jatka**.', 'Select **Continue** to save the changes.'],
      ['Voit **jatkaa** valitsemalla jatka-painikkeen.', 'You can **continue** with the button.'],
      ['Siirrä viesti **Arkistoon**, jonka Arkisto näyttää.', 'Move the message to **Archive**, which Archive shows.'],
      ['Jatka **muutoksia** myöhemmin.', 'Make **changes** later, then continue.'],
    ];
    for (const [tr, en] of ok) assert.deepEqual(checkSegment('emphasis-moved', tr, en, { locale: 'fi-FI', learned }), [], tr);
  });
});
