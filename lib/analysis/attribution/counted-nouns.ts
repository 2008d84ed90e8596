// "22 points behind", "the four states that voted", "a dozen states": after a number, a form that
// could be a verb of saying in -s is a counted plural noun.
import type { Doc } from './doc';

/** Number words and measure words that count the noun after them. */
const COUNTING_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'fifty', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'several', 'percentage']);

/** Whether token i, a form in -s, is a plural noun counted by the number or number word before it. */
export function countedNoun(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  const prev = doc.tokens[i - 1];
  if (!t || !prev || !/s$/.test(t.lower)) return false;
  return /^\d[\d.,]*$/.test(prev.text) || COUNTING_WORDS.has(prev.lower);
}
