import * as assert from 'node:assert/strict';
import { cliIndexer } from '../../../server/src/cli/cliIndexer';
import type { FileGroup } from '../../../server/src/core/index/discovery';
import type { GroupEntries } from '../../../server/src/core/index/groupIndexing';
import type { TransferredGroup } from '../../../server/src/core/index/transfer';

const group = (key: string): FileGroup => ({ key, translations: [{ uri: `file:///de-DE/${key}.md`, place: { key, locale: 'de-DE', english: false } }], english: undefined });

/** An entry standing for a group: only its URI matters here. */
const entry = (g: FileGroup): TransferredGroup => ({
  translations: [{ uri: g.translations[0].uri, key: g.key, locale: 'de-DE', english: false, translationType: undefined, openLocFileHash: undefined, sourceGitCommit: undefined, lastHandoff: undefined, contentHash: undefined, segments: new Int32Array(0), stamp: 0 }],
});

/** Runs the indexer over batches of groups; `delay` says how long each batch's indexing takes, in turns of the event loop. */
async function handedOrder(batches: FileGroup[][], threads: number, delay: (first: string) => number, cached: ReadonlySet<string> = new Set()): Promise<string[]> {
  const queue = [...batches];
  const handed: string[] = [];
  const indexer = cliIndexer({
    threads,
    cache: { indexEntry: (g) => (cached.has(g.key) ? entry(g) : undefined), keepIndexEntry: () => undefined },
    index: async (groups) => {
      for (let i = delay(groups[0].key); i > 0; i--) await new Promise((resolve) => setImmediate(resolve));
      return groups.map(entry);
    },
  });
  await indexer.run(
    () => queue.shift(),
    (entries: readonly GroupEntries[]) => handed.push(...entries.map((e) => e.translations[0].uri.replace(/^.*\/|\.md$/g, ''))),
    () => assert.fail('nothing is given back'),
  );
  return handed;
}

describe('cli: the command line bulk indexer', () => {
  const batches = [['a', 'b'], ['c'], ['d', 'e'], ['f']].map((keys) => keys.map(group));

  it('hands the entries over in the order of the documents, whichever thread finishes first', async () => {
    // The first batch takes longest: the threads finish the others before it.
    assert.deepEqual(await handedOrder(batches, 2, (first) => (first === 'a' ? 20 : 1)), ['a', 'b', 'c', 'd', 'e', 'f']);
    assert.deepEqual(await handedOrder(batches, 3, (first) => (first === 'c' ? 20 : 1)), ['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('keeps the order of the documents within a batch where the cache holds some of them', async () => {
    assert.deepEqual(await handedOrder(batches, 2, () => 1, new Set(['b', 'd'])), ['a', 'b', 'c', 'd', 'e', 'f']);
  });
});
