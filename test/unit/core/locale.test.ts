import * as assert from 'node:assert/strict';
import { normalizeLocale, normalizeLocaleAs } from '../../../server/src/core/locale';

describe('locales', () => {
  it('spells a locale as the docs do, and knows codes that are no language or region', () => {
    assert.equal(normalizeLocale('de-de'), 'de-DE');
    assert.equal(normalizeLocale(' sr-latn-rs '), 'sr-Latn-RS');
    assert.equal(normalizeLocale('xx-yy'), undefined);
    assert.equal(normalizeLocale('de-XX'), undefined);
    assert.equal(normalizeLocale('de'), undefined);
  });

  it('reads a locale like one already known as normalizeLocale does, whatever the two are', () => {
    const texts = ['de-DE', 'de-de', ' DE-de ', 'de-AT', 'fr-DE', 'sr-latn-rs', 'sr-Latn-RS', 'sr-cyrl-rs', 'xx-yy', 'de-XX', 'de', '', 'de-DE-x'];
    for (const known of [...texts.map(normalizeLocale), undefined]) {
      for (const text of texts) assert.equal(normalizeLocaleAs(text, known), normalizeLocale(text), `${text} as ${known}`);
    }
  });
});
