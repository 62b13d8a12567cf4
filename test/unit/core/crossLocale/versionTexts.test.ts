import * as assert from 'node:assert/strict';
import { VersionTexts } from '../../../../server/src/core/crossLocale/versionTexts';

describe('version texts (the hover’s other locales)', () => {
  /** A reader that answers when told, and counts its reads. */
  function reader(files: Record<string, string>) {
    const waiting: (() => void)[] = [];
    const reads: string[] = [];
    return {
      reads,
      read: (uri: string) =>
        new Promise<string | undefined>((resolve) => {
          reads.push(uri);
          waiting.push(() => resolve(files[uri]));
        }),
      /** Answers every read asked for so far, and lets their results settle. */
      async answer() {
        for (const done of waiting.splice(0)) done();
        await new Promise((resolve) => setImmediate(resolve));
      },
    };
  }

  it('answers nothing for a text not read yet, reads it once, and answers it the next time', async () => {
    const files = reader({ 'file:///a.md': 'line one\nline two' });
    const texts = new VersionTexts(files.read);
    assert.equal(texts.peek('file:///a.md', 1), undefined);
    assert.equal(texts.peek('file:///a.md', 1), undefined);
    await files.answer();
    const version = texts.peek('file:///a.md', 1);
    assert.equal(version?.text, 'line one\nline two');
    assert.equal(version?.lines.offsetAt({ line: 1, character: 5 }), 14);
    assert.deepEqual(files.reads, ['file:///a.md']);
  });

  it('reads a version again when its stamp changed, and gives up on a file that cannot be read', async () => {
    const files = reader({ 'file:///a.md': 'a' });
    const texts = new VersionTexts(files.read);
    texts.peek('file:///a.md', 1);
    texts.peek('file:///gone.md', 1);
    await files.answer();
    assert.equal(texts.peek('file:///a.md', 2), undefined);
    assert.equal(texts.peek('file:///gone.md', 1), undefined);
    assert.deepEqual(files.reads, ['file:///a.md', 'file:///gone.md', 'file:///a.md', 'file:///gone.md']);
  });

  it('keeps the texts used most recently within its budget of characters', async () => {
    const files = reader({ 'file:///a.md': 'aaaa', 'file:///b.md': 'bbbb', 'file:///c.md': 'cccc' });
    const texts = new VersionTexts(files.read, 8);
    texts.peek('file:///a.md', 1);
    texts.peek('file:///b.md', 1);
    await files.answer();
    assert.ok(texts.peek('file:///a.md', 1), 'a, used again: now the most recent');
    texts.peek('file:///c.md', 1);
    await files.answer();
    assert.ok(texts.peek('file:///a.md', 1));
    assert.ok(texts.peek('file:///c.md', 1));
    assert.equal(texts.peek('file:///b.md', 1), undefined, 'b, the least recently used, went');
  });

  it('waits for a text when asked to (the checks’ quotes), reading each file once for every asker', async () => {
    const files = reader({ 'file:///a.md': 'line one\nline two' });
    const texts = new VersionTexts(files.read);
    const first = texts.get('file:///a.md', 1);
    const second = texts.get('file:///a.md', 1);
    const gone = texts.get('file:///gone.md', 1);
    await files.answer();
    assert.equal((await first)?.text, 'line one\nline two');
    assert.equal(await second, await first);
    assert.equal(await gone, undefined);
    assert.equal(texts.peek('file:///a.md', 1), await first, 'kept for the hover');
    assert.deepEqual(files.reads, ['file:///a.md', 'file:///gone.md']);
  });
});
