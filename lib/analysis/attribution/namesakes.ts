// "el submarino nuclear Vladimir Monomakh", "la base Juan Carlos I", "la isla Rey Jorge", "le
// porte-avions Charles de Gaulle": ships, bases, islands and streets are named after people, and a
// given name or a title in the name does not make them someone who can speak or hold an office.
import type { Doc } from './doc';
import { inLexicon } from '../lexicon';

/** Lower-case words ("nuclear", "antártica") that may stand between the thing and its name. */
const MAX_MODIFIERS = 2;

/**
 * Whether the name starting at token `first` names a thing after a person: the word before it, past
 * a title that is part of the name ("Rey", "Almirante") and up to two lower-case modifiers, is a
 * namesake noun of the language (`namesakeNouns`).
 */
export function namedAfterSomeone(doc: Doc, first: number): boolean {
  const { tokens, lex } = doc;
  const nouns = lex.namesakeNouns;
  if (!nouns?.size) return false;
  let k = first - 1;
  // "la isla Rey Jorge": the title belongs to the name
  while (k >= 0 && tokens[k].cap && tokens[k].isWord && inLexicon(lex, lex.titleHeads, tokens[k].lower)) k--;
  for (let skipped = 0; k >= 0 && tokens[k].isWord; k--) {
    const w = tokens[k].lower;
    if (nouns.has(w)) return true;
    if (tokens[k].cap || lex.articles.has(w) || lex.prepositions.has(w) || ++skipped > MAX_MODIFIERS) return false;
  }
  return false;
}
