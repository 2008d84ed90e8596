import { isWordCode } from '../boilerplate/char-classes';
import { fnvStep } from '../text/fnv';
import { IN_PLACE_LETTERS } from './in-place';
import type { IntList } from './int-list';
import { keepInstance } from '../kept-instances';

/**
 * Word ids of sentences, read straight from the article text: the same words as `tokens` (shingles.ts)
 * gives, as small numbers, equal exactly when the words are equal. Every sentence of a page is read,
 * so no string is made per token: each word's lower-case characters are gathered in a small buffer as
 * they are read, hashed, and compared with the characters of the words met before, kept one after the
 * other in one pool (an open-addressing table finds them). `tokens` plus a Map made a lower-case copy
 * of each sentence, a string per word and a string hash per look-up.
 */
export class WordIds {
  /** The characters of every distinct word, one after the other; word `id` starts at `starts[id]`. */
  private chars: Uint16Array;
  private used = 0;
  private starts: Int32Array;
  private lengths: Int32Array;
  /** Per word: its hash, to pass over most other words without comparing characters. */
  private hashes: Int32Array;
  private count = 0;
  /** Open-addressing table of word ids (-1: empty), kept at most half full. */
  private slots: Int32Array;
  /** The lower-case characters of the word being read. */
  private word = new Uint16Array(64);

  /** Sized for `expected` distinct words (it grows past them): growing as a page is read cost more than sizing. */
  constructor(expected = 256) {
    let capacity = 512;
    while (capacity < 2 * expected) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(-1);
    this.hashes = new Int32Array(capacity / 2);
    this.starts = new Int32Array(capacity / 2);
    this.lengths = new Int32Array(capacity / 2);
    this.chars = new Uint16Array(4 * capacity);
  }

  /** How many distinct words have been read: every id is below this. */
  get size(): number {
    return this.count;
  }

  /** The word (lower case, as `tokens` gives it) that has id `id`. */
  wordOf(id: number): string {
    let out = '';
    // In pieces: a word can be as long as a sentence, too many arguments for one call.
    for (let at = this.starts[id], end = at + this.lengths[id]; at < end; at += 1024) {
      out += String.fromCharCode(...this.chars.subarray(at, Math.min(at + 1024, end)));
    }
    return out;
  }

  /** Appends the word ids of `text[start, end)` to `ids`, and answers how many there are. */
  read(text: string, start: number, end: number, ids: IntList): number {
    const at = ids.length;
    if (this.readAs(text, start, end, false, ids)) return ids.length - at;
    ids.truncate(at);
    // `tokens` folds with NFKC and Unicode lower case, which may change lengths: done on a copy, as it does.
    const folded = text.slice(start, end).normalize('NFKC').toLowerCase();
    this.readAs(folded, 0, folded.length, true, ids);
    return ids.length - at;
  }

  /**
   * Appends the word ids of text[start, end) to `ids`; false when a character cannot be read in place.
   * `folded`: the text is already folded as `tokens` does.
   */
  private readAs(text: string, start: number, end: number, folded: boolean, ids: IntList): boolean {
    let length = 0;
    // FNV-style hash of the word's letters (from 0, not the offset basis), finished (`finished`) before it picks a slot.
    let hash = 0;
    for (let i = start; i <= end; i++) {
      const code = i === end ? 0 : text.charCodeAt(i);
      // The letter read (0 for a non-word character, -1 when it cannot be read in place).
      const c = folded ? (isWordCode(code) ? code : 0) : code < IN_PLACE_LETTERS.length ? IN_PLACE_LETTERS[code] : -1;
      if (c < 0) return false;
      if (c > 0) {
        if (length === this.word.length) this.word = grownChars(this.word, 2 * length);
        this.word[length++] = c;
        hash = fnvStep(hash, c);
      } else if (length > 0) {
        ids.push(this.idOf(length, finished(hash)));
        length = 0;
        hash = 0;
      }
    }
    return true;
  }

  /** The id of the word in `word[0, length)`, a new one if it was not met before. */
  private idOf(length: number, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let id = this.slots[slot]; id >= 0; id = this.slots[slot]) {
      if (this.hashes[id] === hash && this.isWord(id, length)) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.add(length, hash);
    if (2 * this.count > this.slots.length) this.rehash();
    else this.slots[slot] = id;
    return id;
  }

  private isWord(id: number, length: number): boolean {
    if (this.lengths[id] !== length) return false;
    const at = this.starts[id];
    for (let k = 0; k < length; k++) if (this.chars[at + k] !== this.word[k]) return false;
    return true;
  }

  private add(length: number, hash: number): number {
    const id = this.count++;
    if (id === this.hashes.length) {
      this.hashes = grown(this.hashes, 2 * id);
      this.starts = grown(this.starts, 2 * id);
      this.lengths = grown(this.lengths, 2 * id);
    }
    if (this.used + length > this.chars.length) this.chars = grownChars(this.chars, 2 * (this.used + length));
    // A loop, not `set(subarray)`: the view object alone would cost more than copying a word.
    for (let k = 0; k < length; k++) this.chars[this.used + k] = this.word[k];
    this.starts[id] = this.used;
    this.lengths[id] = length;
    this.hashes[id] = hash;
    this.used += length;
    return id;
  }

  /** Doubles the table and places every id in it again. */
  private rehash(): void {
    this.slots = new Int32Array(2 * this.slots.length).fill(-1);
    const mask = this.slots.length - 1;
    for (let id = 0; id < this.count; id++) {
      let slot = this.hashes[id] & mask;
      while (this.slots[slot] >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = id;
    }
  }
}

// its compiled methods outlive a major garbage collection (see kept-instances.ts)
keepInstance(new WordIds());

/**
 * A character hash finished so that its low bits, which pick the table slot, depend on every
 * character (multiplying carries only upwards: unfinished, they would see only low bits of each).
 */
function finished(hash: number): number {
  const h = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}

function grown(array: Int32Array, length: number) {
  const out = new Int32Array(length);
  out.set(array);
  return out;
}

function grownChars(array: Uint16Array, length: number) {
  const out = new Uint16Array(length);
  out.set(array);
  return out;
}
