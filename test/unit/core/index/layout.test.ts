import * as assert from 'node:assert/strict';
import { LocaleLayout } from '../../../../server/src/core/index/layout';
import { localeRootsFrom } from '../../../../server/src/core/index/localeRootsSetting';
import { fileUri as u } from '../../../support/inMemoryWorkspace';

describe('index: locale layout discovery', () => {
  describe('sibling repositories <docset>-pr.<locale>', () => {
    const layout = new LocaleLayout([u('/ws')]);

    it('gives every locale of one path the same key, and reads the locale from the folder', () => {
      const de = layout.localizedPlace(u('/ws/docs-pr.de-DE/articles/a.md'));
      const ro = layout.localizedPlace(u('/ws/docs.ro-ro/articles/a.md'));
      assert.deepEqual(de, { key: 'r|docs|articles/a.md', locale: 'de-DE', english: false });
      assert.equal(ro?.key, de?.key);
      assert.equal(ro?.locale, 'ro-RO');
      assert.notEqual(layout.localizedPlace(u('/ws/docs-pr.de-DE/articles/b.md'))?.key, de?.key);
    });

    it('looks for the English in <docset> and <docset>-pr beside them', () => {
      const candidates = layout.englishCandidates(u('/ws/docs-pr.de-DE/articles/a.md'));
      assert.ok(candidates.includes(u('/ws/docs/articles/a.md')));
      assert.ok(candidates.includes(u('/ws/docs-pr/articles/a.md')));
      assert.ok(layout.englishKeys(u('/ws/docs/articles/a.md')).includes('r|docs|articles/a.md'));
      assert.ok(layout.englishKeys(u('/ws/docs-pr/articles/a.md')).includes('r|docs|articles/a.md'));
    });

    it('leaves a file with no locale in its path unplaced', () => {
      assert.equal(layout.localizedPlace(u('/ws/docs/articles/a.md')), undefined);
      assert.equal(layout.localizedPlace(u('/ws/docs-pr.de-DE/image.png')), undefined);
    });
  });

  describe('a multi-root workspace', () => {
    const layout = new LocaleLayout([u('/a/docs-pr.de-DE'), u('/b/elsewhere/docs-pr.fi-FI'), u('/c/docs')]);

    it('reads the locale from each workspace folder’s own name', () => {
      const de = layout.localizedPlace(u('/a/docs-pr.de-DE/x/a.md'));
      const fi = layout.localizedPlace(u('/b/elsewhere/docs-pr.fi-FI/x/a.md'));
      assert.equal(de?.locale, 'de-DE');
      assert.equal(fi?.locale, 'fi-FI');
      assert.equal(de?.key, fi?.key);
    });

    it('finds the English repository among the workspace folders by its name', () => {
      assert.ok(layout.englishCandidates(u('/b/elsewhere/docs-pr.fi-FI/x/a.md')).includes(u('/c/docs/x/a.md')));
    });

    it('does not take a locale from a folder above the workspace folder', () => {
      const above = new LocaleLayout([u('/home/de-de/project')]);
      assert.equal(above.localizedPlace(u('/home/de-de/project/a.md')), undefined);
    });
  });

  describe('locale folders docs/<locale>/', () => {
    const layout = new LocaleLayout([u('/ws')]);

    it('keys by the folder above the locale folder and the path under it', () => {
      const de = layout.localizedPlace(u('/ws/docs/de-de/guide/a.md'));
      const ja = layout.localizedPlace(u('/ws/docs/ja-jp/guide/a.md'));
      assert.equal(de?.locale, 'de-DE');
      assert.equal(de?.key, ja?.key);
    });

    it('takes docs/en-us/ as the English, and docs/ itself when there is none', () => {
      const en = layout.localizedPlace(u('/ws/docs/en-us/guide/a.md'));
      assert.equal(en?.english, true);
      assert.equal(en?.key, layout.localizedPlace(u('/ws/docs/de-de/guide/a.md'))?.key);
      const candidates = layout.englishCandidates(u('/ws/docs/de-de/guide/a.md'));
      assert.ok(candidates.includes(u('/ws/docs/guide/a.md')));
      assert.ok(layout.englishKeys(u('/ws/docs/guide/a.md')).includes(en!.key));
    });
  });

  describe('locale suffixes page.<locale>.md', () => {
    const layout = new LocaleLayout([u('/ws')]);

    it('keys by the name without the suffix, with page.md as the English', () => {
      const de = layout.localizedPlace(u('/ws/guide/page.de-DE.md'));
      const zh = layout.localizedPlace(u('/ws/guide/page.zh-TW.md'));
      assert.equal(de?.key, zh?.key);
      assert.equal(zh?.locale, 'zh-TW');
      assert.equal(layout.englishCandidates(u('/ws/guide/page.de-DE.md'))[0], u('/ws/guide/page.md'));
      assert.ok(layout.englishKeys(u('/ws/guide/page.md')).includes(de!.key));
    });

    it('does not take an ordinary dotted name for a locale', () => {
      assert.equal(layout.localizedPlace(u('/ws/guide/release.v2-notes.md')), undefined);
      assert.equal(layout.localizedPlace(u('/ws/guide/to-do.md')), undefined);
    });
  });

  describe('roots named in the settings', () => {
    const folder = u('/ws');
    const roots = localeRootsFrom({ german: 'de-de', 'src/': 'en-US', bad: 'nonsense', '/abs/finnish': 'fi-FI' }, folder);

    it('reads relative and absolute folders and skips unknown locales', () => {
      assert.deepEqual(roots, [
        { uri: u('/ws/german'), locale: 'de-DE' },
        { uri: u('/ws/src'), locale: 'en-US' },
        { uri: u('/abs/finnish'), locale: 'fi-FI' },
      ]);
    });

    it('pairs files by their path under each root, and takes an English root as the source', () => {
      const layout = new LocaleLayout([folder], roots);
      const de = layout.localizedPlace(u('/ws/german/a/b.md'));
      const fi = layout.localizedPlace(u('/abs/finnish/a/b.md'));
      const en = layout.localizedPlace(u('/ws/src/a/b.md'));
      assert.equal(de?.locale, 'de-DE');
      assert.equal(de?.key, fi?.key);
      assert.deepEqual(en, { key: de?.key, locale: 'en-US', english: true });
      assert.deepEqual(layout.englishCandidates(u('/ws/german/a/b.md')), [u('/ws/src/a/b.md')]);
    });

    it('wins over the conventions for the files under them', () => {
      const layout = new LocaleLayout([folder], localeRootsFrom({ 'docs-pr.de-DE': 'de-AT' }, folder));
      assert.equal(layout.localizedPlace(u('/ws/docs-pr.de-DE/a.md'))?.locale, 'de-AT');
    });
  });
});
