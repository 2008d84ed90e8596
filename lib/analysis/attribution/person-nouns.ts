// Nouns that name a person by role, sex or description ("ministre", "Frau", "vecina", "45-Jährige"),
// and the sex they give, for the steps that make a person of a description.
import type { LexiconData } from '../lexicon/types';
import { inLexicon } from '../lexicon';

/** The sex a person noun gives, 'any' for one without, or null for a word that names no person (or a pronoun). */
export function personNounGender(lex: LexiconData, word: string): 'male' | 'female' | 'any' | null {
  if (lex.pronouns.has(word)) return null;
  if (lex.femaleWords.has(word)) return 'female';
  if (lex.maleWords.has(word)) return 'male';
  if (inLexicon(lex, lex.titleHeads, word) || (!!lex.personDescriptions && inLexicon(lex, lex.personDescriptions, word))) return 'any';
  return null;
}
