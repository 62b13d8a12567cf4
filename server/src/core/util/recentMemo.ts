/**
 * A memo of values worked out from keys read lately: past `capacity` keys it starts afresh.
 * For texts read again soon or not at all (the English of a segment, read in each locale version
 * of its document): no reordering on every read as an {@link LruMap} does, and a heap that stays
 * small.
 */
export class RecentMemo<K, V> {
  private readonly values = new Map<K, V>();

  constructor(
    readonly capacity: number,
    private readonly read: (key: K) => V,
  ) {}

  /** The value of the key, worked out once while the memo holds it. */
  get(key: K): V {
    let value = this.values.get(key);
    if (value === undefined) {
      value = this.read(key);
      if (this.values.size >= this.capacity) this.values.clear();
      this.values.set(key, value);
    }
    return value;
  }
}
