import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule html-tags', () => {
  it('fires on a lost <br> and on an added tag', () => {
    const [lost] = checkSegment('html-tags', 'Zeile eins Zeile zwei', 'Line one<br>Line two');
    assert.equal(lost.message, 'The English has the HTML tag <br>; the translation does not.');
    const [added] = checkSegment('html-tags', 'Zeile <b>eins</b>', 'Line one');
    assert.equal(added.at, '<b>');
  });

  it('accepts the same tags, and reads <your name> as a placeholder, not a tag (traps)', () => {
    assert.deepEqual(checkSegment('html-tags', '<strong>Achtung</strong>: <br>Text', '<strong>Note</strong>: <br>Text'), []);
    assert.deepEqual(checkSegment('html-tags', 'Ersetzen Sie <Ihr Mandant>.', 'Replace <your tenant>.'), []);
  });
});
