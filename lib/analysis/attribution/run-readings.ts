// How the speaker words around a name run are read before the run is taken for a person: a German noun
// after its article, a name followed by a preposition and a place, people of a kind ("Americans").
import type { Doc } from './doc';
import type { NameRun } from './names';
import { pluralOf } from './noun-phrase';
import { commonWordOpening } from './sentence-openers';

/**
 * "Loriot erklärte seine Vorgehensweise: …", "wie es der Name schon sagt": where every noun is
 * capitalised, one capitalised word after an article or a possessive is a noun, not a name, unless the
 * article already names that person elsewhere (the same test as for the people it registers).
 */
export function articleAndNoun(doc: Doc, r: NameRun): boolean {
  const { lex, tokens } = doc;
  return lex.capitalisedNouns && r.words.length === 1 && lex.articles.has(tokens[r.first - 1]?.lower ?? '') && !doc.reg.matchPerson(r.words);
}

/**
 * "señaló Gabriel Boric en Coquimbo", "a déclaré Laurent Fabius à Roissy": a name, then a preposition and
 * another name the name reader kept apart, is the speaker with a place or a body after them; the
 * first name speaks (not the last capitals, as for a bare name). Only languages with a preposition list
 * (English joins "of" into names itself: "Bank of America").
 */
export function leadingName(doc: Doc, first: number, last: number): number | null {
  const ri = doc.runAt[first];
  if (ri < 0 || doc.runAt[last] < 0 || doc.runAt[last] === ri) return null;
  const r = doc.runs[ri];
  return r.first === first && doc.lex.prepositions.has(doc.tokens[r.last + 1]?.lower ?? '') ? ri : null;
}

/**
 * "Many Tunisians accuse …", "70 percent of Americans say", "Vendors on deep web markets advertise":
 * a name run of one word that is a nationality's plural, or a word running text writes in lower case
 * opening its sentence, names people of a kind, not a person (unless the article names someone so).
 */
export function peopleWord(doc: Doc, r: NameRun): boolean {
  if (r.words.length !== 1 || doc.reg.matchPerson(r.words)) return false;
  const word = doc.tokens[r.first].lower;
  return doc.lex.nationalities.has(word) || pluralOf(doc.lex.nationalities, word) || commonWordOpening(doc, r.first, r.last);
}
