import { LETTER } from '../boilerplate/char-classes';

// Spelled-out letter ranges: \p{L} makes V8 compile the regex slowly on every page.
const WORD = new RegExp(`[0-9${LETTER}]+`, 'gu');
const NON_ASCII = /[^\x00-\x7f]/;

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

// Ids below 2^26 keep id * 2^26 + id under 2^53, so the codes are exact numbers.
const SPAN = 2 ** 26;

/**
 * Word trigrams as numbers, exact within one coder (one article): each word gets an id, each word
 * pair an id, and a trigram is its first pair's id and its last word's. Numbers hash and compare far
 * faster than the joined strings of `shingles`, and two trigrams share a code only if they are equal.
 */
export class TrigramCoder {
  private readonly wordIds = new Map<string, number>();
  private readonly pairIds = new Map<number, number>();

  private word(w: string): number {
    let id = this.wordIds.get(w);
    if (id === undefined) this.wordIds.set(w, (id = this.wordIds.size));
    return id;
  }

  private pair(a: number, b: number): number {
    const key = a * SPAN + b;
    let id = this.pairIds.get(key);
    if (id === undefined) this.pairIds.set(key, (id = this.pairIds.size));
    return id;
  }

  /** The trigram codes of a token list of at least three words (shorter lists give none). */
  codes(words: readonly string[]): Set<number> {
    const out = new Set<number>();
    if (words.length < SHINGLE) return out;
    if (this.wordIds.size + words.length > SPAN || this.pairIds.size + words.length > SPAN) throw new RangeError('too many distinct words for trigram codes');
    let a = this.word(words[0]);
    let b = this.word(words[1]);
    for (let i = 2; i < words.length; i++) {
      const c = this.word(words[i]);
      out.add(this.pair(a, b) * SPAN + c);
      a = b;
      b = c;
    }
    return out;
  }
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
