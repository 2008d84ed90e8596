import { LETTER } from '../boilerplate/char-classes';
import type { IntList } from './int-list';
import { keepInstance } from '../kept-instances';

// Spelled-out letter ranges: \p{L} makes V8 compile the regex slowly on every page. All of them are
// in the BMP, so the regex needs no `u` flag (it finds the same runs without it, and faster).
const WORD = new RegExp(`[0-9${LETTER}]+`, 'g');
const NON_ASCII = /[^\x00-\x7f]/;

// `tokens`, `shingles` and `containment` define the stage's words and trigram containment plainly.
// The analysis runs the fast forms (word-ids.ts, `TrigramCoder`, `idContainment`); the tests check
// those against these definitions.

/** Word tokens for comparison: lower case letters and digits, quotes and punctuation dropped. */
export function tokens(text: string): string[] {
  // NFKC leaves ASCII as it is; skipping it there saves a copy of most sentences.
  const folded = NON_ASCII.test(text) ? text.normalize('NFKC') : text;
  return folded.toLowerCase().match(WORD) ?? [];
}

/** The set of word n-grams (n = SHINGLE) of a token list; short lists give their single whole-list key. */
export const SHINGLE = 3;
export function shingles(words: string[], n = SHINGLE): Set<string> {
  const out = new Set<string>();
  if (words.length < n) {
    if (words.length) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

/**
 * Word trigrams as small numbers, exact within one coder (one article): each distinct trigram of word
 * ids (word-ids.ts) gets the next dense id (`codes`), kept in an open-addressing table of typed arrays,
 * so no number or string is allocated per trigram. Dense ids index arrays and cost far less than the
 * joined strings of `shingles`; two trigrams share an id only if they are equal.
 */
export class TrigramCoder {
  /** Per table slot: the trigram's three word ids, and its dense id (-1: empty). */
  private words: Int32Array;
  private slots: Int32Array;
  /** For each dense id, the last list that used it (to keep each list's ids distinct). */
  private lastList: Int32Array;
  private count = 0;
  private lists = 0;

  /** `capacity` (a power of two) is room for half as many trigrams before the table grows. */
  constructor(capacity = 1024) {
    this.words = new Int32Array(3 * capacity);
    this.slots = new Int32Array(capacity).fill(-1);
    this.lastList = new Int32Array(capacity);
  }

  /** How many distinct trigrams have been coded: every id is below this. */
  get size(): number {
    return this.count;
  }

  /**
   * Appends the distinct trigram ids of the word ids `ids[from, to)` to `out`, in order of first
   * occurrence (none under three words), and answers how many.
   */
  codes(ids: ArrayLike<number>, from: number, to: number, out: IntList): number {
    const list = ++this.lists;
    const at = out.length;
    for (let i = from + 2; i < to; i++) {
      const id = this.idOf(ids[i - 2], ids[i - 1], ids[i]);
      if (this.lastList[id] === list) continue;
      this.lastList[id] = list;
      out.push(id);
    }
    return out.length - at;
  }

  private idOf(a: number, b: number, c: number): number {
    if (2 * (this.count + 1) > this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    const { words, slots } = this;
    let slot = hash(a, b, c) & mask;
    for (;;) {
      const id = slots[slot];
      if (id < 0) {
        slots[slot] = this.count;
        words[3 * slot] = a;
        words[3 * slot + 1] = b;
        words[3 * slot + 2] = c;
        return this.count++;
      }
      if (words[3 * slot] === a && words[3 * slot + 1] === b && words[3 * slot + 2] === c) return id;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const { words, slots } = this;
    const capacity = slots.length * 2;
    const mask = capacity - 1;
    this.words = new Int32Array(3 * capacity);
    this.slots = new Int32Array(capacity).fill(-1);
    const lastList = new Int32Array(capacity);
    lastList.set(this.lastList);
    this.lastList = lastList;
    for (let old = 0; old < slots.length; old++) {
      if (slots[old] < 0) continue;
      const a = words[3 * old], b = words[3 * old + 1], c = words[3 * old + 2];
      let slot = hash(a, b, c) & mask;
      while (this.slots[slot] >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = slots[old];
      this.words[3 * slot] = a;
      this.words[3 * slot + 1] = b;
      this.words[3 * slot + 2] = c;
    }
  }
}

// its compiled methods outlive a major garbage collection (see kept-instances.ts)
keepInstance(new TrigramCoder());

/** A well-mixed 32-bit hash of three word ids. */
function hash(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77) ^ Math.imul(c + 0x165667b1, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/**
 * Containment of the smaller set in the larger: 1 when one text repeats the other with words added
 * around it (a caption quoting a body sentence plus "said X"), lower when words change.
 */
export function containment<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) return 0;
  let shared = 0;
  for (const k of small) if (large.has(k)) shared++;
  return shared / small.size;
}

/** `containment` of two lists of distinct trigram ids. */
export function idContainment(a: ArrayLike<number> & Iterable<number>, b: ArrayLike<number> & Iterable<number>): number {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (!small.length) return 0;
  const inLarge = new Set(large);
  let shared = 0;
  for (const k of small) if (inLarge.has(k)) shared++;
  return shared / small.length;
}
