import * as assert from 'node:assert/strict';
import { LruMap } from '../../../../server/src/core/util/lruMap';

describe('LruMap', () => {
  it('drops the least recently used entry past its capacity, and says which', () => {
    const dropped: string[] = [];
    const map = new LruMap<string, number>(2, (key) => dropped.push(key));
    map.set('a', 1).set('b', 2);
    assert.equal(map.get('a'), 1); // a is now newer than b
    map.set('c', 3);
    assert.deepEqual(dropped, ['b']);
    assert.equal(map.has('b'), false);
    assert.equal(map.get('a'), 1);
    assert.equal(map.get('c'), 3);
    assert.equal(map.size, 2);
  });

  it('peek reads without making the entry newer; delete does not report a drop', () => {
    const dropped: string[] = [];
    const map = new LruMap<string, number>(2, (key) => dropped.push(key));
    map.set('a', 1).set('b', 2);
    assert.equal(map.peek('a'), 1);
    map.delete('b');
    map.set('c', 3).set('d', 4);
    assert.deepEqual(dropped, ['a']);
  });

  it('keeps an undefined value and a rewritten key once', () => {
    const map = new LruMap<string, number | undefined>(2);
    map.set('a', undefined).set('a', undefined).set('b', 2);
    assert.equal(map.size, 2);
    assert.equal(map.has('a'), true);
  });
});
