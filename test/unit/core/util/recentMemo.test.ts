import * as assert from 'node:assert/strict';
import { RecentMemo } from '../../../../server/src/core/util/recentMemo';

describe('RecentMemo: values of keys read lately', () => {
  it('works a value out once while it holds the key, and again after it started afresh', () => {
    const reads: string[] = [];
    const memo = new RecentMemo(2, (key: string) => {
      reads.push(key);
      return key.toUpperCase();
    });
    assert.equal(memo.get('a'), 'A');
    assert.equal(memo.get('a'), 'A');
    assert.equal(memo.get('b'), 'B');
    assert.deepEqual(reads, ['a', 'b']);
    // A third key past the capacity: the memo starts afresh, so "a" is worked out again.
    assert.equal(memo.get('c'), 'C');
    assert.equal(memo.get('c'), 'C');
    assert.equal(memo.get('a'), 'A');
    assert.deepEqual(reads, ['a', 'b', 'c', 'a']);
  });
});
