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

/** Words inside an English office's capitalised domain ("of Health and Human Services", "of the Joint Chiefs of Staff"). */
const DOMAIN_JOINERS = new Set(['of', 'and', 'the', 'for']);

/**
 * "Secretary of State John Kerry", "Director of National Intelligence James Clapper", "Speaker of the
 * House Paul Ryan": an English title whose capitalised head takes its domain after "of" or "for", right
 * before a name. The domain is capitalised words, perhaps joined by "of", "and" or "the"; modifiers before
 * the head ("Former", "Deputy", "former") belong to the title.
 */
export function titleOfDomainBefore(text: string, tokens: readonly Token[], r: NameRun, lex: LexiconData): TitleInfo | null {
  const end = r.first - 1;
  if (!tokens[end]?.cap || lex.prepositions.size > 0 || lex.capitalisedNouns) return null;
  // a person's name of two words or more, none of a body ("President of CNN Worldwide" is all domain)
  if (r.words.length < 2 || r.words.some((w) => inLexicon(lex, lex.organisationWords, w))) return null;
  let k = end;
  // the domain: up to six capitalised words and joiners, ending in a capitalised word
  // (a capitalised function word, "This", is a title-case headline, not a domain)
  while (k > 0 && end - k < 6 && tokens[k].isWord && ((tokens[k].cap && !lex.nonNameCapitals.has(tokens[k].lower)) || DOMAIN_JOINERS.has(tokens[k].lower))) {
    const of = tokens[k].lower === 'of' || tokens[k].lower === 'for';
    const head = tokens[k - 1];
    if (of && k < end && head?.cap && lex.titleHeads.has(head.lower) && !text.slice(head.start, tokens[end].end).includes('\n')) {
      let s = k - 1;
      while (s > 0 && end - s < 10 && tokens[s - 1].isWord && lex.titleModifiers.has(tokens[s - 1].lower)) s--;
      return { title: text.slice(tokens[s].start, tokens[end].end), first: s, last: end };
    }
    k--;
  }
  return null;
}
