import type { Unit } from './units';
import { keepInstance } from '../kept-instances';

/**
 * The units met so far, by their word lists, to find verbatim repeats without joining the words:
 * buckets by a hash of the word ids, each holding its latest unit, and from each unit the one before
 * it in its bucket. Typed arrays rather than a Map of arrays: nothing is allocated per unit.
 */
export class WordLists {
  private readonly buckets: Int32Array;
  private readonly before: Int32Array;

  /** `ids`: the word ids of all units (`Units.ids`). */
  constructor(private readonly units: readonly Unit[], private readonly ids: Int32Array) {
    let capacity = 16;
    while (capacity < 2 * units.length) capacity *= 2;
    this.buckets = new Int32Array(capacity).fill(-1);
    this.before = new Int32Array(units.length);
  }

  /** The unit met before with the words of unit `i` (at most one: repeats are not kept), or -1 after keeping `i`. */
  earlierWithWords(i: number): number {
    const u = this.units[i];
    const bucket = this.hash(u) & (this.buckets.length - 1);
    for (let j = this.buckets[bucket]; j >= 0; j = this.before[j]) if (this.sameWords(this.units[j], u)) return j;
    this.before[i] = this.buckets[bucket];
    this.buckets[bucket] = i;
    return -1;
  }

  private hash(u: Unit): number {
    let h = u.words;
    for (let k = u.idsAt; k < u.idsAt + u.words; k++) h = Math.imul(h ^ this.ids[k], 0x9e3779b1) + 0x7f4a7c15;
    h ^= h >>> 15;
    return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 12);
  }

  private sameWords(a: Unit, b: Unit): boolean {
    if (a.words !== b.words) return false;
    for (let k = 0; k < a.words; k++) if (this.ids[a.idsAt + k] !== this.ids[b.idsAt + k]) return false;
    return true;
  }
}

// its compiled methods outlive a major garbage collection (see kept-instances.ts)
keepInstance(new WordLists([], new Int32Array(0)));
