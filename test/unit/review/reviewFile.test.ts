import * as assert from 'node:assert/strict';
import { parseReviewFile, serializeReviewFile, type ReviewRecord } from '../../../server/src/core/review/reviewFile';

const HASH_A = '0123456789abcdef';
const HASH_B = 'fedcba9876543210';

function record(path: string, segment: string, extra: Partial<ReviewRecord> = {}): ReviewRecord {
  return { path, segment, english: HASH_A, translation: HASH_B, state: 'approved', ...extra };
}

function parsed(text: string): readonly ReviewRecord[] {
  const result = parseReviewFile(text);
  if (!result.ok) throw new Error(`line ${result.error.line}: ${result.error.reason}`);
  return result.records;
}

describe('review file: format', () => {
  it('reads back what it writes, comments and all', () => {
    const records = [
      record('guide/a.md', 'p103', { state: 'changes-requested', resolved: true }),
      record('guide/a.md', '104', { by: 'ana', at: '2026-12-01T10:00:00.000Z', comments: [{ by: 'ana', at: '2026-12-01T10:00:00.000Z', body: 'Say "Sicherung", not "Backup".\nSee the glossary.' }] }),
    ];
    const text = serializeReviewFile(records);
    assert.deepEqual(parsed(text), records);
    assert.equal(serializeReviewFile(parsed(text)), text);
  });

  it('writes a header, then one line per segment sorted by path and segment number', () => {
    const text = serializeReviewFile([record('b.md', '9'), record('a/z.md', '110'), record('b.md', '10'), record('a/z.md', 'p104'), record('a/z.md', '104')]);
    const keys = text.trim().split('\n').slice(1).map((l) => { const r = JSON.parse(l) as ReviewRecord; return `${r.path}#${r.segment}`; });
    assert.equal(text.split('\n')[0], '{"sxsReview":1}');
    assert.deepEqual(keys, ['a/z.md#104', 'a/z.md#p104', 'a/z.md#110', 'b.md#9', 'b.md#10']);
  });

  it('changes one line when one segment is reviewed, so that reviews of other segments merge', () => {
    const before = [record('a.md', '104'), record('a.md', '106'), record('b.md', '104')];
    const a = serializeReviewFile(before).split('\n');
    const b = serializeReviewFile([...before, record('a.md', '105', { state: 'needs-review' })]).split('\n');
    assert.equal(b.length, a.length + 1);
    assert.deepEqual(b.filter((l) => !a.includes(l)).length, 1);
    assert.ok(a.every((l) => b.includes(l)));
  });

  it('writes the same line for the same record whatever order its keys came in', () => {
    const shuffled = JSON.parse('{"state":"approved","translation":"fedcba9876543210","segment":"104","english":"0123456789abcdef","path":"a.md"}') as ReviewRecord;
    assert.equal(serializeReviewFile([shuffled]), serializeReviewFile([record('a.md', '104')]));
  });

  it('reads an empty file as no records, and tolerates blank lines and CRLF', () => {
    assert.deepEqual(parsed(''), []);
    assert.equal(parsed(`{"sxsReview":1}\r\n\r\n${JSON.stringify(record('a.md', '104'))}\r\n`).length, 1);
  });

  for (const [what, text, line, reason] of [
    ['a line that is not JSON', `{"sxsReview":1}\n${JSON.stringify(record('a.md', '104'))}\n<<<<<<< HEAD\n`, 3, /not a JSON object/],
    ['no header', `${JSON.stringify(record('a.md', '104'))}\n`, 1, /header/],
    ['a newer format', '{"sxsReview":2}\n', 1, /version 2/],
    ['an unknown state', `{"sxsReview":1}\n${JSON.stringify(record('a.md', '104', { state: 'ok' as never }))}\n`, 2, /"state" must be one of/],
    ['a segment that is no number', `{"sxsReview":1}\n${JSON.stringify(record('a.md', 'e869d-104'))}\n`, 2, /"segment"/],
    ['a segment twice', `{"sxsReview":1}\n${JSON.stringify(record('a.md', '104'))}\n${JSON.stringify(record('a.md', '104'))}\n`, 3, /appears twice/],
    ['a comment without a body', `{"sxsReview":1}\n${JSON.stringify({ ...record('a.md', '104'), comments: [{ by: 'x', at: 'y' }] })}\n`, 2, /comment/],
  ] as const) {
    it(`reports ${what} with its line`, () => {
      const result = parseReviewFile(text);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(result.error.line, line);
      assert.match(result.error.reason, reason);
    });
  }
});
