import * as assert from 'node:assert/strict';
import { IndexStore } from '../../../../server/src/core/index/indexStore';
import type { IndexedDocument } from '../../../../server/src/core/index/indexedDocument';
import { SegmentTable } from '../../../../server/src/core/index/segmentTable';
import { transferables, withObservations, withoutLearning, type TransferredDocument } from '../../../../server/src/core/index/transfer';
import type { MemoryPair } from '../../../../server/src/core/memory/translationMemory';
import { observePairs } from '../../../../server/src/core/terms/observe';

const PAIRS: MemoryPair[] = [
  { english: 'Manage devices with Intune.', translation: 'Verwalten Sie Geräte mit Intune.', segment: 'abcde-101' },
  { english: 'Select **Save** in Windows Explorer.', translation: 'Wählen Sie **Speichern** im Datei-Explorer.', segment: 'abcde-102' },
];

function entry(uri: string, learning: Pick<IndexedDocument, 'pairs' | 'observed'>): IndexedDocument {
  return { uri, key: 'doc', locale: 'de-DE', english: false, translationType: 'MT', openLocFileHash: undefined, sourceGitCommit: undefined, lastHandoff: undefined, contentHash: undefined, segments: SegmentTable.EMPTY, stamp: 1, ...learning };
}

describe('index: learning from entries observed elsewhere', () => {
  for (const deferred of [false, true]) {
    it(`counts an entry's observations as it would have observed its pairs${deferred ? ' (learning deferred)' : ''}`, () => {
      const fromPairs = new IndexStore(false);
      const fromObservations = new IndexStore(false);
      fromPairs.deferLearning = fromObservations.deferLearning = deferred;
      fromPairs.put(entry('file:///de/a.md', { pairs: PAIRS }));
      fromObservations.put(entry('file:///de/a.md', { observed: observePairs(PAIRS) }));
      assert.equal(fromObservations.unlearnedCount, fromPairs.unlearnedCount);
      fromPairs.learnAll();
      fromObservations.learnAll();
      for (const key of ['s:Intune', 'p:Windows Explorer', 'r:Explorer', 'w:devices', 'B:save', 'b:save\u0001speichern']) {
        assert.deepEqual(fromObservations.terms.count(key, 'de-DE'), fromPairs.terms.count(key, 'de-DE'), key);
      }
      assert.ok(fromObservations.terms.count('s:Intune', 'de-DE').kept > 0);
      assert.equal(fromObservations.terms.native('verwalten', 'de-DE'), 1);
      // The entry keeps neither.
      assert.equal(fromObservations.get('file:///de/a.md')!.observed, undefined);
      fromObservations.remove('file:///de/a.md');
      assert.equal(fromObservations.terms.count('s:Intune', 'de-DE').seen, 0);
    });
  }

  it('an entry with observations and no pairs puts nothing into the memory, and a locale asked for at once is not left waiting', () => {
    const store = new IndexStore(true);
    store.deferLearning = true;
    store.put(entry('file:///de/a.md', { observed: observePairs(PAIRS) }));
    store.rememberLocale('de-DE');
    assert.equal(store.memory.size, 0);
    store.learnAll();
    assert.equal(store.memory.size, 0);
    assert.ok(store.terms.count('s:Intune', 'de-DE').seen > 0);
  });

  it('crosses threads as observations: the pairs are observed once and dropped, and their arrays move', () => {
    const plain: TransferredDocument = { ...entry('file:///de/a.md', { pairs: PAIRS }), segments: new Int32Array(8) };
    const observed = withObservations({ translations: [plain] });
    const [doc] = observed.translations;
    assert.equal(doc.pairs, undefined);
    assert.deepEqual(doc.observed, observePairs(PAIRS));
    const buffers = transferables(observed);
    assert.ok(buffers.includes(doc.segments.buffer as ArrayBuffer) && buffers.includes(doc.observed!.counts.buffer as ArrayBuffer) && buffers.includes(doc.observed!.kinds.buffer as ArrayBuffer));
    const bare = withoutLearning(observed).translations[0];
    assert.equal(bare.observed, undefined);
    assert.equal(bare.segments, doc.segments);
  });
});
