import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule space-before-hyphen', () => {
  it('joins a German compound to the bold it follows', () => {
    const [f] = checkSegment('space-before-hyphen', 'Umschalten des **Workflows** -Features:', 'Toggle the **Workflows** feature:', { locale: 'de-DE' });
    assert.equal(f.fixed, 'Umschalten des **Workflows**-Features:');
  });

  it('puts back the space after the English dash separator, once for every place', () => {
    const found = checkSegment('space-before-hyphen', '[Ștergere](https://a.example) -vă arată cum; [Creare](https://b.example) -vă arată cum.', '[Delete](https://a.example) - Shows how; [Create](https://b.example) - Shows how.', { locale: 'ro-RO' });
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^2 /);
    assert.equal(found[0].fixed, '[Ștergere](https://a.example) - vă arată cum; [Creare](https://b.example) - vă arată cum.');
  });
});
