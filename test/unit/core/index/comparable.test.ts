import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { comparableHash, comparableText } from '../../../../server/src/core/index/comparable';
import { hash64, sourceFileHash } from '../../../../server/src/core/index/hashing';

describe('index: comparing English across locales', () => {
  it('ignores whitespace, no-break spaces, link placement and locale folders in URLs', () => {
    const a = 'You need a [Contoso 365 subscription](https://contoso.example/en-us/subscriptions) with  2 GB.';
    const b = 'You need a Contoso 365 [subscription](https://contoso.example/it-it/subscriptions) with\u00a02 GB. ';
    assert.equal(comparableText(a), comparableText(b));
  });

  it('ignores where a link is: around the whole segment in one locale, around its span (outside it) in another', () => {
    assert.equal(comparableText('[User Guide: Track your documents](https://contoso.example/guide)'), comparableText('User Guide: Track your documents'));
  });

  it('still tells a changed sentence apart', () => {
    assert.notEqual(comparableText('…your Office 365 subscription…'), comparableText('…your subscription…'));
    assert.notEqual(comparableText('See [the guide](https://contoso.example/en-us/guide).'), comparableText('See [the manual](https://contoso.example/en-us/guide).'));
  });

  it('hashes as it compares: the fast hash equals the hash of the comparable text', () => {
    const alphabet = fc.constantFrom('a', 'B', ' ', '  ', '\u00a0', '\t', '\n', '[', ']', '(', ')', '](', 'https://x/en-us/y', 'href="z"', 'é', '漢');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(comparableHash(text), hash64(comparableText(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('hashes the English source as ms.openlocfilehash does: SHA-1 of the text with CRLF line endings', async () => {
    // SHA-1 of "a\r\nb\r\n" (Python's hashlib).
    assert.equal(await sourceFileHash('a\nb\n'), '72dd82ee6968b55d1833597e2d6e1638a100c2ea');
    assert.equal(await sourceFileHash('a\nb\n'), await sourceFileHash('a\rb\r'));
    assert.notEqual(await sourceFileHash('a\nb\n'), await sourceFileHash('a\nb'));
  });
});
