// "22 points behind", "the four states that voted", "a dozen states": after a number, a form that
// could be a verb of saying in -s is a counted plural noun.
import type { Doc } from './doc';

/** Number words and measure words that count the noun after them. */
const COUNTING_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'fifty', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'several', 'percentage']);

/** Most modifiers ("highly critical") between the number and the noun it counts. */
const MAX_MODIFIERS = 2;

/**
 * Whether token i, a form in -s, is a plural noun counted by the number or number word before it,
 * directly or across lower-case modifiers ("two highly critical reports that depicted …").
 */
export function countedNoun(doc: Doc, i: number): boolean {
  const { tokens, lex } = doc;
  const t = tokens[i];
  if (!t || !/s$/.test(t.lower)) return false;
  for (let k = i - 1; k >= 0 && i - k <= MAX_MODIFIERS + 1; k--) {
    const w = tokens[k];
    if (/^\d[\d.,]*$/.test(w.text) || COUNTING_WORDS.has(w.lower)) return true;
    // a modifier is a lower-case word that is no pronoun, article or verb of saying
    if (!w.isWord || w.cap || lex.pronouns.has(w.lower) || lex.articles.has(w.lower) || lex.speechForms.has(w.lower) || FUNCTION_WORDS.has(w.lower)) return false;
  }
  return false;
}

/** Words that join or open clauses: never a modifier between a number and its noun. */
const FUNCTION_WORDS = new Set(['and', 'or', 'but', 'that', 'who', 'which', 'than', 'as', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'about', 'after', 'before', 'since', 'ago', 'later', 'earlier', 'times', 'more', 'most', 'less', 'not']);
