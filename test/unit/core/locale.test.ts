import * as assert from 'node:assert/strict';
import { localeFromPath, LocaleReader, normalizeLocale, parsePathLocale } from '../../../server/src/core/locale';

describe('locales', () => {
  it('spells a locale as the docs do, and knows codes that are no language or region', () => {
    assert.equal(normalizeLocale('de-de'), 'de-DE');
    assert.equal(normalizeLocale(' sr-latn-rs '), 'sr-Latn-RS');
    assert.equal(normalizeLocale('xx-yy'), undefined);
    assert.equal(normalizeLocale('de-XX'), undefined);
    assert.equal(normalizeLocale('de'), undefined);
  });

  it('finds the locale a path names, closest to the file first', () => {
    assert.deepEqual(parsePathLocale('/r/docs-pr.de-DE/de-at/page.fr-fr.md'), { locale: 'fr-FR', layout: 'suffix', root: '/r/docs-pr.de-DE/de-at' });
    assert.deepEqual(parsePathLocale('/r/docs-pr.de-DE/de-at/page.md'), { locale: 'de-AT', layout: 'folder', root: '/r/docs-pr.de-DE/de-at' });
    assert.deepEqual(parsePathLocale('C:\\r\\Docs-pr.it-IT\\a\\page.md'), { locale: 'it-IT', layout: 'repo', root: 'C:/r/Docs-pr.it-IT', docset: 'Docs' });
    assert.deepEqual(parsePathLocale('page.ro-RO.md'), { locale: 'ro-RO', layout: 'suffix', root: '' });
    assert.equal(parsePathLocale('/r/xx-yy/page.md'), undefined);
    assert.equal(parsePathLocale('page.md'), undefined);
  });

  it('reads locales and paths with a reader that keeps ICU answers as without one, whatever came before', () => {
    const reader = new LocaleReader();
    const texts = ['de-DE', 'de-de', ' DE-de ', 'de-AT', 'fr-DE', 'sr-latn-rs', 'sr-Latn-RS', 'xx-yy', 'de-XX', 'de', '', 'de-DE-x'];
    const paths = ['/r/docs-pr.de-DE/a.md', '/r/docs-pr.de-DE/b.fr-FR.md', '/r/docs/de-de/a.md', '/r/a.fr-FR.md', '/r/to-xx/a.md', 'C:\\r\\docs.it-IT\\a.md', '/r/a.md', 'a.md', 'a.de-DE.md'];
    for (let round = 0; round < 2; round++) {
      for (const text of texts) assert.equal(reader.normalize(text), normalizeLocale(text), text);
      for (const path of paths) assert.equal(reader.fromPath(path), localeFromPath(path), path);
    }
  });
});
