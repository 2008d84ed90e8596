import { sentenceOf, type Doc } from './doc';
import { isDeterminer } from './noun-phrase';
import { PEOPLE_QUANTITIES } from './counted-subjects';

/**
 * "Early in his campaign, Trump …", "Reached by phone, Smith said", "More recently, Democrats …": a
 * capitalised word opening the sentence that running text writes in lower case (the lexicon's counted
 * `lowercaseWords`) is no name, unless this article names a person so ("Young said" after "Rep. Don Young").
 */
export function lowercaseOpener(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t?.isWord || !t.cap || !doc.lex.lowercaseWords?.has(t.lower)) return false;
  return !doc.reg.matchPerson([t.lower]);
}

/**
 * "Officials said …", "Protesters chanted …", "Vendors say …": a single word that running text writes in
 * lower case (counted: `lowercaseWords`; for a plural, also written so by this very article: "Teachers
 * chanted" where it speaks of "hundreds of teachers") and that opens its sentence is capitalised for that alone: a
 * common noun, neither a person nor an organisation ("the House said" keeps its capital's meaning), unless
 * the article names a person so.
 */
export function commonWordOpening(doc: Doc, first: number, last: number): boolean {
  if (first !== last || !(lowercaseOpener(doc, first) || writtenLowerHere(doc, first))) return false;
  return sentenceOf(doc, doc.tokens[first].start)?.start === doc.tokens[first].start;
}

/** Per article, the answers already found: whether it writes a word in lower case somewhere. */
const writtenLowerOf = new WeakMap<Doc, Map<string, boolean>>();

/**
 * Capitalised token `k` is a plural this article also writes in lower case, and no person it names. (A
 * singular such as "Research suggests" keeps its reading: a document noun is left to speak by its capital.)
 */
function writtenLowerHere(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t?.isWord || !t.cap || !pluralNoun(t.lower)) return false;
  let known = writtenLowerOf.get(doc);
  if (!known) writtenLowerOf.set(doc, (known = new Map()));
  let lower = known.get(t.lower);
  // (few words are asked, so each is sought in the tokens rather than every word of the page indexed)
  if (lower === undefined) known.set(t.lower, (lower = doc.tokens.some((u) => !u.cap && u.lower === t.lower)));
  return lower && !doc.reg.matchPerson([t.lower]);
}

/** Words that open a subject counting people ("Most of them, however, said"). */
const QUANTIFIERS = new Set(['most', 'all', 'each', 'every', 'none', 'no', 'few', 'any', 'half', 'much']);

/** How far an opening adverbial may run before the comma that closes it. */
const MAX_ADVERBIAL = 12;

/** Words after an opener that make it open an adverbial ("Early in …", "Absent a …", "More recently"). */
const ADVERBIAL_NEXT = new Set(['in', 'on', 'at', 'by', 'for', 'with', 'from', 'after', 'before', 'during', 'to', 'of', 'a', 'an', 'the', 'this', 'that']);

/**
 * The shape of an adverbial, not of a subject ("Band member Flea shared …", "Attorneys for Clinton
 * appeared …"): a participle or an adverb ("Speaking Sunday", "Reached by phone", "Hastily"), or a word
 * that is no plural noun before a preposition, an article or an adverb.
 */
function adverbialShape(doc: Doc, s: number, comma: number): boolean {
  const w = doc.tokens[s].lower;
  // "Eight years ago, he …"
  if (doc.tokens[comma - 1]?.lower === 'ago') return true;
  if (/(ing|ed|ly)$/.test(w)) return true;
  const next = doc.tokens[s + 1];
  return !w.endsWith('s') && !!next?.isWord && (ADVERBIAL_NEXT.has(next.lower) || next.lower.endsWith('ly'));
}

/**
 * A lower-case opener that begins an adverbial closed by a comma soon after ("Early in his campaign, |
 * Trump attacked …", "Speaking Sunday on ABC, | Carson admitted"). Not a determiner or a noun that names
 * speakers ("The president, …", "Critics say"), nor a word a comma follows at once ("Critics, however,").
 */
export function opensAdverbial(doc: Doc, s: number, limit: number): boolean {
  const { tokens, lex } = doc;
  const t = tokens[s];
  if (!lowercaseOpener(doc, s) || tokens[s + 1]?.text === ',') return false;
  if (isDeterminer(t.lower, lex) || QUANTIFIERS.has(t.lower) || lex.unnamedSourceNouns.has(t.lower) || lex.titleHeads.has(t.lower) || lex.pronouns.has(t.lower)) return false;
  for (let c = s + 1; c < limit && c - s <= MAX_ADVERBIAL; c++) {
    if (tokens[c].text === ',') return adverbialShape(doc, s, c);
    // "Tunnels say …": a verb of saying before any comma, the opener is its subject
    if (lex.speechForms.has(tokens[c].lower) && !tokens[c].lower.endsWith('ing')) return false;
  }
  return false;
}

/** End punctuation, and the closing quotation marks that may follow it. */
const SENTENCE_END = /^[.!?]$/;
const CLOSING_QUOTE = /^[”"’]$/;

/**
 * Token k is the first word of its sentence (after any opening quotation mark or bracket), or follows a
 * quotation that ends its own sentence (“… including me.” | Having announced …), which the sentence
 * splitter may keep with the words after it.
 */
export function opensSentence(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const s = sentenceOf(doc, tokens[k].start);
  if (!s) return false;
  if (CLOSING_QUOTE.test(tokens[k - 1]?.text ?? '') && SENTENCE_END.test(tokens[k - 2]?.text ?? '')) return true;
  for (let j = k - 1; j >= 0 && tokens[j].start >= s.start; j--) if (tokens[j].isWord) return false;
  return true;
}

/**
 * "Others", "Critics", "Demonstrators": a plural noun may well name the speakers. Not "It’s", "There’s":
 * a verb joined to the word makes no plural.
 */
function pluralNoun(w: string): boolean {
  return /[^'’]s$/u.test(w);
}

/** The verb endings English joins to a subject pronoun ("he’s", "I’m", "they’re", "we’ve"). */
const JOINED_VERB = /^(\p{L}+)['’](s|m|re|ve|ll|d)$/u;

/** "He’s claiming …", "They’re saying …": a person's pronoun with its verb joined on (not "It’s"). */
function personPronounJoined(doc: Doc, w: string): boolean {
  const m = JOINED_VERB.exec(w);
  const kind = m ? doc.lex.pronouns.get(m[1]) : undefined;
  return !!kind && kind !== 'neuter';
}

/**
 * A speaker's words that are one capitalised word opening its sentence, written in lower case elsewhere
 * ("More [recently, Democrats have …]", "Tunnels [are so numerous …]"): nobody's name.
 */
export function openerAlone(doc: Doc, first: number, last: number): boolean {
  const w = doc.tokens[first].lower;
  // "Others shouted", "Critics say", "Some said": a plural noun or a quantity alone may well be the speakers
  return first === last && !pluralNoun(w) && !personPronounJoined(doc, w) && !PEOPLE_QUANTITIES.has(w) && lowercaseOpener(doc, first) && opensSentence(doc, first) &&
    !doc.lex.unnamedSourceNouns.has(w) && !doc.lex.titleHeads.has(w);
}

/** Most tokens a dateline has before its dash ("WASHINGTON —", "NEW YORK (AP) —", "KABUL, Afghanistan —"). */
const MAX_DATELINE = 6;

/**
 * "WASHINGTON — Sen. Bernie Sanders (I-Vt.) defended …": a place in capitals and a dash open the story
 * without being its subject. The token after the dash, or `s` when there is no dateline.
 */
export function pastDateline(doc: Doc, s: number, limit: number): number {
  const { tokens } = doc;
  const t = tokens[s];
  if (!t?.isWord || t.text.length < 2 || t.text !== t.text.toUpperCase() || !/\p{Lu}/u.test(t.text)) return s;
  for (let k = s + 1; k < limit && k - s <= MAX_DATELINE; k++) {
    if (/^[—–―]$/.test(tokens[k].text)) return k + 1;
    // "(AP)", ", Afghanistan": a news agency or the country may follow the place
    if (!tokens[k].isWord && !/^[,()]$/.test(tokens[k].text)) return s;
  }
  return s;
}
