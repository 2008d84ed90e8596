import { keepInstance } from '../kept-instances';

/**
 * For each trigram id, the units that hold it, in the order they were added: the inverted index the
 * duplicate finder looks up candidates in. Kept as linked lists in a few typed arrays, because an
 * array per trigram (thousands per page, most of them holding one unit) was the stage's largest
 * allocation, and allocation is paid again in garbage collection.
 */
export class Postings {
  /** Per trigram: its first and last entry (-1: none), and how many entries it has. */
  private readonly firsts: Int32Array;
  private readonly lasts: Int32Array;
  private readonly counts: Int32Array;
  /** Per entry: the unit, and the trigram's next entry (-1: none). */
  private units: Int32Array;
  private nexts: Int32Array;
  private entries = 0;

  /** `trigrams`: every trigram id is below it; `entries`: room for that many before growing. */
  constructor(trigrams: number, entries: number) {
    this.firsts = new Int32Array(trigrams).fill(-1);
    this.lasts = new Int32Array(trigrams);
    this.counts = new Int32Array(trigrams);
    this.units = new Int32Array(Math.max(entries, 16));
    this.nexts = new Int32Array(this.units.length);
  }

  /** How many units hold `trigram`. */
  count(trigram: number): number {
    return this.counts[trigram];
  }

  /** The first entry of `trigram`, -1 if none. */
  first(trigram: number): number {
    return this.firsts[trigram];
  }

  /** The entry after `entry` in its trigram's list, -1 at the end. */
  next(entry: number): number {
    return this.nexts[entry];
  }

  /** The unit of `entry`. */
  unit(entry: number): number {
    return this.units[entry];
  }

  add(trigram: number, unit: number): void {
    if (this.entries === this.units.length) this.grow();
    const entry = this.entries++;
    this.units[entry] = unit;
    this.nexts[entry] = -1;
    if (this.counts[trigram]++ === 0) this.firsts[trigram] = entry;
    else this.nexts[this.lasts[trigram]] = entry;
    this.lasts[trigram] = entry;
  }

  private grow(): void {
    const units = new Int32Array(2 * this.units.length);
    units.set(this.units);
    const nexts = new Int32Array(units.length);
    nexts.set(this.nexts);
    this.units = units;
    this.nexts = nexts;
  }
}

// its compiled methods outlive a major garbage collection (see kept-instances.ts)
keepInstance(new Postings(1, 1));
