// The words of organisations' names, as the people and organisation readers both ask them.
import type { Doc } from './doc';
import { inLexicon } from '../lexicon';
import { startsSentence } from './opening-common-words';

/** What joins the words of a body's name ("Bank of America", "Food and Drug Administration"). */
export const CONNECTORS = new Set(['of', 'for', 'and', 'on', '&']);

// per capitalised token, so plain character tests instead of regular expressions
export const withoutPossessive = (w: string) => {
  const n = w.length;
  return n > 2 && w.charCodeAt(n - 1) === 115 && (w.charCodeAt(n - 2) === 39 || w.charCodeAt(n - 2) === 0x2019) ? w.slice(0, n - 2) : w;
};
const ACRONYM = /^\p{Lu}[\p{Lu}&]+$/u;

/** "NATO", "AT&T": upper-case letters (and "&") only, two or more. */
export function isAcronym(text: string): boolean {
  if (text.length < 2) return false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) continue;
    if (c === 38 && k > 0) continue;
    if (c < 128) return false;
    return ACRONYM.test(text);
  }
  return true;
}

const NAME_OF = new Set(['of', 'for', '&']);

/**
 * Where the organisation's name starts that the run at `first` closes, joined by "of", "for" or "&"
 * ("Bank of America", "University of Michigan"); -1 when the run closes none. An article is no part
 * of the name, nor is a common word capitalised only because it opens the sentence ("The University
 * of Michigan said", "Then Bank of America said").
 */
export function organisationNameStart(doc: Doc, first: number): number {
  const { tokens, lex } = doc;
  // not "and": "NATO and Biden said" are two
  if (!NAME_OF.has(tokens[first - 1]?.lower ?? '')) return -1;
  let org = false;
  let k = first - 2;
  for (; k >= 0 && first - k <= 6 && tokens[k].cap && tokens[k].isWord; k--) {
    const w = withoutPossessive(tokens[k].lower);
    // a title is no body's name ("the former CEO of Hewlett-Packard" is a person)
    if (inLexicon(lex, lex.titleHeads, w)) return -1;
    const named = inLexicon(lex, lex.organisationWords, w) || isAcronym(tokens[k].text);
    if (!named && (lex.articles.has(w) || (lex.lowercaseWords?.has(w) && startsSentence(tokens, k, doc.text)))) break;
    if (named) org = true;
  }
  return org ? k + 1 : -1;
}
