import { LETTER } from '../boilerplate/char-classes';

// Spelled-out letter ranges: \p{L} makes V8 compile the regex slowly on every page.
const WORD = new RegExp(`[0-9${LETTER}]+`, 'gu');

/** Word tokens for comparison: lower case letters and digits, quotes and punctuation dropped. */
export function tokens(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
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
 * Containment of the smaller set in the larger: 1 when one text repeats the other with words added
 * around it (a caption quoting a body sentence plus "said X"), lower when words change.
 */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) return 0;
  let shared = 0;
  for (const k of small) if (large.has(k)) shared++;
  return shared / small.size;
}
