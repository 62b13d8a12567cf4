import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CacheWriter, readCacheFile, type CacheContents, type CacheHeader } from '../../../server/src/cli/cacheFile';
import { STRINGS_PER_LINE } from '../../../server/src/cli/storedEntries';

/** Writes whole contents as a run writes them, record by record (the table of strings in lines of its size). */
function writeCacheFile<Stamp, Result>(file: string, header: CacheHeader, contents: CacheContents<Stamp, Result>): void {
  const writer = CacheWriter.open(file, header);
  try {
    for (const [rel, stamp] of contents.stamps) writer.record(['stamp', rel, stamp]);
    for (const [rel, result] of contents.results) writer.record(['result', rel, result]);
    const { strings, groups } = contents.index;
    for (let i = 0; i < strings.length; i += STRINGS_PER_LINE) writer.record(['strings', strings.slice(i, i + STRINGS_PER_LINE)]);
    for (const [key, group] of Object.entries(groups)) writer.record(['group', key, group]);
    writer.finish();
  } finally {
    writer.close();
  }
}

describe('cli/cacheFile', () => {
  const header = { format: 5, version: '1.2.3' };
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-cache-file-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Contents of more lines than one write and more strings than one line takes. */
  function contents(): CacheContents<{ size: number }, { key: string }> {
    const stamps = new Map(Array.from({ length: 3000 }, (_, i) => [`docs/é-${i}.md`, { size: i }] as const));
    const results = new Map(Array.from({ length: 3000 }, (_, i) => [`docs/é-${i}.md`, { key: `k${i}\n"quoted"` }] as const));
    const strings = Array.from({ length: 10_000 }, (_, i) => `string ${i} ${'ü'.repeat(i % 200)}`);
    return { stamps, results, index: { strings, groups: { a: { translations: [] }, 'b\nc': { translations: [], reference: 'r' } } } };
  }

  it('reads back what it wrote, over many chunks and lines', () => {
    const file = path.join(dir, 'cache');
    const written = contents();
    writeCacheFile(file, header, written);
    assert.ok(fs.statSync(file).size > 1 << 20, 'the file spans more than one write');
    // Read in pieces smaller than a line, and as large as the file.
    for (const chunk of [1000, 64 << 20]) {
      const read = readCacheFile(file, header, chunk);
      assert.equal(read?.kind, 'contents', `read ${chunk} bytes at a time`);
      if (read?.kind !== 'contents') return;
      assert.deepEqual([...read.contents.stamps], [...written.stamps]);
      assert.deepEqual([...read.contents.results], [...written.results]);
      assert.deepEqual(read.contents.index, written.index);
    }
  });

  it('reads every line however the pieces fall: one byte at a time', () => {
    const file = path.join(dir, 'cache');
    const written = { stamps: new Map([['é/ü.md', { size: 1 }]]), results: new Map([['é/ü.md', { key: '語\n' }]]), index: { strings: ['ü', '語'], groups: {} } };
    writeCacheFile(file, header, written);
    const read = readCacheFile(file, header, 1);
    assert.equal(read?.kind, 'contents');
    if (read?.kind !== 'contents') return;
    assert.deepEqual([...read.contents.stamps], [...written.stamps]);
    assert.deepEqual([...read.contents.results], [...written.results]);
    assert.deepEqual(read.contents.index, written.index);
  });

  it('tells a file cut short, a damaged line and another version apart', () => {
    const file = path.join(dir, 'cache');
    writeCacheFile(file, header, contents());
    const bytes = fs.readFileSync(file);
    const kindOf = (content: Uint8Array | string, h = header) => {
      const other = path.join(dir, 'other');
      fs.writeFileSync(other, content);
      const kind = readCacheFile(other, h, 4096)?.kind;
      assert.equal(readCacheFile(other, h, 4096, true)?.kind, kind, 'the same, leaving the index entries in the file');
      return kind;
    };
    const lastLine = bytes.lastIndexOf(10, bytes.length - 2) + 1;
    assert.equal(kindOf(bytes.subarray(0, lastLine)), 'damaged', 'without its last line');
    assert.equal(kindOf(bytes.subarray(0, Math.floor(bytes.length / 2))), 'damaged', 'cut mid-line');
    assert.equal(kindOf(Buffer.concat([bytes, Buffer.from('["stamp","x",{}]\n')])), 'damaged', 'a line after the end');
    assert.equal(kindOf('{"format": 5, "version": "1.2.3"}\n["nonsense", 1]\n["end", 1]\n'), 'damaged');
    assert.equal(kindOf(''), 'damaged', 'empty');
    assert.equal(kindOf(bytes, { format: 5, version: '1.2.4' }), 'other-version');
    assert.equal(kindOf('{"format": 4, "version": "1.2.3", "stamps": {}, "results": {}}'), 'other-version', 'the one-object file of format 4');
    assert.equal(readCacheFile(path.join(dir, 'none'), header), undefined, 'no file: no cache yet');
  });
});
