// "la ministre de la Culture a déclaré", "le porte-parole du gouvernement a affirmé", "le conseiller
// com du président lâche": in a language that puts the complement after its noun, the words right
// before the verb are the complement ("du président"); the speaker is the noun before it. The
// prepositions that open such a complement are data of each language (`nounComplements`).
import type { Doc } from './doc';
import type { Np } from './noun-phrase';
import { inLexicon } from '../lexicon';

/** How many describing words may stand between the determiner and the preposition ("conseiller com"). */
const MAX_WORDS = 3;

/** A word that can head a speaker's description: a title, a source noun, a body, a relative. */
function speakerNoun(doc: Doc, w: string): boolean {
  const { lex } = doc;
  return inLexicon(lex, lex.titleHeads, w) || inLexicon(lex, lex.unnamedSourceNouns, w) || lex.organisationAnaphors.has(w) || lex.kinshipWords.has(w);
}

/**
 * The whole description when the noun phrase [first, last] is the complement of a speaker noun before
 * it ("le conseiller com" + "du président"), with that noun as head; null otherwise.
 */
export function nounBeforeComplement(doc: Doc, first: number, last: number, floor: number): Np | null {
  const { tokens, lex } = doc;
  const openers = lex.nounComplements;
  if (!openers?.size) return null;
  // "la ministre des Sports Laura Flessel": the name after the office speaks
  const ri = doc.runAt[last];
  if (ri >= 0 && doc.runs[ri].words.length >= 2) return null;
  // "du président" opens with its preposition; "de la Culture" has it one word before
  const p = openers.has(tokens[first].lower) ? first : openers.has(tokens[first - 1]?.lower ?? '') ? first - 1 : -1;
  if (p <= floor) return null;
  let head = -1;
  for (let k = p - 1; k >= floor && p - k <= MAX_WORDS + 1; k--) {
    const t = tokens[k];
    if (!t.isWord) return null;
    if (lex.articles.has(t.lower)) return head > k ? { first: k, last, head } : null;
    if (t.cap) return null;
    if (lex.speechForms.has(t.lower) || lex.auxiliaries.has(t.lower) || lex.prepositions.has(t.lower)) return null;
    if (speakerNoun(doc, t.lower)) head = k;
  }
  return null;
}

/**
 * "le ministre de l’Intérieur", "la ministre des Sports": a capitalised word after a title, its
 * preposition and an article names the office's field, not a person ("le conseiller d’Emmanuel
 * Macron", without an article, does name one).
 */
export function officeField(doc: Doc, first: number): boolean {
  const { tokens, lex } = doc;
  const openers = lex.nounComplements;
  if (!openers?.size) return false;
  let k = first - 1;
  const contracted = openers.has(tokens[k]?.lower ?? '') && lex.articles.has(tokens[k].lower);
  if (!contracted) {
    if (!lex.articles.has(tokens[k]?.lower ?? '')) return false;
    k--;
    if (!openers.has(tokens[k]?.lower ?? '')) return false;
  }
  const title = tokens[k - 1];
  return !!title && inLexicon(lex, lex.titleHeads, title.lower);
}

/**
 * "Lui et ses sbires accusent …": a subject led by a stressed pronoun and a coordinator speaks for the
 * person the pronoun stands for; the returned words are the pronoun alone (null: no such lead).
 */
export function pronounLeadingSubject(doc: Doc, first: number, floor: number): Np | null {
  const { tokens, lex } = doc;
  const p = first - 2;
  if (p < floor || !lex.coordinators?.has(tokens[first - 1].lower) || !lex.stressedPronouns?.has(tokens[p].lower)) return null;
  return p === floor || !tokens[p - 1].isWord ? { first: p, last: p } : null;
}
