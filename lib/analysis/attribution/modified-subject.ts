// A reporter named by a noun phrase that opens the sentence and carries a modifier up to its verb of
// saying, where reading backwards from the verb finds only the modifier's last words.
import { FINITE } from './clause-basics';
import { sentenceSubject } from './cues';
import type { Doc } from './doc';
import { isEnglish } from '../lexicon';
import type { Np } from './noun-phrase';

/** Longest modifier read between the head noun phrase and the verb (PolNeAR train: relatives up to ~15 words). */
const MAX_MODIFIER_TOKENS = 20;

const RELATIVE = new Set(['who', 'whose']);
// "that" and "which" open a relative about the head only with their own verb next ("the group that
// has backed him said"); before a subject they carry another reporter ("the case that he has said …")
const RELATIVE_WITH_VERB = new Set(['that', 'which']);
const PREPOSITION = new Set(['in', 'at', 'of', 'from', 'with', 'for', 'across', 'on', 'inside', 'outside', 'close', 'near', 'behind', 'within']);
const DASH = /^(—|–|--|-)$/;
// a short aside between commas before the verb ("Legislative leaders in North Carolina, for instance, noted")
const ASIDE_START = /^(for|however|too|also|meanwhile|moreover|though|in|by|at|on|nonetheless|likewise|similarly|instead)$/;

/**
 * "The state officials whose laws have been invalidated say …", "Republican activists clamoring to
 * block Trump say …", "Legislative leaders in North Carolina, for instance, noted …", "The justice --
 * who has been in a scuffle with the nominee -- said …": the head noun phrase speaks; the relative,
 * participle, prepositional phrase or aside only says which of them. Null when the words between are
 * not one such modifier (another clause, a quotation, another verb of saying).
 */
export function modifiedSubject(doc: Doc, ts: number, v: number): Np | null {
  const { tokens, lex } = doc;
  // the relatives, prepositions and participle endings below are English
  if (!isEnglish(lex)) return null;
  const head = sentenceSubject(doc, ts, v);
  if (!head || head.last >= v - 1 || (head.first === head.last && lex.pronouns.has(tokens[head.first].lower))) return null;
  const m = head.last + 1;
  let end = v;
  // an aside closing right before the verb: between commas a short adverbial, between dashes anything
  const closer = tokens[end - 1].text;
  if (closer === ',' || DASH.test(closer)) {
    let k = end - 2;
    while (k >= m && tokens[k].text !== closer) k--;
    if (k < m) return null;
    if (closer === ',') {
      const shortAside = end - 1 - (k + 1) <= 4 && ASIDE_START.test(tokens[k + 1]?.lower ?? '');
      if (!shortAside && !(k === m && clauseAside(doc, k + 1, end - 1))) return null;
    } else if (!plainWords(doc, k + 1, end - 1, true)) return null;
    end = k;
  }
  if (end - m > MAX_MODIFIER_TOKENS) return null;
  if (end > m) {
    const first = tokens[m];
    const relative = RELATIVE.has(first.lower) || (RELATIVE_WITH_VERB.has(first.lower) && FINITE.test(tokens[m + 1]?.lower ?? ''));
    const preposition = PREPOSITION.has(first.lower);
    const participle = first.isWord && !first.cap && /..(ing|ed)$/.test(first.lower) && !lex.speechForms.has(first.lower);
    if (!relative && !preposition && !participle) return null;
    if (!plainWords(doc, m, end, relative)) return null;
  }
  return { first: head.first, last: head.last };
}

/**
 * "Experts and U.S. officials, however, said": the last token before a short adverbial aside that ends
 * at the comma `comma` right before the verb, or `comma` itself when no such aside closes there.
 */
export function beforeShortAside(doc: Doc, floor: number, comma: number): number {
  const { tokens } = doc;
  if (tokens[comma]?.text !== ',') return comma;
  let k = comma - 1;
  while (k > floor && comma - k <= 5 && tokens[k].text !== ',') k--;
  return k > floor && tokens[k].text === ',' && ASIDE_START.test(tokens[k + 1]?.lower ?? '') ? k - 1 : comma;
}

/** Longest aside between commas right after the head (PolNeAR train: anonymity clauses run to ~20 words). */
const MAX_ASIDE_TOKENS = 25;
/** Words opening a clause or phrase set between commas after the subject. */
const CLAUSE_ASIDE_START = new Set(['who', 'whose', 'including', 'like', 'when', 'while', 'after', 'before', 'as', 'although', 'though', 'however', 'speaking']);

/**
 * "The official, who spoke on the condition of anonymity …, said", "Several candidates, including
 * Trump, said", "Powell’s office, when contacted by Reuters, said", "One former employee, speaking on
 * condition of anonymity, said": a relative, participle or adverbial clause between commas after the
 * subject, with no other verb of saying (another report) in it.
 */
function clauseAside(doc: Doc, a: number, b: number): boolean {
  const first = doc.tokens[a];
  if (!first?.isWord || b - a > MAX_ASIDE_TOKENS || b - a < 1) return false;
  const opens = CLAUSE_ASIDE_START.has(first.lower) || (!first.cap && /..(ing|ed)$/.test(first.lower) && !doc.lex.speechForms.has(first.lower));
  return opens && plainWords(doc, a, b, true);
}

/**
 * Words only (hyphens, apostrophes, abbreviation dots), no other verb of saying (another report) and,
 * outside a relative clause, no finite verb (the modifier would be a clause of its own).
 */
function plainWords(doc: Doc, a: number, b: number, verbsAllowed: boolean): boolean {
  const { tokens, lex } = doc;
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (!t.isWord) {
      if (!/^[-.’'&]$/.test(t.text)) return false;
      continue;
    }
    if (!t.cap && lex.speechForms.has(t.lower) && !lex.nounLikeVerbs.has(t.lower)) return false;
    if (!verbsAllowed && FINITE.test(t.lower)) return false;
  }
  return true;
}
