import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule link-text-empty', () => {
  it('fills an empty link text with the English one', () => {
    const [f] = checkSegment('link-text-empty', 'Sie brauchen ein Abonnement [](https://x/subs).', 'You need a [Contoso 365 subscription](https://x/subs).', { locale: 'ro-RO' });
    assert.equal(f.at, '[](https://x/subs)');
    assert.equal(f.fixed, 'Sie brauchen ein Abonnement [Contoso 365 subscription](https://x/subs).');
  });

  it('leaves an image with no alt text alone when the English has none either (trap)', () => {
    assert.deepEqual(checkSegment('link-text-empty', 'Bild ![](https://x/a.png)', 'Picture ![](https://x/a.png)'), []);
  });
});
