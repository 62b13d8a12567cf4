import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule link-url', () => {
  it('restores the English URL', () => {
    const [f] = checkSegment('link-url', 'Siehe [Doku](https://aka.ms/y).', 'See [docs](https://aka.ms/x).');
    assert.equal(f.at, 'https://aka.ms/y');
    assert.equal(f.message, 'The translation links to https://aka.ms/y; the English links to https://aka.ms/x.');
    assert.equal(f.fixed, 'Siehe [Doku](https://aka.ms/x).');
  });

  it('accepts /en-us/ rewritten to the file locale, and the same URL in another case (traps)', () => {
    assert.deepEqual(checkSegment('link-url', '[Doku](https://learn.example/ro-ro/a)', '[Docs](https://learn.example/en-us/a)', { locale: 'ro-RO' }), []);
    assert.deepEqual(checkSegment('link-url', '[Doku](https://aka.ms/ABC)', '[Docs](https://aka.ms/abc)'), []);
  });
});
