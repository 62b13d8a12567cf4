import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { jsonChunks } from '../../../server/src/cli/format/jsonChunks';
import { formatJson } from '../../../server/src/cli/format/json';
import { writeOutput } from '../../../server/src/cli/writeChunks';
import type { FileResult } from '../../../server/src/cli/runTypes';

describe('cli/jsonChunks', () => {
  it('joins to the text JSON.stringify writes, at every depth', () => {
    // Objects with undefined and function members, arrays holding them, nested: what JSON.stringify leaves out or writes as null.
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined), fc.constant(() => 1), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string(), tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 5 }), (v, depth) => {
        assert.equal([...jsonChunks(v, depth)].join(''), JSON.stringify(v, null, 2) ?? 'null');
      }),
      { numRuns: 500 },
    );
  });

  it('writes a value with toJSON as JSON.stringify does', () => {
    const v = { when: new Date(0), list: [new Date(1)] };
    assert.equal([...jsonChunks(v, 4)].join(''), JSON.stringify(v, null, 2));
  });

  it('hands the check results over a file at a time, never as one string', () => {
    const file = (i: number): FileResult => ({ path: `/w/${i}.md`, relativePath: `${i}.md`, locale: 'de-DE', segments: 1, fixed: 0, notes: [], findings: [] }) as unknown as FileResult;
    const chunks = [...formatJson([file(1), file(2), file(3)], [], '1.0.0')];
    const holding = (name: string) => chunks.filter((c) => c.includes(name)).length;
    assert.deepEqual([holding('"1.md"'), holding('"2.md"'), holding('"3.md"')], [1, 1, 1]);
    assert.ok(!chunks.some((c) => c.includes('"1.md"') && c.includes('"2.md"')), 'no piece holds two files');
    assert.deepEqual(JSON.parse(chunks.join('')).files.map((f: { path: string }) => f.path), ['1.md', '2.md', '3.md']);
  });
});

describe('cli/writeChunks', () => {
  it('writes the pieces to a file in order, with a last newline, over several writes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-write-chunks-'));
    try {
      const out = path.join(dir, 'out.json');
      const pieces = Array.from({ length: 30_000 }, (_, i) => `piece ${i} ${'é'.repeat(i % 90)};`);
      writeOutput(out, pieces);
      const written = fs.readFileSync(out, 'utf8');
      assert.ok(written.length > 1 << 20, 'more than one write');
      assert.equal(written, `${pieces.join('')}\n`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
