import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule do-not-translate', () => {
  const settings = { doNotTranslate: ['Contoso Drive', 'Outlook'] };
  it('restores a term written in another case', () => {
    const [f] = checkSegment('do-not-translate', 'Die contoso drive-App', 'The Contoso Drive app', { settings });
    assert.equal(f.at, 'contoso drive');
    assert.equal(f.fixed, 'Die Contoso Drive-App');
  });

  it('fires on a term lost, from the no-loc list of the front matter', () => {
    const [f] = checkSegment('do-not-translate', 'Die Teamarbeit', 'The Teams app', { extra: ['no-loc: [Teams]'] });
    assert.equal(f.message, 'The English has the term "Teams", which is not to be translated; the translation does not have it.');
  });

  it('accepts an inflected term, and terms the English does not have (traps)', () => {
    assert.deepEqual(checkSegment('do-not-translate', 'Avaa viesti Outlookissa.', 'Open the message in Outlook.', { settings, locale: 'fi-FI' }), []);
    assert.deepEqual(checkSegment('do-not-translate', 'Ein Satz.', 'A sentence.', { settings }), []);
  });
});
