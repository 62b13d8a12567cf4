import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseCacheFile, writeCacheFile, type CacheContents } from '../../../server/src/cli/cacheFile';

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
    const read = parseCacheFile(fs.readFileSync(file), header);
    assert.equal(read.kind, 'contents');
    if (read.kind !== 'contents') return;
    assert.deepEqual([...read.contents.stamps], [...written.stamps]);
    assert.deepEqual([...read.contents.results], [...written.results]);
    assert.deepEqual(read.contents.index, written.index);
  });

  it('tells a file cut short, a damaged line and another version apart', () => {
    const file = path.join(dir, 'cache');
    writeCacheFile(file, header, contents());
    const bytes = fs.readFileSync(file);
    const lastLine = bytes.lastIndexOf(10, bytes.length - 2) + 1;
    assert.equal(parseCacheFile(bytes.subarray(0, lastLine), header).kind, 'damaged', 'without its last line');
    assert.equal(parseCacheFile(bytes.subarray(0, Math.floor(bytes.length / 2)), header).kind, 'damaged', 'cut mid-line');
    assert.equal(parseCacheFile(Buffer.concat([bytes, Buffer.from('["stamp","x",{}]\n')]), header).kind, 'damaged', 'a line after the end');
    assert.equal(parseCacheFile(Buffer.from('{"format": 5, "version": "1.2.3"}\n["nonsense", 1]\n["end", 1]\n'), header).kind, 'damaged');
    assert.equal(parseCacheFile(Buffer.alloc(0), header).kind, 'damaged', 'empty');
    assert.equal(parseCacheFile(bytes, { format: 5, version: '1.2.4' }).kind, 'other-version');
    assert.equal(parseCacheFile(Buffer.from('{"format": 4, "version": "1.2.3", "stamps": {}, "results": {}}'), header).kind, 'other-version', 'the one-object file of format 4');
  });
});
