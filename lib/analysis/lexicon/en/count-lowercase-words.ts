/**
 * Counted evidence for which capitalised sentence openers are no names: a word that running text writes
 * in lower case inside its sentences ("early", "reached", "hastily", "speaking") is capitalised at a
 * sentence start only because it opens the sentence ("Early in his campaign, Trump …"); a name keeps its
 * capital everywhere ("Young", "Bush", "Kelly"). Counted over plain text, no annotation needed.
 */

/** The thresholds: seen often enough in lower case, and almost never capitalised inside a sentence. */
export const MIN_LOWER = 3;
export const MAX_CAPITAL_SHARE = 0.1;

const WORD = /\p{L}[\p{L}’'-]*/gu;
/** What may stand before a sentence's first word: its start, a line break, end punctuation, an opening quote. */
const OPENS = /[\n.!?“"‘(]/u;
/** What stands before a word inside a sentence: a lower-case letter, a comma or a semicolon. */
const INSIDE = /[\p{Ll},;]/u;

/** Lower-case words of the texts that are capitalised inside a sentence at most `MAX_CAPITAL_SHARE` of the time, sorted. */
export function countLowercaseWords(texts: Iterable<string>): string[] {
  const lower = new Map<string, number>();
  const capital = new Map<string, number>();
  const bump = (m: Map<string, number>, w: string) => m.set(w, (m.get(w) ?? 0) + 1);
  for (const text of texts) {
    for (const m of text.matchAll(WORD)) {
      let k = m.index - 1;
      while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
      const before = k < 0 ? '\n' : text[k];
      if (OPENS.test(before) || !INSIDE.test(before)) continue;
      const w = m[0];
      if (/^\p{Ll}/u.test(w)) bump(lower, w);
      else if (/^\p{Lu}\p{Ll}/u.test(w)) bump(capital, w.toLowerCase());
    }
  }
  return [...lower]
    .filter(([w, n]) => n >= MIN_LOWER && (capital.get(w) ?? 0) <= MAX_CAPITAL_SHARE * (n + (capital.get(w) ?? 0)))
    .map(([w]) => w)
    .sort();
}
