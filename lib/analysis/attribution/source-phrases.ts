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
  for (let a = 0; a < tokens.length; a++) {
    if (!firstWords.has(tokens[a].lower)) continue;
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
