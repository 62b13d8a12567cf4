import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CacheWriter, readCacheFile } from '../../../server/src/cli/cacheFile';
import { StoredIndex, type StoredIndexRecord } from '../../../server/src/cli/storedEntries';
import type { TransferredGroup } from '../../../server/src/core/index/transfer';

/** A document's entries whose translation kept or lost the names `keys` and used the words `native`. */
function group(name: string, keys: string[], native: string[]): TransferredGroup {
  const counts = new Int32Array(3 * keys.length).map((_, i) => i % 3);
  const translation = {
    uri: `file:///de-DE/${name}.md`,
    key: name,
    locale: 'de-DE',
    english: false,
    translationType: 'MT',
    openLocFileHash: 'f00d',
    sourceGitCommit: 'c0ffee',
    lastHandoff: '12/05/2026',
    contentHash: 'beef',
    segments: new Int32Array([1, 2, 3]),
    stamp: 0,
    observed: { keys, kinds: new Uint8Array(keys.length).fill(2), counts, native, segments: 4 },
  };
  return { translations: [translation] };
}

/** The group without the fields it leaves undefined (restored, it has them, as undefined). */
function defined(g: TransferredGroup | undefined): TransferredGroup | undefined {
  return g && (Object.fromEntries(Object.entries(g).filter(([, v]) => v !== undefined)) as unknown as TransferredGroup);
}

type Tuple = Exclude<StoredIndexRecord, { readonly copy: string }>;

/** The records an index writes (lines copied from a file read are not expected here), and the table of strings they make. */
function recorder(): { records: Tuple[]; write: (r: StoredIndexRecord) => void; strings: () => string[] } {
  const records: Tuple[] = [];
  return { records, write: (r) => ('copy' in r ? assert.fail('a line copied') : records.push(r)), strings: () => records.flatMap((r) => (r[0] === 'strings' ? r[1] : [])) };
}

/** The table and entries the records make, as the cache file is read. */
function readBack(records: readonly Tuple[]): NonNullable<ConstructorParameters<typeof StoredIndex>[0]> {
  const groups = Object.fromEntries(records.filter((r) => r[0] === 'group').map((r) => [r[1], r[2]]));
  return { strings: records.flatMap((r) => (r[0] === 'strings' ? r[1] : [])), groups };
}

describe('cli/storedEntries: the index entries of the cache', () => {
  const a = group('a', ['Azure', 'portal'], ['seite']);
  const b = group('b', ['Azure', 'blob'], ['seite', 'speicher']);

  it('writes each document when it is made, not at the end, its strings once for the whole file', () => {
    const out = recorder();
    const index = new StoredIndex(undefined, out.write);
    index.set('a', a);
    assert.deepEqual(
      out.records.filter((r) => r[0] === 'group').map((r) => r[1]),
      ['a'],
      'written as soon as it is kept',
    );
    index.set('b', b);
    index.set('a', a); // Kept twice: written once.
    index.finish();
    assert.deepEqual(out.strings(), ['Azure', 'portal', 'seite', 'blob', 'speicher']);
    assert.equal(out.records.filter((r) => r[0] === 'group').length, 2);
    const read = new StoredIndex(readBack(out.records));
    assert.deepEqual(defined(read.get('a')), a);
    assert.deepEqual(defined(read.get('b')), b);
  });

  it('carries the table read over, writes the entries it used as they were read, and all of them when it used none', () => {
    const first = recorder();
    const index = new StoredIndex(undefined, first.write);
    index.set('a', a);
    index.set('b', b);
    index.finish();
    const data = readBack(first.records)!;

    const second = recorder();
    const again = new StoredIndex(data, second.write);
    assert.deepEqual(defined(again.get('a')), a);
    const c = group('c', ['Azure', 'queue'], []);
    again.set('c', c);
    again.finish();
    assert.deepEqual(second.strings(), [...data.strings, 'queue'], 'only the new string is added to the table');
    assert.deepEqual(
      second.records.filter((r) => r[0] === 'group').map((r) => r[1]),
      ['a', 'c'],
      'the entries not used this run are left out',
    );
    assert.deepEqual(second.records.find((r) => r[0] === 'group' && r[1] === 'a')?.[2], data.groups.a, 'as read');
    const read = new StoredIndex(readBack(second.records));
    assert.deepEqual(defined(read.get('a')), a);
    assert.deepEqual(defined(read.get('c')), c);

    const unused = recorder();
    new StoredIndex(data, unused.write).finish();
    assert.deepEqual(readBack(unused.records), data, 'a run that built no index writes back what it read');
  });

  it('reads a cache file whose entries come before the strings they number, leaving the entries in the file until asked for', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-stored-entries-'));
    try {
      const file = path.join(dir, 'cache');
      const header = { format: 6, version: '1.2.3' };
      const writeFile = (name: string, fill: (index: StoredIndex, writer: CacheWriter) => void) => {
        const writer = CacheWriter.open(path.join(dir, name), header);
        const index = new StoredIndex(undefined, (r) => ('copy' in r ? writer.copy(r.copy) : writer.record(r)));
        fill(index, writer);
        index.finish();
        writer.finish();
      };
      // More strings than one line of the table takes: some are written after the entries that use them.
      const many = group('many', Array.from({ length: 5000 }, (_, i) => `Name${i}`), ['wort']);
      writeFile('cache', (index, writer) => {
        index.set('a', a);
        index.set('many', many);
        writer.record(['stamp', 'de-DE/a.md', { size: 1 }]);
      });
      for (const lazy of [false, true]) {
        const read = readCacheFile(file, header, 4096, lazy);
        assert.equal(read?.kind, 'contents');
        if (read?.kind !== 'contents') return;
        assert.deepEqual(Object.keys(read.contents.index.groups), lazy ? [] : ['a', 'many'], 'the entries are left in the file');
        const stored = new StoredIndex(read.contents.index);
        assert.deepEqual(defined(stored.get('a')), a);
        assert.deepEqual(defined(stored.get('many')), many);
        assert.equal(stored.get('none'), undefined);
        assert.deepEqual([...read.contents.stamps], [['de-DE/a.md', { size: 1 }]]);
        read.contents.index.lines?.close();
      }
      // A run that indexes nothing copies the entries' lines to the new file as they are.
      const read = readCacheFile(file, header, undefined, true);
      if (read?.kind !== 'contents') return assert.fail('read');
      const copy = path.join(dir, 'copy');
      const writer = CacheWriter.open(copy, header);
      const unused = new StoredIndex(read.contents.index, (r) => ('copy' in r ? writer.copy(r.copy) : writer.record(r)));
      unused.finish();
      writer.finish();
      const copied = readCacheFile(copy, header);
      if (copied?.kind !== 'contents') return assert.fail('read the copy');
      assert.deepEqual(Object.keys(copied.contents.index.groups), ['a', 'many']);
      assert.deepEqual(defined(new StoredIndex(copied.contents.index).get('many')), many);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes entries whose line was damaged after it was read for none', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-stored-entries-'));
    try {
      const file = path.join(dir, 'cache');
      const header = { format: 6, version: '1.2.3' };
      const writer = CacheWriter.open(file, header);
      const index = new StoredIndex(undefined, (r) => ('copy' in r ? writer.copy(r.copy) : writer.record(r)));
      index.set('a', a);
      index.set('b', b);
      index.finish();
      writer.finish();
      const read = readCacheFile(file, header, undefined, true);
      if (read?.kind !== 'contents') return assert.fail('read');
      // Another run rewrote the file meanwhile: the line of `b` is not where it was.
      const text = fs.readFileSync(file, 'utf8');
      fs.writeFileSync(file, text.replace('["group","b"', '["group","x"'));
      const stored = new StoredIndex(read.contents.index);
      assert.deepEqual(defined(stored.get('a')), a);
      assert.equal(stored.get('b'), undefined, 'indexed again');
      read.contents.index.lines?.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
