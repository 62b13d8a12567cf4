import * as assert from 'node:assert/strict';
import { adaptTranslation } from '../../../../server/src/core/memory/adapt';

describe('translation memory: a match made to fit the segment', () => {
  it('takes code, link destinations and placeholders from this segment\'s English, in their order', () => {
    const adapted = adaptTranslation(
      'Run `Get-User` and see [the guide](https://contoso.example/a) for {IncidentId}.',
      'Führen Sie `Get-User` aus, und lesen Sie [den Leitfaden](https://contoso.example/a) für {IncidentId}.',
      'Run `Get-Group` and see [the guide](https://contoso.example/b) for {TicketId}.',
    );
    assert.equal(adapted.text, 'Führen Sie `Get-Group` aus, und lesen Sie [den Leitfaden](https://contoso.example/b) für {TicketId}.');
    assert.deepEqual(adapted.missing, []);
  });

  it('keeps the translation when the English sentences have different numbers of a kind, and says what is missing', () => {
    const adapted = adaptTranslation('Run `a`.', 'Führen Sie `a` aus.', 'Run `b` then `c`.');
    assert.equal(adapted.text, 'Führen Sie `a` aus.');
    assert.deepEqual(adapted.missing, ['b', 'c']);
  });

  it('changes nothing else: the words and markup are the match\'s', () => {
    const t = 'Wählen Sie **Speichern** aus.';
    assert.equal(adaptTranslation('Select **Save**.', t, 'Select **Save** now.').text, t);
  });
});
