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
// Up to this many distinct words, a trigram's code is its three ids in base V (V³ < 2^53).
const DIRECT_VOCABULARY = 200_000;

/**
 * Word trigrams as small numbers, exact within one coder (one article): every token list is first
 * read into word ids (`ids`), then coded (`codes`). A trigram's exact code is its three ids in base V,
 * V the number of distinct words (beyond DIRECT_VOCABULARY, a word pair's id and the last word's), and
 * each distinct code gets the next dense id. Dense ids index arrays and stay small integers, so they
 * cost far less than the joined strings of `shingles`; two trigrams share an id only if they are equal.
 */
export class TrigramCoder {
  private readonly wordIds = new Map<string, number>();
  private readonly pairIds = new Map<number, number>();
  private readonly trigramIds = new Map<number, number>();
  /** For each dense id, the last list that used it (to keep each list's ids distinct). */
  private readonly lastList: number[] = [];
  private lists = 0;
  private base = 0;

  /** `directVocabulary` is there for tests of the pair coding. */
  constructor(private readonly directVocabulary = DIRECT_VOCABULARY) {}

  /** How many distinct trigrams have been coded: every id is below this. */
  get size(): number {
    return this.trigramIds.size;
  }

  /** Word ids of a token list. Every list is read before the first `codes`. */
  ids(words: readonly string[]): number[] {
    const out = new Array<number>(words.length);
    for (let i = 0; i < words.length; i++) {
      let id = this.wordIds.get(words[i]);
      if (id === undefined) {
        if (this.base) throw new Error('TrigramCoder: a new word after coding began');
        this.wordIds.set(words[i], (id = this.wordIds.size));
      }
      out[i] = id;
    }
    return out;
  }

  /** The distinct trigram ids of a list of word ids, in order of first occurrence (none under three words). */
  codes(ids: readonly number[]): Int32Array {
    this.base ||= Math.max(1, this.wordIds.size);
    const list = ++this.lists;
    const out = new Int32Array(Math.max(0, ids.length - 2));
    let n = 0;
    const v = this.base;
    const direct = v <= this.directVocabulary;
    for (let i = 2; i < ids.length; i++) {
      const code = direct ? (ids[i - 2] * v + ids[i - 1]) * v + ids[i] : this.pair(ids[i - 2], ids[i - 1]) * SPAN + ids[i];
      let id = this.trigramIds.get(code);
      if (id === undefined) {
        this.trigramIds.set(code, (id = this.trigramIds.size));
        this.lastList.push(0);
      }
      if (this.lastList[id] === list) continue;
      this.lastList[id] = list;
      out[n++] = id;
    }
    return out.subarray(0, n);
  }

  private pair(a: number, b: number): number {
    const key = a * SPAN + b;
    let id = this.pairIds.get(key);
    if (id === undefined) {
      if (this.pairIds.size >= SPAN) throw new RangeError('TrigramCoder: too many word pairs');
      this.pairIds.set(key, (id = this.pairIds.size));
    }
    return id;
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

/** `containment` of two lists of distinct trigram ids. */
export function idContainment(a: Int32Array, b: Int32Array): number {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (!small.length) return 0;
  const inLarge = new Set(large);
  let shared = 0;
  for (const k of small) if (inLarge.has(k)) shared++;
  return shared / small.length;
}
