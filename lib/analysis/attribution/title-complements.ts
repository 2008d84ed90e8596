// Titles whose words follow their head, before a name: French and Spanish put adjectives, party labels
// and the office's domain after the title ("le député LREM Mustapha Laabid", "son directeur financier
// Alexandre Nardella", "la ministre des Sports Laura Flessel", "el líder ruso Vladimir Putin").
import { inLexicon, type LexiconData } from '../lexicon';
import { titleBefore, type NameRun, type TitleInfo } from './names';
import type { Token } from './tokens';

/** Languages that write a title's modifiers after its head and do not capitalise every noun. */
const headFirst = (lex: LexiconData) => lex.prepositions.size > 0 && !lex.capitalisedNouns;

const ACRONYM = /^\p{Lu}[\p{Lu}\d-]+$/u;
const QUOTE_MARK = /^[«»“”"‹›]$/;

/** A word after a title's head that describes it: an adjective, a party's initials, a quoted label. */
function modifier(lex: LexiconData, t: Token): boolean {
  if (QUOTE_MARK.test(t.text)) return true;
  if (!t.isWord) return false;
  if (ACRONYM.test(t.text)) return true;
  if (t.cap) return false;
  const w = t.lower;
  if (lex.speechForms.has(w) || lex.nonNameCapitals.has(w) || inLexicon(lex, lex.titleHeads, w)) return false;
  // an adjective, not a verb ("le ministre remercie Jean Dupont" has no title "ministre remercie")
  return lex.nationalities.has(w) || lex.titleModifiers.has(w) || ADJECTIVE.test(w);
}

/** Endings of French and Spanish adjectives (socialiste, financier, russe aside: nationalities are listed). */
const ADJECTIVE = /(?:ique|iste|ien|ienne|ais|aise|al|ale|aux|el|elle|if|ive|aire|ier|ière|eux|euse|ano|ana|ico|ica|ista|ente|ante|ense|ino|ina|ivo|iva|ado|ada|ido|ida)$/;

/**
 * The domain of an office between its head and a name: a preposition, perhaps an article, and one
 * capitalised word ("des Sports", "de la Justice", "du Travail", "de l’Intérieur"). Returns the index
 * of the token before the preposition, or -1.
 */
function complementBefore(lex: LexiconData, tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  // a domain is a common noun with its capital (Sports, Justice), not initials or an institution
  if (!t?.cap || !t.isWord || ACRONYM.test(t.text) || inLexicon(lex, lex.organisationWords, t.lower) || lex.countries.has(t.lower)) return -1;
  let j = k - 1;
  if (lex.articles.has(tokens[j]?.lower ?? '') && OF.has(tokens[j - 1]?.lower ?? '') && !OF.has(tokens[j].lower)) j--;
  return OF.has(tokens[j]?.lower ?? '') ? j - 1 : -1;
}

/** "of" in French and Spanish, alone or joined to its article: the office's domain follows it. */
const OF = new Set(['de', 'des', 'du', 'del', 'd’', "d'"]);

/** The title before a name whose head is followed by its modifiers or its office's domain. */
export function titleWithComplementBefore(text: string, tokens: readonly Token[], first: number, lex: LexiconData): TitleInfo | null {
  if (!headFirst(lex)) return null;
  let k = first - 1;
  const end = k;
  let skipped = 0;
  for (; k >= 0 && skipped < 3; skipped++) {
    const c = complementBefore(lex, tokens, k);
    if (c >= 0) k = c;
    else if (modifier(lex, tokens[k])) k--;
    else break;
    if (text.slice(tokens[k + 1].start, tokens[end].end).includes('\n')) return null;
    if (k >= 0 && tokens[k].isWord && inLexicon(lex, lex.titleHeads, tokens[k].lower) && !lex.kinshipWords.has(tokens[k].lower)) {
      const head = titleBefore(text, tokens, k + 1, lex);
      if (!head) return null;
      // the title ends at its last word, or at the mark closing a quoted label ("député « constructif »")
      let last = end;
      while (last > k && !tokens[last].isWord && !/[»”›]/.test(tokens[last].text)) last--;
      return { title: text.slice(tokens[head.first].start, tokens[last].end), first: head.first, last };
    }
  }
  return null;
}

/**
 * "la ministre des Sports Laura Flessel": the capitalised domain of an office opens the run of
 * capitals that follows it, but it is no part of the name. A run of three or more words right after
 * a title head, a preposition (and an article) loses its first word.
 */
export function withoutTitleComplements(tokens: readonly Token[], runs: NameRun[], lex: LexiconData): NameRun[] {
  if (!headFirst(lex)) return runs;
  for (const r of runs) {
    if (r.words.length < 3 || r.first === r.last) continue;
    const before = complementBefore(lex, tokens, r.first);
    if (before < 0 || !inLexicon(lex, lex.titleHeads, tokens[before].lower)) continue;
    r.first++;
    r.words.shift();
  }
  return runs;
}
