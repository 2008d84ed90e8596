// "McCain told reporters on Thursday he viewed Obama as “directly responsible” …", "Clinton told a
// Planned Parenthood gathering in Washington she will protect …": after a verb of
// telling, the person told (with a place or a time) stands between the verb and the reported clause.
// The clause opens at "that" or, without it, at a subject pronoun; the words before it are not reported.
import type { Doc } from './doc';

/** How far the clause may open after the verb: the person told, a place and a time fit in. */
const MAX_OBJECT_TOKENS = 16;

/**
 * "told investors of New Media, the GateHouse parent, on Oct. 31 that …": a far "that" is as often a
 * relative ("told a group that backs him …"); the en pages keep such quotations partial.
 */
const MAX_THAT_DISTANCE = 6;

/** Words after which a pronoun is an object ("told them", "told reporters for him"), not a subject. */
const NO_SUBJECT_AFTER = new Set(['to', 'for', 'of', 'with', 'about', 'by', 'from', 'than', 'as', 'at', 'on', 'in']);

/**
 * Token index where the reported clause after the person told opens, searching tokens [from, to) (`to`
 * is the quotation's first token), else -1. "that" stays with the clause.
 */
export function clauseAfterPersonTold(doc: Doc, from: number, to: number): number {
  const { tokens, lex } = doc;
  const last = Math.min(to, from + MAX_OBJECT_TOKENS);
  for (let k = from; k < last; k++) {
    const t = tokens[k];
    if (t.text === ';' || t.text === ':') return -1;
    if (lex.complementizers.has(t.lower)) return k - from < MAX_THAT_DISTANCE ? k : -1;
    // "told reporters he …": a subject pronoun after the person told, with its verb after it
    if (k > from && lex.pronouns.has(t.lower) && tokens[k + 1]?.isWord && !NO_SUBJECT_AFTER.has(tokens[k - 1].lower)) return k;
  }
  return -1;
}
