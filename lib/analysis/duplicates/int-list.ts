import { keepInstance } from '../kept-instances';

/**
 * A growable list of 32-bit integers in one typed array. The word and trigram ids of every sentence
 * of a page go into one list each, a sentence keeping only where its ids start: an array per
 * sentence was a large share of what the stage allocated.
 */
export class IntList {
  /** The items are `data[0, length)`; read it after the last `push` (growing replaces it). */
  data: Int32Array;
  length = 0;

  constructor(capacity = 64) {
    this.data = new Int32Array(Math.max(capacity, 16));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const data = new Int32Array(2 * this.length);
      data.set(this.data);
      this.data = data;
    }
    this.data[this.length++] = value;
  }

  /** Drops the items from `length` on. */
  truncate(length: number): void {
    this.length = Math.min(length, this.length);
  }
}

// its compiled methods outlive a major garbage collection (see kept-instances.ts)
keepInstance(new IntList());
