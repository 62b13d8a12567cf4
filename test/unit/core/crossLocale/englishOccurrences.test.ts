import * as assert from 'node:assert/strict';
import { GroupedTranslations, hashKey, TranslationsInTurn, type EnglishTranslations, type Occurrence } from '../../../../server/src/core/crossLocale/englishOccurrences';
import type { IndexedDocument } from '../../../../server/src/core/index/indexedDocument';

describe('the translations of an English in a locale', () => {
  /** An occurrence in a document `uri` whose translation hashes as `translation`. */
  const at = (uri: string, translation: number, row = 0): Occurrence => ({ doc: { uri, segments: { translationHash: () => [translation, 0] } } as unknown as IndexedDocument, row });
  const key = (translation: number) => hashKey([translation, 0]);
  // Translations 1, 2, 3 and 4; the document "own" has the first occurrence of 1, one of 2 and the only ones of 4.
  const occurrences = [at('own', 1), at('b', 2), at('c', 1), at('d', 3), at('own', 2, 1), at('e', 2), at('f', 2), at('own', 4, 2)];
  const read = (translations: EnglishTranslations, uri: string, limit: number) => translations.elsewhere(uri, limit).map((t) => ({ key: t.key, count: t.count, first: t.first.map((o) => o.doc.uri) }));
  // Grouped once (a common English) or read in turn (a rare one), the same answer.
  const ways = [new GroupedTranslations(occurrences), new TranslationsInTurn(occurrences)];

  it('groups the places by translation, in the order of the first place outside the document that asks, without its own', () => {
    for (const way of ways) {
      assert.deepEqual(read(way, 'own', 2), [
        { key: key(2), count: 3, first: ['b', 'e'] },
        { key: key(1), count: 1, first: ['c'] },
        { key: key(3), count: 1, first: ['d'] },
      ]);
    }
  });

  it('counts every place for a document that has none of them, naming the first few', () => {
    for (const way of ways) {
      assert.deepEqual(read(way, 'elsewhere', 2), [
        { key: key(1), count: 2, first: ['own', 'c'] },
        { key: key(2), count: 4, first: ['b', 'own'] },
        { key: key(3), count: 1, first: ['d'] },
        { key: key(4), count: 1, first: ['own'] },
      ]);
    }
  });
});
