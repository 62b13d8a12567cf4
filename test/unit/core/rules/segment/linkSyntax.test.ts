import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule link-syntax', () => {
  it('removes the space that breaks [text] (url)', () => {
    const [f] = checkSegment('link-syntax', 'Klicken Sie [hier] ( https://aka.ms/x).', 'Click [here](https://aka.ms/x).', { locale: 'ro-RO' });
    assert.equal(f.at, '] (');
    assert.equal(f.fixed, 'Klicken Sie [hier]( https://aka.ms/x).');
  });

  it('does not take a bracketed word before a parenthesis for a link (trap)', () => {
    assert.deepEqual(checkSegment('link-syntax', 'Wählen Sie [OK] (die Schaltfläche).', 'Select [OK] (the button).'), []);
  });
});
