import { isWordCode } from '../boilerplate/char-classes';
import type { IntList } from './int-list';

/**
 * Word ids of sentences, read straight from the article text: the same words as `tokens` (shingles.ts)
 * gives, as small numbers, equal exactly when the words are equal. Every sentence of a page is read,
 * so the words are hashed and compared in place, character by character, in an open-addressing table:
 * no string is made per token (only one per distinct word), where `tokens` plus a Map made a lower-case
 * copy of each sentence, a string per word and a string hash per look-up.
 */
export class WordIds {
  private readonly words: string[] = [];
  /** Per distinct word (by id): its hash, to pass over most other words without comparing characters. */
  private hashes = new Int32Array(256);
  /** Open-addressing table of word ids (-1: empty), kept at most half full. */
  private slots = new Int32Array(512).fill(-1);
  /** How many distinct words have been read: every id is below this. */
  get size(): number {
    return this.words.length;
  }

  /** The word (lower case, as `tokens` gives it) that has id `id`. */
  word(id: number): string {
    return this.words[id];
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
    let wordStart = -1;
    let hash = 0;
    for (let i = start; i <= end; i++) {
      const c = i === end ? 0x20 : folded ? text.charCodeAt(i) : inPlace(text.charCodeAt(i));
      if (c < 0) return false;
      if (isWordCode(c)) {
        if (wordStart < 0) {
          wordStart = i;
          hash = 0x811c9dc5;
        }
        hash = Math.imul(hash ^ c, 0x01000193);
      } else if (wordStart >= 0) {
        ids.push(this.idOf(text, wordStart, i, finished(hash), folded));
        wordStart = -1;
      }
    }
    return true;
  }

  private idOf(text: string, start: number, end: number, hash: number, folded: boolean): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let id = this.slots[slot]; id >= 0; id = this.slots[slot]) {
      if (this.hashes[id] === hash && sameWord(this.words[id], text, start, end, folded)) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.words.length;
    this.words.push(folded ? text.slice(start, end) : text.slice(start, end).toLowerCase());
    if (id === this.hashes.length) this.hashes = grown(this.hashes, 2 * id);
    this.hashes[id] = hash;
    if (2 * (id + 1) > this.slots.length) this.rehash();
    else this.slots[slot] = id;
    return id;
  }

  /** Doubles the table and places every id in it again. */
  private rehash(): void {
    this.slots = new Int32Array(2 * this.slots.length).fill(-1);
    const mask = this.slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = this.hashes[id] & mask;
      while (this.slots[slot] >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = id;
    }
  }
}

/** Latin-1 characters that NFKC replaces ("²" by "2", "ª" by "a", "½" by "1⁄2"); U+00A0 becomes a space, a non-word either way. */
const LATIN1_COMPATIBILITY = new Set([0xa8, 0xaa, 0xaf, 0xb2, 0xb3, 0xb4, 0xb5, 0xb8, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]);

/**
 * The code `tokens` reads for `c` after NFKC and lower case, for characters that both map one to one
 * and on their own: ASCII, Latin-1 save its compatibility forms, and the quotes, dashes and ellipsis
 * of news text (the ellipsis becomes "...", a non-word either way). -1 for any other character: the
 * sentence is then read from a folded copy. Most sentences of English and French pages read in place.
 */
export function inPlace(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  if (c >= 0xc0 && c <= 0xff) return c <= 0xde && c !== 0xd7 ? c + 0x20 : c;
  if (c < 0xc0) return LATIN1_COMPATIBILITY.has(c) ? -1 : c;
  return c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014 || c === 0x2026 ? c : -1;
}

/**
 * A character hash finished so that its low bits, which pick the table slot, depend on every
 * character (multiplying carries only upwards: unfinished, they would see only low bits of each).
 */
function finished(hash: number): number {
  const h = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** True when `word` is `text[start, end)` (read in place unless `folded`). */
function sameWord(word: string, text: string, start: number, end: number, folded: boolean): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(start + k);
    if (word.charCodeAt(k) !== (folded ? c : inPlace(c))) return false;
  }
  return true;
}

function grown(array: Int32Array, length: number) {
  const out = new Int32Array(length);
  out.set(array);
  return out;
}
