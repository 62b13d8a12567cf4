import * as assert from 'node:assert/strict';
import { EnglishTranslations, hashKey, type Occurrence } from '../../../../server/src/core/crossLocale/englishOccurrences';
import type { IndexedDocument } from '../../../../server/src/core/index/indexedDocument';

describe('the translations of an English in a locale', () => {
  /** An occurrence in a document `uri` whose translation hashes as `translation`. */
  const at = (uri: string, translation: number, row = 0): Occurrence => ({ doc: { uri, segments: { translationHash: () => [translation, 0] } } as unknown as IndexedDocument, row });
  const key = (translation: number) => hashKey([translation, 0]);
  // Translations 1, 2, 3 and 4; the document "own" has the first occurrence of 1, one of 2 and the only ones of 4.
  const occurrences = [at('own', 1), at('b', 2), at('c', 1), at('d', 3), at('own', 2, 1), at('e', 2), at('f', 2), at('own', 4, 2)];
  const read = (uri: string, limit: number) => new EnglishTranslations(occurrences).elsewhere(uri, limit).map((t) => ({ key: t.key, count: t.count, first: t.first.map((o) => o.doc.uri) }));

  it('groups the places by translation, in the order of the first place outside the document that asks, without its own', () => {
    assert.deepEqual(read('own', 2), [
      { key: key(2), count: 3, first: ['b', 'e'] },
      { key: key(1), count: 1, first: ['c'] },
      { key: key(3), count: 1, first: ['d'] },
    ]);
  });

  it('counts every place for a document that has none of them, naming the first few', () => {
    assert.deepEqual(read('elsewhere', 2), [
      { key: key(1), count: 2, first: ['own', 'c'] },
      { key: key(2), count: 4, first: ['b', 'own'] },
      { key: key(3), count: 1, first: ['d'] },
      { key: key(4), count: 1, first: ['own'] },
    ]);
  });
});
