import type { LexiconData } from '../lexicon';
import type { Token } from './tokens';

/**
 * The source phrases ("according to", "selon", "de acuerdo con") of an article, matched once: the cue
 * finders ask about them at every token after every comma of a sentence.
 */
export interface SourcePhrases {
  /** Per token: the number of tokens of the phrase starting there, or 0. */
  length: Uint8Array;
  /** Per token index i (and the token count): the first phrase start at or after i, or the token count. */
  next: Int32Array;
}

export function findSourcePhrases(tokens: readonly Token[], lex: LexiconData): SourcePhrases {
  const length = new Uint8Array(tokens.length);
  const firstWords = new Set(lex.sourcePrepositions.map((phrase) => phrase[0]));
  // asked of every token: a word whose length no first word has needs no look-up (bit n: length n)
  let lengths = 0;
  for (const w of firstWords) lengths |= lengthBit(w);
  for (let a = 0; a < tokens.length; a++) {
    const w = tokens[a].lower;
    if (!(lengths & lengthBit(w)) || !firstWords.has(w)) continue;
    for (const phrase of lex.sourcePrepositions) {
      let n = 0;
      while (n < phrase.length && tokens[a + n]?.lower === phrase[n]) n++;
      if (n === phrase.length) {
        length[a] = n;
        break;
      }
    }
  }
  const next = new Int32Array(tokens.length + 1);
  next[tokens.length] = tokens.length;
  for (let a = tokens.length - 1; a >= 0; a--) next[a] = length[a] ? a : next[a + 1];
  return { length, next };
}

/** A bit for a word's length (lengths past 30 share the last). */
const lengthBit = (w: string) => 1 << Math.min(w.length, 30);
