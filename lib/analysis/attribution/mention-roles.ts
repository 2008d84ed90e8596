// What a mention does in its sentence, as the search for the antecedent of "he" or "she" asks it: the
// subject goes on in the next sentences, the object of a preposition less so (entities.ts weighs them).
import { insideQuote, sentenceOf, speechLemma, type Doc } from './doc';
import type { MentionRoles } from './entities';
import { tokenAt, type Token } from './tokens';

/** The roles of the mentions of this article's text. */
export function mentionRoles(doc: Doc): MentionRoles {
  return {
    sentenceOf: (pos) => sentenceOf(doc, pos),
    objectAt: (pos) => objectOfPreposition(doc, pos),
    subjectAt: (pos) => standsAsSubject(doc, pos),
    speaksAt: (pos) => speaksAt(doc, pos),
  };
}

/** A name that a verb of saying follows or, after a quotation, precedes ("Cole said", "…,” said Cole"). */
function speaksAt(doc: Doc, pos: number): boolean {
  const { tokens } = doc;
  const k = tokenAt(tokens, pos);
  const ri = doc.runAt[k];
  // a name, not "who" ("Chris Christie, who say …" leaves the sentence to its subject)
  if (ri < 0) return false;
  const last = doc.runs[ri].last;
  const verb = (t: Token | undefined) => {
    const lemma = speechLemma(doc, t);
    return !!lemma && !doc.lex.weakVerbs.has(lemma);
  };
  // "told Cole" has Cole for its object: only a verb after a quotation's close is inverted
  return verb(tokens[last + 1]) || (verb(tokens[k - 1]) && !!tokens[k - 2] && !tokens[k - 2].isWord);
}

/**
 * A mention in its sentence's subject place: no word of the sentence stands before it but those of a
 * quotation and of its own title ("Republican Rep. Lee Zeldin of New York, a Trump supporter, said …").
 */
function standsAsSubject(doc: Doc, pos: number): boolean {
  const sentence = sentenceOf(doc, pos);
  if (!sentence) return false;
  const { tokens, lex } = doc;
  for (let k = tokenAt(tokens, pos) - 1; k >= 0 && tokens[k].start >= sentence.start; k--) {
    const t = tokens[k];
    if (!t.isWord || insideQuote(doc, t.start) || t.cap || lex.titleHeads.has(t.lower) || lex.titleModifiers.has(t.lower)) continue;
    return false;
  }
  return true;
}

const OBJECT_PREPOSITIONS = new Set(['by', 'with', 'to', 'for', 'from', 'of', 'at', 'against', 'about', 'on']);

/** A name after "by", "with", "to" … and at most three title or role words ("by talent manager Scooter Braun"). */
function objectOfPreposition(doc: Doc, pos: number): boolean {
  const { tokens, lex } = doc;
  const k = tokenAt(tokens, pos);
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    const t = tokens[j];
    if (OBJECT_PREPOSITIONS.has(t.lower)) return true;
    if (!t.isWord || (t.cap && !lex.titleHeads.has(t.lower) && !lex.titleModifiers.has(t.lower))) return false;
    // "by talent manager Scooter Braun", "with his wife Michelle", but not "said master of ceremonies Asab
    // Al-Tabchi": the word before the name names what the person is
    if (j === k - 1 && !t.cap && !lex.titleHeads.has(t.lower) && !lex.kinshipWords.has(t.lower)) return false;
  }
  return false;
}
