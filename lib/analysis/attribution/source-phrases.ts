import type { LexiconData } from '../lexicon';
import type { Token } from './tokens';

/**
 * Per token: the number of tokens of the source phrase ("according to", "selon", "de acuerdo con")
 * that starts there, or 0. The cue finders ask at every token after every comma of a sentence, so the
 * phrases are matched once per article rather than at each question.
 */
export function sourcePhraseLengths(tokens: readonly Token[], lex: LexiconData): Uint8Array {
  const lengths = new Uint8Array(tokens.length);
  const firstWords = new Set(lex.sourcePrepositions.map((phrase) => phrase[0]));
  for (let a = 0; a < tokens.length; a++) {
    if (!firstWords.has(tokens[a].lower)) continue;
    for (const phrase of lex.sourcePrepositions) {
      let n = 0;
      while (n < phrase.length && tokens[a + n]?.lower === phrase[n]) n++;
      if (n === phrase.length) {
        lengths[a] = n;
        break;
      }
    }
  }
  return lengths;
}
