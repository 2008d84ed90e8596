// Spanish opens a reported clause with "que", often after the person told or a phrase of place or time
// ("aseguraba a AFP que un termómetro …", "dijo en declaraciones radiales que …"). The words between
// the verb and "que" belong to the cue, not to what was said.
import type { Doc } from './doc';

/** How many tokens may stand between a verb of saying and the complementizer of its report. */
const REACH = 10;

/**
 * The complementizer at or after `from` that opens the report of the verb just before it; -1 when a
 * stop, a quotation mark or another verb of saying comes first, or none is near.
 */
export function complementizerAhead(doc: Doc, from: number, te: number): number {
  const { tokens, lex } = doc;
  for (let k = from; k < te && k - from <= REACH; k++) {
    const t = tokens[k];
    if (lex.complementizers.has(t.lower)) return k;
    if (!t.isWord ? t.text !== ',' : lex.speechForms.has(t.lower)) return -1;
    // an article after a preposition opens its phrase ("a los vecinos", "en una entrevista"); any other
    // opens the verb's object, and a "que" after it is a relative ("esperan … el discurso que …")
    if (lex.articles.has(t.lower) && !lex.prepositions.has(tokens[k - 1].lower)) return -1;
  }
  return -1;
}
