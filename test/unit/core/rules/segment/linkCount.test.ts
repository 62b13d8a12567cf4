import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule link-count', () => {
  it('names the URL the translation lost, on the translation', () => {
    const [f, ...rest] = checkSegment('link-count', 'Siehe die Dokumentation.', 'See [the docs](https://aka.ms/x).');
    assert.equal(rest.length, 0);
    assert.equal(f.message, 'The English links to https://aka.ms/x; the translation does not.');
    assert.equal(f.at, 'Siehe die Dokumentation.');
  });

  it('points at a link the translation added', () => {
    const [f] = checkSegment('link-count', 'Siehe [A](https://a) und [B](https://b).', 'See [A](https://a).');
    assert.equal(f.at, '[B](https://b)');
  });

  it('takes a link rewritten to the locale, and a link broken by a space, as there (traps)', () => {
    assert.deepEqual(checkSegment('link-count', '[Doku](https://learn.example/de-de/x)', '[Docs](https://learn.example/en-us/x)'), []);
    assert.deepEqual(checkSegment('link-count', '[hier] (https://aka.ms/x)', '[here](https://aka.ms/x)'), []);
  });
});
