// How the speaker words around a name run are read before the run is taken for a person: a German noun
// after its article, a name followed by a preposition and a place, people of a kind ("Americans").
import type { Doc } from './doc';
import type { NameRun } from './names';
import type { Token } from './tokens';
import { pluralOf } from './noun-phrase';
import { commonWordOpening } from './sentence-openers';
import { inLexicon, isEnglish, type LexiconData } from '../lexicon';

/**
 * "Loriot erklärte seine Vorgehensweise: …", "wie es der Name schon sagt", "Auf der anderen Seite",
 * "zur Pandemie erklärt": where every noun is capitalised, a capitalised word after an article, a
 * possessive or a preposition holding an article opens a noun, not a name. Token `first` follows one;
 * with `adjectives`, up to two inflected adjectives may stand between ("meint der 28-jährige Sudanese").
 */
export function afterArticle(doc: Doc, first: number, adjectives: boolean): boolean {
  const { lex, tokens } = doc;
  let k = first - 1;
  while (adjectives && k >= 0 && first - k <= 2 && !opensNoun(lex, tokens[k]) && inflectedAdjective(tokens[k])) k--;
  return opensNoun(lex, tokens[k]);
}

/** An article, a possessive or a preposition holding an article ("der", "seine", "zur"). */
function opensNoun(lex: LexiconData, t: Token | undefined): boolean {
  return !!t && (lex.articles.has(t.lower) || !!lex.contractedArticles?.has(t.lower));
}

/** A lower-case word in an adjective's inflected ending ("anderen", "28-jährige"), as German writes one before its noun. */
function inflectedAdjective(t: Token): boolean {
  if (!t.isWord || t.cap) return false;
  const w = t.lower;
  const last = w.charCodeAt(w.length - 1);
  // e, n, r, s, m after an e: -e, -en, -er, -es, -em
  return w.length > 2 && (last === 101 || (w.charCodeAt(w.length - 2) === 101 && (last === 110 || last === 114 || last === 115 || last === 109)));
}

/**
 * "señaló Gabriel Boric en Coquimbo", "a déclaré Laurent Fabius à Roissy": a name, then a preposition and
 * another name the name reader kept apart, is the speaker with a place or a body after them; the
 * first name speaks (not the last capitals, as for a bare name). So does an English name with the place
 * or the body it comes from ("President Vladimir Putin of Russia said", "Representative Peter T. King of
 * New York said"), as a registered person: English joins "of" into the names of bodies ("Bank of America").
 */
export function leadingName(doc: Doc, first: number, last: number): number | null {
  const { tokens, runAt, runs } = doc;
  // the name may follow its title within the phrase ("President Vladimir Putin of Russia")
  let k = first;
  while (k < last && runAt[k] < 0 && tokens[k].cap) k++;
  const ri = runAt[k];
  if (ri < 0 || runAt[last] === ri || !tokens[last].cap) return null;
  const r = runs[ri];
  const after = tokens[r.last + 1]?.lower ?? '';
  if (r.first === first && runAt[last] >= 0 && doc.lex.prepositions.has(after)) return ri;
  // (not a body's word: "The Republic of Turkey denies")
  const body = inLexicon(doc.lex, doc.lex.organisationWords, r.words[r.words.length - 1]);
  return r.first === k && ENGLISH_ORIGINS.has(after) && isEnglish(doc.lex) && !body && !!doc.reg.matchPerson(r.words) ? ri : null;
}

/** What joins an English name to the place or body its bearer comes from. */
const ENGLISH_ORIGINS = new Set(['of', 'from']);

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

/**
 * "The Hill reported", "the Guardian said": in English a name of one word after "the" is a body's or a
 * thing's, never a person's.
 */
export function definiteName(doc: Doc, r: NameRun): boolean {
  return r.words.length === 1 && isEnglish(doc.lex) && doc.tokens[r.first - 1]?.lower === 'the';
}
