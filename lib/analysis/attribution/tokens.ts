/**
 * Word and punctuation tokens of the prepared text, made once per article by one linear regex scan.
 * Words keep inner apostrophes, hyphens and dots ("don’t", "Il-76", "U.S"); every other non-space
 * character is a token of its own.
 */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  isWord: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-.&][\p{L}\p{M}\p{N}]+)*|\S/gu;
const UPPER = /^\p{Lu}/u;
const WORDISH = /^[\p{L}\p{M}\p{N}]/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    out.push({ start: m.index, end: m.index + t.length, text: t, lower: t.toLowerCase(), isWord: WORDISH.test(t), cap: UPPER.test(t) });
  }
  return out;
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
