/** A growable list of 32-bit integers: postings and free slots without an array object per entry. */
export class IntList {
  data: Int32Array;
  length = 0;

  constructor(capacity = 4) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

/** A growable Int32Array indexed by id, zero (or `fill`) where never set. */
export class IntTable {
  data: Int32Array;

  constructor(
    capacity = 1024,
    private readonly fill = 0,
  ) {
    this.data = new Int32Array(capacity).fill(fill);
  }

  get(id: number): number {
    return id < this.data.length ? this.data[id] : this.fill;
  }

  set(id: number, value: number): void {
    if (id >= this.data.length) {
      const bigger = new Int32Array(Math.max(this.data.length * 2, id + 1)).fill(this.fill);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[id] = value;
  }
}
