import { nounBeforeComplement, pronounLeadingSubject } from './noun-complements';
import { inLexicon, isEnglish, type LexiconData } from '../lexicon';
import { countedNoun } from './counted-nouns';
import type { Doc } from './doc';
import { genitiveOwnerEnd } from './genitive-owner';
import { joinedSeatEnd, nameEnd } from './coordinated-seats';
import { credential, isPossessive } from './names';

/** A token range [first, last] naming a possible speaker. */
export interface Np {
  first: number;
  last: number;
  /** Last token of a parenthetical that follows the words (the verb comes after it). */
  after?: number;
  /** No words name the speaker: the verb stands alone, its subject left out ("…”, dijo."). */
  implicit?: boolean;
  /** The head noun when a genitive owner follows it up to `last` ("Sprecher des Bundestages"). */
  head?: number;
  /** A relative pronoun that is the verb's own subject ("Beck, who said …"): the words are its antecedent. */
  relative?: number;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'another', 'two', 'three', 'several', 'some', 'many', 'other', 'both', 'this', 'that', 'these', 'those']);
/** Adverbs and auxiliaries between a subject and its verb ("she then claimed", "he has said"). */
export const SKIP_BETWEEN = new Set([
  'also', 'then', 'later', 'previously', 'recently', 'has', 'have', 'had', 'once', 'further', 'again',
  'repeatedly', 'just', 'only', 'publicly', 'privately', 'earlier', 'would', 'will', 'could', 'might',
  'may', 'did', 'does', 'do', 'had', 'often', 'always', 'never', 'still', 'quickly', 'simply', 'flatly',
  'angrily', 'firmly', 'quietly', 'bluntly', 'openly', 'already', 'even', 'now', 'since', 'first',
  'frequently', 'has', 'long', 'reportedly', 'allegedly', 'separately', 'initially', 'subsequently',
  'ultimately', 'finally', 'eventually', 'specifically', 'explicitly', 'emphatically', 'memorably',
  'famously', 'pointedly', 'candidly', 'succinctly', 'tearfully', 'proudly', 'confidently',
]);
/** Nouns in -ly that can head a subject ("the family said"). */
const LY_NOUNS = new Set(['family', 'assembly', 'supply', 'monopoly', 'anomaly', 'rally', 'ally', 'bully', 'homily', 'butterfly']);

/** An adverb between a subject and its verb: the listed ones and any long "-ly" word ("cynically"). */
export function isSkippable(t: { lower: string; cap: boolean; isWord: boolean } | undefined): boolean {
  if (!t?.isWord) return false;
  return SKIP_BETWEEN.has(t.lower) || (!t.cap && t.lower.length >= 6 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower));
}
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we']);
/** Words that end a noun phrase read forwards (prepositions, conjunctions, verbs of being, relatives). */
const NP_STOP = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your', 'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'with', 'by', 'from', 'to', 'into', 'about', 'and', 'or', 'but', 'who', 'which', 'that', 'whose', 'where', 'when', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'also', 'then', 'not', 'as', 'than', 'after', 'before', 'during', 'over', 'under', 'while', 'because', 'if']);

/** "und", "oder": a second noun joined to the first in a language that capitalises its nouns. */
const COORDINATORS = new Set(['und', 'oder']);

/** Capitalised words that open sentences and never name a speaker ("But", "Although", "Shortly"). */
const OPENERS = new Set(['but', 'and', 'or', 'so', 'yet', 'although', 'though', 'because', 'while', 'when', 'after', 'before', 'if', 'once', 'since', 'until', 'unless', 'shortly', 'hours', 'days', 'weeks', 'moments', 'minutes', 'meanwhile', 'however', 'still', 'then', 'later', 'earlier', 'instead', 'also', 'even', 'as', 'whether']);

/**
 * A capitalised function word of a language with its own article list ("Según", "También", "Dans"):
 * it opens a sentence, it names nobody. English keeps its own OPENERS (its function-word list holds
 * name parts such as "New" and "North").
 */
function sentenceOpener(doc: Doc, w: string): boolean {
  return !isEnglish(doc.lex) && doc.lex.nonNameCapitals.has(w);
}

function isNpWord(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t?.isWord) return false;
  if (t.cap) return (!doc.lex.speechForms.has(t.lower) || doc.runAt[i] >= 0) && !OPENERS.has(t.lower) && !sentenceOpener(doc, t.lower);
  const nouns = npNouns(doc.lex);
  return nouns.has(t.lower) || pluralOf(nouns, t.lower);
}

/** "the Russian and Syrian defense ministries", "foreign ministers": the plural of a listed noun. */
export function pluralOf(nouns: ReadonlySet<string>, w: string): boolean {
  if (w.length < 4 || !w.endsWith('s') || w.endsWith('ss')) return false;
  return nouns.has(w.slice(0, -1)) || (w.endsWith('ies') && nouns.has(`${w.slice(0, -3)}y`)) || (w.endsWith('es') && nouns.has(w.slice(0, -2)));
}

const NP_EXTRA = ['administration', 'senior', 'top', 'anonymous', 'unnamed', 'former'];
const npNounSets = new WeakMap<LexiconData, Set<string>>();
/** Lower-case words that belong to a describing noun phrase ("the senior administration official"), one set per lexicon. */
function npNouns(lex: LexiconData): Set<string> {
  let set = npNounSets.get(lex);
  if (!set) {
    set = new Set(NP_EXTRA);
    for (const list of [lex.titleHeads, lex.titleModifiers, lex.nationalities, lex.unnamedSourceNouns, lex.organisationWords, lex.kinshipWords, lex.organisationAnaphors.keys(), lex.documentNouns]) {
      for (const w of list) set.add(w);
    }
    npNounSets.set(lex, set);
  }
  return set;
}

/** The words `np` as the antecedent of the relative pronoun at token `relative`, when there is one. */
export function withRelative(np: Np | null, relative: number | undefined): Np | null {
  return np && relative !== undefined ? { ...np, relative } : np;
}

/** The noun phrase that ends at token `end` (a subject before its verb), or null. */
export function npBackward(doc: Doc, end: number, floor: number): Np | null {
  const { tokens } = doc;
  let k = skipAdverbials(doc, end, floor);
  let skipped = 0;
  while (k >= floor && skipped < 3 && (isSkippable(tokens[k]) || doc.lex.auxiliaries.has(tokens[k].lower))) { k--; skipped++; }
  k = skipAdverbials(doc, k, floor);
  if (k > floor && tokens[k].text === ')') {
    let o = k - 1;
    while (o > floor && k - o < 10 && tokens[o].text !== '(') o--;
    if (tokens[o]?.text === '(') k = o - 1;
  }
  if (k >= floor && tokens[k].text === ',') return beforeApposition(doc, k, floor);
  // "Joseph R. Biden Jr. said": the dot of a name's abbreviated suffix, the name before it
  if (k > floor && tokens[k].text === '.' && /^(jr|sr)$/.test(tokens[k - 1].lower) && doc.runAt[k - 1] >= 0) k--;
  if (k < floor || !tokens[k].isWord) return null;
  if (doc.lex.pronouns.has(tokens[k].lower) && doc.runAt[k] < 0) return { first: k, last: k };
  // "Sen. Mitch McConnell of Kentucky said", "Jane Roe of the University of North Carolina said": the person, not the place
  const owner = ownerBeforeOf(doc, k, floor);
  if (owner) return owner;
  // "sources familiar with the matter said"
  if (k - 3 >= floor && tokens[k - 3].lower === 'familiar' && tokens[k - 2].lower === 'with') {
    const inner = npBackward(doc, k - 4, floor);
    return inner ? { first: inner.first, last: k } : null;
  }
  const last = k;
  let first = -1;
  for (let i = k; i >= floor && last - i < 9; i--) {
    const t = tokens[i];
    if (t.text === '.' && i > floor && tokens[i - 1].isWord && (doc.lex.abbreviations.has(tokens[i - 1].lower) || tokens[i - 1].text.length === 1)) continue;
    if (t.text === '-' ) continue;
    if (isDet(doc, t.lower)) { first = i; break; }
    // "the Russian and Syrian defense ministries": nationalities joined before the noun they qualify
    if (t.lower === 'and' && first === i + 1 && i > floor && doc.lex.nationalities.has(tokens[i + 1].lower) && doc.lex.nationalities.has(tokens[i - 1].lower)) continue;
    // a name run is taken whole, back to its first word ("George H.W. Bush", "Omar al-Bashir")
    const run = doc.runAt[i];
    if (run >= 0 && doc.runs[run].last === i && doc.runs[run].first >= floor) { first = i = doc.runs[run].first; continue; }
    if (isNpWord(doc, i)) { first = i; continue; }
    // a lower-case head noun right after a determiner: "the man said", "his wife said"
    if (i === last && !t.cap && t.isWord && i - 1 >= floor && isDet(doc, tokens[i - 1].lower) && !doc.lex.speechForms.has(t.lower)) { first = i; continue; }
    break;
  }
  if (first < 0 || (first === last && isDet(doc, tokens[first].lower))) return null;
  const owned = ownedNoun(doc, first, last, floor) ?? nounBeforeComplement(doc, first, last, floor) ?? pronounLeadingSubject(doc, first, floor);
  if (owned) return owned;
  // "Teachers at the school say": a noun phrase with one prepositional phrase
  const prep = tokens[first - 1]?.lower;
  if (first - 2 >= floor && (prep === 'at' || prep === 'of' || prep === 'for' || prep === 'from' || prep === 'in') && !tokens[last].cap) {
    const head = tokens[first - 2];
    if (head.isWord && !doc.lex.pronouns.has(head.lower) && (isNpWord(doc, first - 2) || /s$/.test(head.lower))) {
      const outer = npBackward(doc, first - 2, floor);
      if (outer && outer.last === first - 2) return { first: outer.first, last };
    }
  }
  return { first, last };
}

/**
 * The subject before an apposition that ends with the comma at `comma`: "Megan Hester, senior associate
 * at the institute, said", "Marley Anderson, 21, a junior from Las Vegas, said", "Another pollster,
 * David Woodard of Clemson University, said". A verb of saying inside the commas ends the search
 * ("…, he said, …"), but not the same word used as a noun ("an expert on political messaging", "the
 * state party chairwoman").
 */
function beforeApposition(doc: Doc, comma: number, floor: number): Np | null {
  const { tokens, runs, runAt } = doc;
  // "A lawyer for the outlets, David Schulz, said": the name in apposition
  const ri = comma > floor ? runAt[comma - 1] : -1;
  if (ri >= 0 && runs[ri].last === comma - 1 && tokens[runs[ri].first - 1]?.text === ',') return { first: runs[ri].first, last: comma - 1 };
  // "The company that runs the AMAs, Dick Clark Productions, denies": an organisation the apposition names
  const apposed = apposedOrganisationBefore(doc, comma, floor);
  if (apposed) return apposed;
  let end = comma;
  for (let hop = 0; hop < 3; hop++) {
    let c = end - 1;
    while (c > floor && end - c < 35 && tokens[c].text !== ',' && !saysHere(doc, c)) c--;
    if (c <= floor || tokens[c].text !== ',') return null;
    const inner = npBackward(doc, c - 1, floor);
    // "Jane Doe, PhD, a psychologist at Yale, said": a degree between commas is an aside too
    if (inner && inner.first === inner.last && credential(tokens, inner.first)) {
      end = c;
      continue;
    }
    // "Sean Robertson, a spokesperson for Inherent Resolve, the U.S. operation …, told": a name after a
    // preposition belongs to the apposition before it
    const objectOf = !!inner && inner.first > floor && /^(for|of|at|in|from|with|to|on)$/.test(tokens[inner.first - 1].lower);
    if (inner && tokens[inner.last].cap && !objectOf) return inner;
    // "Another pollster, David Woodard of Clemson University, said": the description comes first, the
    // name in the apposition speaks
    const named = npBackward(doc, end - 1, c + 1);
    if (named && named.first === c + 1 && runAt[named.last] >= 0 && runs[runAt[named.last]].words.length >= 2) return named;
    // "Marley Anderson, 21, a junior …": a short aside (an age) before the apposition proper
    const aside = !inner && (tokens[c - 2]?.text === ',' || tokens[c - 3]?.text === ',') && c - 3 > floor;
    if (!objectOf && !aside) return null;
    end = c;
  }
  return null;
}

/**
 * Capitalised words between two commas that name an organisation: an organisation word among them
 * ("Dick Clark Productions", which is no name run for it) or a name an apposition made one (see
 * apposed-organisation.ts).
 */
function apposedOrganisationBefore(doc: Doc, comma: number, floor: number): Np | null {
  const { tokens, lex } = doc;
  let k = comma - 1;
  let organisation = false;
  for (; k > floor && comma - k <= 6 && tokens[k].isWord && tokens[k].cap; k--) if (lex.organisationWords.has(tokens[k].lower)) organisation = true;
  if (k === comma - 1 || tokens[k]?.text !== ',') return null;
  const name = doc.text.slice(tokens[k + 1].start, tokens[comma - 1].end);
  return organisation || doc.reg.apposedOrganisation(name) ? { first: k + 1, last: comma - 1 } : null;
}

/** A verb of saying at token i, not the same word as a noun ("political messaging", "the state"). */
function saysHere(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return doc.lex.speechForms.has(t.lower) && !t.lower.endsWith('ing') && !looksLikeNoun(doc, i);
}

/** The noun phrase that starts at token `start` (a subject after its verb: "said Patrick McHugh"). */
export function npForward(doc: Doc, start: number, ceiling: number): Np | null {
  const { tokens } = doc;
  let k = start;
  if (k >= ceiling || !tokens[k]?.isWord) return null;
  if (doc.lex.pronouns.has(tokens[k].lower) && doc.runAt[k] < 0) return { first: k, last: k };
  let last = -1;
  let sawDet = false;
  for (let i = k; i < ceiling && i - k < 10; i++) {
    const t = tokens[i];
    if (t.text === '.' && last === i - 1 && (doc.lex.abbreviations.has(tokens[i - 1].lower) || tokens[i - 1].text.length === 1)) continue;
    if (i === k && isDet(doc, t.lower)) { sawDet = true; continue; }
    // "antwortet Keith dem Parteichef …", "sagte der Minister dem Reporter …": in a verb-second language
    // an article after the noun opens the verb's object, another noun phrase (a genitive owner is read below)
    if (doc.lex.verbSecond && last >= 0 && doc.lex.articles.has(t.lower)) break;
    // "said Jason Gilbert of Cheyenne": "of" after a person's full name tells where the person is from
    if (t.lower === 'of' && last === i - 1 && personNameEndsAt(doc, last)) break;
    // "the New Zealand Department of Conservation"
    if ((t.lower === 'of' || t.lower === 'for' || t.lower === '&') && last === i - 1 && tokens[i - 1].cap && tokens[i + 1]?.cap && i + 1 < ceiling) continue;
    // "Einige Landsleute hätten ihm sogar gesagt": where nouns are capitalised, lower-case words after
    // the noun are no longer the phrase (its adjectives come before it: "der junge Polizist";
    // nor "Trump am Leben": no lower-case role words stand before a name)
    const afterNoun = doc.lex.capitalisedNouns && last >= 0 && tokens[last].cap;
    // ("die Frauenrechtlerin und Pädagogin María Teresa Blandón": a coordinated title goes on)
    if (afterNoun && t.isWord && !t.cap && !(COORDINATORS.has(t.lower) && tokens[i + 1]?.cap && i + 1 < ceiling)) break;
    // "says veteran industry analyst Ken Doctor", "Texas delegate Bill Eastland": a few lower-case role
    // words before a name, first or after capitalised words
    // ("Trump attacked Romney": a past tense after a name is its verb, no role word)
    // ("said director of communications Jane Smith": "of" within the role words)
    const roleWord = isRoleWord(doc, t.lower) || (t.lower === 'of' && i > k && last < 0);
    if ((last < 0 || (last === i - 1 && tokens[last].cap && !t.lower.endsWith('ed'))) && t.isWord && !t.cap && roleWord && roleWordsReachName(doc, i, ceiling)) continue;
    // a name run is taken whole ("George H.W. Bush", "Ursula von der Leyen", "He Jianxiong")
    const run = doc.runAt[i];
    // "Berlin und Paris": two seats of government speak as one
    const seats = i === k && tokens[i].cap ? joinedSeatEnd(doc, i, nameEnd(doc, i)) : -1;
    if (seats >= 0 && seats < ceiling) return { first: k, last: seats };
    if (run >= 0 && doc.runs[run].first === i && doc.runs[run].last < ceiling) { last = i = doc.runs[run].last; continue; }
    if (isNpWord(doc, i)) { last = i; continue; }
    // "told The Washington Post that …", "told The Post": a capitalised verb form closing the title-case
    // name its article opens is part of that name, not a verb
    if (t.cap && sawDet && doc.lex.speechForms.has(t.lower) && (i === k + 1 || (last === i - 1 && tokens[last].cap)) && !tokens[i + 1]?.cap) { last = i; continue; }
    // "said State Senator Ann Lee": a capitalised verb form that qualifies the title after it
    if (t.cap && tokens[i + 1]?.cap && doc.lex.titleHeads.has(tokens[i + 1].lower) && doc.lex.speechForms.has(t.lower) && i + 1 < ceiling) { last = i; continue; }
    if (t.isWord && !t.cap && sawDet && i - k <= 3 && !NP_STOP.has(t.lower) && !doc.lex.prepositions.has(t.lower) && !doc.lex.articles.has(t.lower) && !doc.lex.complementizers.has(t.lower) && !/(ed|ly)$/.test(t.lower) && !doc.lex.speechForms.has(t.lower) && (last < 0 || last === i - 1)) { last = i; continue; }
    // "says farmer Okonkwo Eze": an occupation word before a name
    if (i === k && t.isWord && !t.cap && tokens[i + 1] && doc.runAt[i + 1] >= 0 && !NP_STOP.has(t.lower) && !doc.lex.speechForms.has(t.lower) && !LIGHT_GERUNDS.has(t.lower)) continue;
    // "the New York businessman said": a common noun heads the capitalised words
    if (t.isWord && !t.cap && last === i - 1 && !doc.lex.speechForms.has(t.lower) && !isSkippable(t) && tokens[i + 1] && doc.lex.speechForms.has(tokens[i + 1].lower)) { last = i; break; }
    if (t.isWord && !t.cap && sawDet && last === i - 1 && !doc.lex.speechForms.has(t.lower) && !SKIP_BETWEEN.has(t.lower) && i + 1 < ceiling && tokens[i + 1].isWord && (doc.lex.unnamedSourceNouns.has(tokens[i + 1].lower) || doc.lex.titleHeads.has(tokens[i + 1].lower))) { last = i; continue; }
    break;
  }
  if (last < 0) return null;
  // a party-and-state label after a name: "John Mica (R-Fla.)"
  if (tokens[last + 1]?.text === '(' && tokens[last].cap) {
    let c = last + 2;
    while (c < ceiling && c - last < 9 && tokens[c].text !== ')') c++;
    if (tokens[c]?.text === ')') return { first: k, last, after: c } as Np;
  }
  // "familiar with the matter" after "sources"
  if (tokens[last + 1]?.lower === 'familiar' && tokens[last + 2]?.lower === 'with') {
    let e = last + 3;
    while (e < ceiling && e - last < 7 && tokens[e].isWord && !doc.lex.speechForms.has(tokens[e].lower)) e++;
    last = e - 1;
  }
  const owner = genitiveOwnerEnd(doc, last, ceiling);
  if (owner > 0) return { first: k, last: owner, head: last };
  return { first: k, last };
}

/**
 * "der Sprecher des Ministeriums sagte": read backwards, the words stop at the owner's article; the
 * noun it belongs to is the head of the subject, and the owner is part of it.
 */
function ownedNoun(doc: Doc, first: number, last: number, floor: number): Np | null {
  if (!doc.lex.capitalisedNouns || first - 1 < floor || !isDet(doc, doc.tokens[first].lower)) return null;
  if (genitiveOwnerEnd(doc, first - 1, last + 1) !== last) return null;
  const noun = npBackward(doc, first - 1, floor);
  return noun && noun.last === first - 1 && noun.head === undefined ? { first: noun.first, last, head: noun.last } : null;
}

/** A name run of two words or more, none an organisation's word ("Jason Gilbert", not "Federal Reserve Bank"), ends at `i`. */
function personNameEndsAt(doc: Doc, i: number): boolean {
  const ri = doc.runAt[i];
  if (ri < 0) return false;
  const run = doc.runs[ri];
  return run.last === i && run.words.length >= 2 && !run.words.some((w) => inLexicon(doc.lex, doc.lex.organisationWords, w.toLowerCase()));
}

const OF_WORDS = new Set(['of', 'from', 'at']);
const PLACE_JOINERS = new Set(['of', 'the', 'and', 'for', '&']);

/**
 * The person before "of"/"from"/"at" when a capitalised place or institution ends right before the verb:
 * "Sen. Mitch McConnell of Kentucky", "Penelope Muse Abernathy of the University of North Carolina".
 */
function ownerBeforeOf(doc: Doc, k: number, floor: number): Np | null {
  const { tokens, runs, runAt } = doc;
  if (!tokens[k].cap) return null;
  for (let p = k - 1; p > floor && k - p < 10; p--) {
    const t = tokens[p];
    if (OF_WORDS.has(t.lower)) {
      const ri = runAt[p - 1];
      if (ri >= 0 && runs[ri].last === p - 1 && runs[ri].first >= floor && (runs[ri].words.length >= 2 || honorificOrTitleBefore(doc, runs[ri].first))) {
        return { first: runs[ri].first, last: p - 1 };
      }
    }
    if (!(t.isWord && (t.cap || PLACE_JOINERS.has(t.lower))) && !(t.text === '.' && tokens[p - 1]?.text.length === 1)) return null;
  }
  return null;
}

/** A lower-case word that can describe a person before their name ("veteran", "industry", "analyst"). */
function isRoleWord(doc: Doc, w: string): boolean {
  return !NP_STOP.has(w) && !doc.lex.speechForms.has(w) && !SKIP_BETWEEN.has(w) && !DETERMINERS.has(w) && !w.endsWith('ly') && !LIGHT_GERUNDS.has(w);
}

/**
 * Gerunds of light verbs open a clause after "said" ("said having Trump at the top of the ticket …"),
 * unlike the role words in -ing that may come before a name ("said acting director Ann Lee").
 */
const LIGHT_GERUNDS = new Set(['having', 'being', 'getting', 'making', 'taking', 'giving', 'putting', 'letting', 'keeping', 'seeing', 'doing', 'going', 'allowing', 'leaving', 'bringing', 'sending']);

/** Up to four role words from `i` and then a name run that ends before `ceiling`. */
function roleWordsReachName(doc: Doc, i: number, ceiling: number): boolean {
  const { tokens } = doc;
  for (let j = i; j < ceiling && j - i < 5; j++) {
    // "la integrante de Coendu": a title and a preposition of the language before a name name its
    // organisation, not the person ("opina en cambio Sergi González" still reaches the name)
    if (doc.runAt[j] >= 0) return j > i && tokens[j - 1].end + 1 >= tokens[j].start && !(j - 2 >= i && doc.lex.prepositions.has(tokens[j - 1].lower) && doc.lex.titleHeads.has(tokens[j - 2].lower));
    if (!tokens[j].isWord || tokens[j].cap) return false;
    // "director of communications Jane Smith": "of" between role words, never right before the name
    if (tokens[j].lower === 'of' && doc.runAt[j + 1] < 0) continue;
    if (!isRoleWord(doc, tokens[j].lower)) return false;
  }
  return false;
}

/** A title word or honorific right before a name ("Sen. Mitch McConnell", "Gov. Newsom"). */
function honorificOrTitleBefore(doc: Doc, first: number): boolean {
  let k = first - 1;
  if (doc.tokens[k]?.text === '.') k--;
  const w = doc.tokens[k]?.lower;
  return !!w && (doc.lex.honorifics.has(w) || doc.lex.titleHeads.has(w));
}

export const isDeterminer = (w: string, lex?: LexiconData) => DETERMINERS.has(w) || !!lex?.articles.has(w);
/** English determiners and the language's own articles ("le", "der", "los"). */
const isDet = (doc: Doc, w: string) => (DETERMINERS.has(w) && !doc.lex.auxiliaries.has(w)) || doc.lex.articles.has(w);

const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight']);
const UNITS = new Set(['week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'spring', 'summer', 'fall', 'autumn', 'winter']);
const MEDIA = new Set(['statement', 'interview', 'tweet', 'email', 'speech', 'letter', 'post', 'release', 'briefing', 'memo']);

/** Steps back over time adverbials and "in a statement" between a subject and its verb. */
function skipAdverbials(doc: Doc, k: number, floor: number): number {
  const { tokens } = doc;
  for (let guard = 0; guard < 4 && k >= floor; guard++) {
    const w = tokens[k].lower;
    if (DAYS.has(w)) { k--; if (tokens[k]?.lower === 'on') k--; continue; }
    if (UNITS.has(w) && /^(this|last|next|that|earlier|later)$/.test(tokens[k - 1]?.lower ?? '')) {
      k -= 2;
      if (/^(earlier|later)$/.test(tokens[k]?.lower ?? '')) k--;
      continue;
    }
    if (MEDIA.has(w) && /^(a|an|the|his|her|their|its)$/.test(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.lower === 'in') { k -= 3; continue; }
    break;
  }
  return k;
}

/** Noun signals that are adverbs as well ("an earlier report", "Smith earlier said"). */
const ALSO_ADVERBS = new Set(['earlier', 'first']);

/** Auxiliaries that an adverb may follow before its verb ("had earlier said"). */
const AUXILIARIES = new Set(['had', 'has', 'have', 'would', 'will', 'could', 'did']);

/**
 * "Smith earlier said", "she first told", "had earlier said": right after a name, a pronoun or an
 * auxiliary, the word is an adverb of the verb after it, not an adjective of a noun.
 */
function adverbAfterSubject(doc: Doc, k: number): boolean {
  const before = doc.tokens[k - 1];
  if (!ALSO_ADVERBS.has(doc.tokens[k].lower) || !before) return false;
  return doc.lex.pronouns.has(before.lower) || AUXILIARIES.has(before.lower) || (doc.runAt[k - 1] >= 0 && doc.runs[doc.runAt[k - 1]].last === k - 1);
}

const NOUN_SIGNALS = new Set(['in', 'on', 'at', 'of', 'for', 'with', 'by', 'from', 'to', 'into', 'new', 'latest', 'recent', 'written', 'joint', 'brief', 'short', 'separate', 'earlier', 'previous', 'first', 'final', 'formal']);

/**
 * "The paper reports that …", "the senator claims that …": an inflected form right after a name or a
 * noun and before "that" is the verb, whatever its bare form usually is ("a report", "the claims").
 */
function verbBeforeThat(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  const prev = doc.tokens[i - 1];
  if (doc.tokens[i + 1]?.lower !== 'that' || !prev?.isWord || !/(s|ed)$/.test(t.lower) || t.cap) return false;
  return !isDet(doc, prev.lower) && !NOUN_SIGNALS.has(prev.lower) && !/['’]s?$/.test(prev.lower) && !(prev.cap && doc.lex.nationalities.has(prev.lower));
}

/**
 * "in his opening remarks, Trump said", "their prepared statements": a plural of a noun-like verb
 * after a determiner and one lower-case modifier is the noun (unless "that" follows, as a verb takes it).
 */
export function modifiedPluralNoun(doc: Doc, i: number): boolean {
  const { tokens, lex } = doc;
  const t = tokens[i];
  const prev = tokens[i - 1];
  const det = tokens[i - 2];
  // asked before most verbs of saying: the tests without a look-up first
  if (!det || !t.lower.endsWith('s') || !prev.isWord || prev.cap || !isDet(doc, det.lower) || lex.speechForms.has(prev.lower)) return false;
  // the modifier is an adjective by its ending or by the nouns' usual adjectives ("the campaign claims …" is a verb)
  if (!/(ing|ed)$/.test(prev.lower) && !NOUN_SIGNALS.has(prev.lower)) return false;
  const lemma = lex.speechForms.get(t.lower);
  return !!lemma && lex.nounLikeVerbs.has(lemma) && tokens[i + 1]?.lower !== 'that';
}

/** A speech-verb form used as a noun: "a report", "state news agency", "in a statement". */
export function looksLikeNoun(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (doc.lex.nounLikeVerbs.has(t.lower) && !verbBeforeThat(doc, i)) return true;
  const prev = doc.tokens[i - 1];
  if (!prev) return false;
  if (isDet(doc, prev.lower) || (NOUN_SIGNALS.has(prev.lower) && !adverbAfterSubject(doc, i - 1)) || isPossessive(prev.lower)) return true;
  // "Democratic claims", "Russian statements": an adjective of party or nation before a noun
  if (prev.cap && doc.lex.nationalities.has(prev.lower)) return true;
  if (modifiedPluralNoun(doc, i) || (isEnglish(doc.lex) && countedNoun(doc, i))) return true;
  // "a tweeted message", but "the email said": a document noun is the subject of a finite verb after it
  return prev.isWord && !prev.cap && doc.lex.speechForms.has(prev.lower) && !(doc.lex.documentNouns.has(prev.lower) && !t.lower.endsWith('ing'));
}
