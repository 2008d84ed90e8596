import type { Span } from '../types';
import { insideQuote, sentenceOf, type Doc } from './doc';
import type { EntityRec } from './entities';
import { foldedName, genderBefore, isAdverb, sameNameWord } from './names';
import { tokenAt } from './tokens';
import { mentionRoles } from './mention-roles';
import { organisationNameStart } from './organisation-words';
import { isDeterminer, pluralOf, type Np } from './noun-phrase';
import { afterArticle, definiteName, leadingName, peopleWord } from './run-readings';
import { joinedPronoun } from './doc';
import { inLexicon } from '../lexicon';
import { areJoinedSeats } from './coordinated-seats';
import { apposedRunOrganisation } from './apposed-organisation';
import { describedPerson, lendTitle, titleHolds } from './described-person';
import { authorOfWork } from './authored-works';
import { genitiveBase } from './genitive-owner';
import { commonWordOpening, openerAlone } from './sentence-openers';
import { isPublication, publicationBefore, publicationEnd, publicationNounAt } from './publications';
import { roleHolder } from './role-anaphors';
import { placeStart } from './places';

export interface Resolved {
  ent: EntityRec | null;
  mention: Span;
  /** How the words led to the entity: a name, a pronoun, an anaphor or an unnamed source. */
  via: 'name' | 'pronoun' | 'anaphor' | 'organisation' | 'unnamed';
}

/** "Donald Trump’s" -> "Donald Trump", "Chris Jones’" -> "Chris Jones". */
const withoutPossessive = (name: string) => name.replace(/(?<=\p{L})['’]s?$/u, '');

/** The full name for a bare name word: the earliest multi-word name in the text holding it. */
export function fullNameFor(doc: Doc, words: readonly string[]): string | null {
  if (!words.length) return null;
  const runs = doc.fullNames.get(foldedName(words[words.length - 1])) ?? doc.fullNames.get(foldedName(words[0])) ?? [];
  for (const r of runs) {
    if (words.every((w) => r.words.some((x) => sameNameWord(x, w)))) return r.name ?? withoutPossessive(doc.text.slice(doc.tokens[r.first].start, r.end));
  }
  return null;
}

/** The person entity for a name run (bare surnames join the full name). */
export function personFor(doc: Doc, runIndex: number): EntityRec {
  const r = doc.runs[runIndex];
  const at = doc.tokens[r.first].start;
  const known = doc.reg.matchPerson(r.words);
  if (known) {
    // "Hawk Sawyer" seen first, "Kathleen Hawk Sawyer" later: the entity takes the fuller name
    doc.reg.widen(known, r.name ?? withoutPossessive(doc.text.slice(at, r.end)), r.words);
    return known;
  }
  const full = r.words.length === 1 ? fullNameFor(doc, r.words) : null;
  const name = r.name ?? withoutPossessive(full ?? doc.text.slice(at, r.end));
  const ent = doc.reg.person(name, at);
  const g = genderBefore(doc.tokens, r.first, doc.lex);
  if (g && !ent.gender) ent.gender = g;
  return ent;
}

/**
 * "In what he acknowledged as a rant, President Obama took a whack at …": a pronoun with no one before
 * it may point ahead, to the first person the rest of its sentence names (of its gender, when known).
 */
function personLaterInSentence(doc: Doc, at: number, gender: 'male' | 'female'): EntityRec | null {
  const sentence = sentenceOf(doc, at);
  if (!sentence) return null;
  for (let k = tokenAt(doc.tokens, at) + 1; k < doc.tokens.length && doc.tokens[k].start < sentence.end; k++) {
    const ri = doc.runAt[k];
    if (ri < 0 || doc.runs[ri].first !== k || insideQuote(doc, doc.tokens[k].start)) continue;
    const person = doc.reg.matchPerson(doc.runs[ri].words);
    if (person && (!person.gender || person.gender === gender)) return person;
  }
  return null;
}

function pronoun(doc: Doc, word: string, at: number): EntityRec | null {
  const kind = word === 'implicit' ? 'implicit' : doc.lex.pronouns.get(word);
  const skip = (pos: number) => insideQuote(doc, pos);
  if (kind === 'male' || kind === 'female') {
    const e = doc.reg.subjectAntecedent(at, kind, skip, mentionRoles(doc)) ?? personLaterInSentence(doc, at, kind);
    if (e && !e.gender) e.gender = kind;
    return e;
  }
  // a verb without its subject word (Spanish "dijo") goes on with the last subject: never a person
  // named after a preposition ("la intención de Putin"), and the subject of the sentence before when
  // the person last named was only named inside it
  if (kind === 'implicit') {
    const notSubject = (pos: number) => skip(pos) || afterPreposition(doc, pos);
    return doc.reg.subjectAntecedent(at, null, notSubject, { sentenceOf: (pos) => sentenceOf(doc, pos) });
  }
  if (kind === 'neuter') {
    return doc.reg.antecedent(at, (x) => x.type === 'organization' && doc.reg.speakers.has(x), skip, 1500) ??
      doc.reg.antecedent(at, (x) => x.type === 'organization', skip);
  }
  if (kind === 'plural') {
    // "ils", "they": people of a group or a body, never a newspaper
    const fits = (x: EntityRec) => x.type !== 'person' && !isPublication(doc, x);
    return doc.reg.antecedent(at, (x) => fits(x) && doc.reg.speakers.has(x), skip, 1500) ??
      doc.reg.antecedent(at, fits, skip, 1500);
  }
  return null;
}

const NONE = new Set<string>();

/**
 * "the former CEO of Hewlett-Packard", "the CEO of Apple": a title after "the", with no body's word in the
 * phrase, describes a person the article may not name; it is no organisation's name.
 */
function describedByTitle(doc: Doc, np: Np, first: number, end: number): boolean {
  const { tokens, lex } = doc;
  if (first === np.first || tokens[np.first].lower !== 'the' || !lex.titleHeads.has(tokens[np.last].lower)) return false;
  for (let k = first; k <= end; k++) if (tokens[k].cap && inLexicon(lex, lex.organisationWords, tokens[k].lower)) return false;
  return true;
}

/** A mention right after a preposition ("de Putin", "en Ginebra"): an object, not a subject. */
function afterPreposition(doc: Doc, pos: number): boolean {
  const before = doc.tokens[tokenAt(doc.tokens, pos) - 1];
  return !!before && doc.lex.prepositions.has(before.lower);
}


/**
 * "el Presidente", "der US-Präsident", "la vicepresidenta": a definite title alone stands for the
 * person of that title, the one mentioned last before it (or, failing that, the first one after).
 */
function titleAnaphor(doc: Doc, np: Np, head: string, at: number, complement: readonly string[] = [], owned = false, end = np.last): EntityRec | null {
  const { lex, reg, tokens } = doc;
  if (!lex.definiteArticles.has(tokens[np.first].lower)) return null;
  // "der Franzose", "der 45-Jährige", "l’intéressé": a description, not an office anyone holds
  if (np.first + 1 === np.last && inLexicon(lex, lex.personDescriptions ?? NONE, head)) return describedPerson(doc, np, head, at);
  // "el periodista ruso": in French and Spanish the head comes first, its adjectives after it
  if (!inLexicon(lex, lex.titleHeads, head)) {
    const word = tokens.slice(np.first + 1, np.last + 1).find((t) => inLexicon(lex, lex.titleHeads, t.lower));
    if (!word) return null;
    head = word.lower;
  }
  // "la ministre de la Culture": the holder's title names the same office, complement and all
  const fits = (e: EntityRec) => e.type === 'person' && titleHolds(e.title, head) && complement.every((w) => titleHolds(e.title, w));
  const holder = reg.antecedent(at, fits, () => false, Infinity) ?? reg.all.find(fits);
  if (holder) {
    lendTitle(doc, holder, np.first + 1, end);
    return holder;
  }
  const gender = lex.articleGenders?.get(tokens[np.first].lower) ?? null;
  const office = tokens[np.last].cap && np.first + 1 === np.last ? incumbent(doc, tokens[np.last].text, gender) : null;
  const described = office ?? describedPerson(doc, np, head, at, owned);
  // an office with its complement ("la ministre de la Culture", "le conseiller com du président") is
  // the person known to hold it, not merely the person last named ("Laura Flessel, ministre des Sports"
  // is not "la ministre de la Santé")
  if (described && complement.length && !fits(described)) return null;
  if (described && !office) lendTitle(doc, described, np.first + 1, end);
  return described;
}

/**
 * "el Presidente", "der Kanzler": an office written with its capital and held by nobody named with
 * that title is the office of the article's main person, the untitled person named most often (at
 * least three times, and clearly more than anyone else of the article's gender). That person takes the title.
 */
function incumbent(doc: Doc, title: string, gender: 'male' | 'female' | null): EntityRec | null {
  let best: EntityRec | null = null;
  let second = 0;
  for (const e of doc.reg.all) {
    // "el Presidente" is no office of a woman known as one
    if (e.type !== 'person' || e.words.length < 2 || (gender && e.gender && e.gender !== gender)) continue;
    if (!best || e.mentions.length > best.mentions.length) {
      second = best?.mentions.length ?? 0;
      best = e;
    } else if (e.mentions.length > second) second = e.mentions.length;
  }
  if (!best || best.title || best.mentions.length < 3 || best.mentions.length < 2 * second) return null;
  doc.reg.setTitle(best, title, 1);
  return best;
}

/**
 * "China’s ambassador accused …" before or after "China’s ambassador to Britain Liu Xiaoming": a title
 * owned by a named place or body names one office, so it stands for the one person whose title holds
 * both the owner and the head word (none when two people fit).
 */
function possessiveTitle(doc: Doc, np: Np, head: string): EntityRec | null {
  const { lex, reg, tokens } = doc;
  const owner = tokens[np.first];
  if (!owner.cap || np.first === np.last || !/['’]s$/.test(owner.lower) || !inLexicon(lex, lex.titleHeads, head)) return null;
  const stem = owner.lower.slice(0, -2);
  const fits = reg.all.filter((e) => {
    if (e.type !== 'person' || !e.title || !titleHolds(e.title, head)) return false;
    return e.title.toLowerCase().split(/[^\p{L}-]+/u).includes(stem);
  });
  return fits.length === 1 ? fits[0] : null;
}

/**
 * "a 2018 survey by Penelope Muse Abernathy of the University of North Carolina": a work named by its
 * author speaks for the person, not for the place at the end of the words.
 */
function authorOf(doc: Doc, np: Np): Np {
  const { tokens, runs, runAt } = doc;
  for (let k = np.first + 1; k < np.last; k++) {
    if (tokens[k].lower !== 'by') continue;
    const ri = runAt[k + 1];
    if (ri >= 0 && runs[ri].first === k + 1 && runs[ri].words.length >= 2 && runs[ri].last <= np.last) return { first: k + 1, last: runs[ri].last };
    return np;
  }
  return np;
}

/**
 * The content words of a title's complement after its head ("de la Culture" -> culture), in a language
 * that writes complements after the noun (`nounComplements`); none elsewhere.
 */
function complementWords(doc: Doc, from: number, to: number): string[] {
  const { tokens, lex } = doc;
  if (!lex.nounComplements?.size) return [];
  const out: string[] = [];
  for (let k = from; k <= to; k++) if (tokens[k].isWord && !lex.nounComplements.has(tokens[k].lower) && !lex.articles.has(tokens[k].lower)) out.push(tokens[k].lower);
  return out;
}

/**
 * "El viernes pasado un alto cargo de defensa aclaró": an indefinite article inside the words opens the
 * speaker's description; what comes before it is a time or a place, not part of who speaks.
 */
function fromInnerArticle(doc: Doc, np: Np): Np {
  const articles = doc.lex.indefiniteArticles;
  if (!articles?.size) return np;
  for (let k = (np.head ?? np.last) - 1; k > np.first; k--) if (articles.has(doc.tokens[k].lower)) return { ...np, first: k };
  return np;
}

/**
 * "he’s" -> "he", "they're" -> "they": a personal pronoun without an English contracted verb ("It's" is
 * nearly always "it is" before a predicate, no speaker, and stays as it is).
 */
const withoutContraction = (w: string) => (/^(he|she|they|we|i)['’](s|re|ve|ll|d|m)$/.test(w) ? w.replace(/['’]\w+$/, '') : w);

/**
 * The speaker a name run names, from the words that start at `first`: no one for a German noun after
 * its article, the government of a place, a body named by its word and one capitalised word ("precisó el
 * Banco Central", "the Daily Caller reported"; a person's name of several words keeps a title word
 * before it), an organisation an apposition names, or else a person.
 */
function nameRunSpeaker(doc: Doc, ri: number, first: number, mention: Span): Resolved | null {
  const { tokens, lex, reg, text } = doc;
  const run = doc.runs[ri];
  const at = mention.start;
  const known = reg.matchPerson(run.words);
  if (!known && definiteName(doc, run)) return { ent: reg.named(text.slice(tokens[run.first].start, run.end), 'organization', at), mention, via: 'organisation' };
  // "Politico reported", "according to Bloomberg", "berichtete der Spiegel": a publication
  const publication = known ? -1 : publicationEnd(doc, run.first);
  if (publication >= run.last) return { ent: reg.named(text.slice(tokens[run.first].start, tokens[publication].end), 'organization', at), mention, via: 'organisation' };
  // where every noun is capitalised, one word alone speaks only as someone the article names, never as
  // a noun after its article ("wie es der Name schon sagt", "meint der 28-jährige Sudanese", "zur
  // Pandemie erklärt") and otherwise as a name it gives in full elsewhere ("so Jobs" after "Steve Jobs";
  // "erklärt die Bedeutung der Buttons und Icons:" has no speaker "Icons")
  if (!known && lex.capitalisedNouns && run.words.length === 1 && (afterArticle(doc, run.first, true) || !fullNameFor(doc, run.words))) return null;
  // "Bank of America said", "the University of Michigan said" (the words read as the subject may
  // start at the place)
  const named = known ? -1 : organisationNameStart(doc, run.first);
  if (named >= 0 && (named >= first || first === run.first)) {
    const start = tokens[Math.min(named, first)].start;
    return { ent: reg.named(text.slice(tokens[named].start, run.end), 'organization', start), mention: { start, end: mention.end }, via: 'organisation' };
  }
  const seat = known ? -1 : placeStart(doc, first, run);
  if (seat >= 0) return { ent: reg.named(text.slice(tokens[seat].start, run.end), 'organization', at), mention, via: 'organisation' };
  const body = run.first - 1;
  if (!known && body >= first && run.words.length === 1 && tokens[body].cap && inLexicon(lex, lex.organisationWords, tokens[body].lower)) {
    return { ent: reg.named(text.slice(tokens[body].start, run.end), 'organization', at), mention, via: 'organisation' };
  }
  const org = apposedRunOrganisation(doc, run);
  if (org) return { ent: org, mention, via: 'organisation' };
  return { ent: personFor(doc, ri), mention, via: 'name' };
}

/** Turns the words naming a speaker into an entity (creating it when new). */
export function resolveNp(doc: Doc, np: Np, documents = false): Resolved | null {
  const { tokens, lex, reg, text } = doc;
  // "Beck, who said …": the relative names the speaker in the verb's clause, as "he" would; the
  // antecedent says who that is
  if (np.relative !== undefined) {
    const r = resolveNp(doc, { ...np, relative: undefined }, documents);
    const who = tokens[np.relative];
    return r && { ...r, mention: { start: who.start, end: who.end } };
  }
  np = authorOf(doc, np);
  np = fromInnerArticle(doc, np);
  // "ein Sprecher des Bundestages": the head noun decides who speaks, the owner completes the name
  let end = np.last;
  const owned = np.head !== undefined;
  if (np.head !== undefined) np = { first: np.first, last: np.head };
  let first = np.first;
  // "two in three", "some in the party": before "in" the quantity word is the head, not a determiner
  while (first < np.last && isDeterminer(tokens[first].lower, lex) && tokens[first + 1].lower !== 'in') first++;
  // "Le Canard enchaîné": a known publication's name runs past the capitals the words were cut at
  const publication = publicationEnd(doc, first);
  if (publication > end) np = { first: np.first, last: (end = publication) };
  // "the former CEO of Hewlett-Packard added": the title speaks, with its complement; not the name after "of"
  const complement = doc.runAt[np.last] >= 0 ? doc.runs[doc.runAt[np.last]] : null;
  const title = complement ? complement.first - 2 : -1;
  if (complement && title >= first && tokens[title + 1].lower === 'of' && inLexicon(lex, lex.titleHeads, tokens[title].lower) && !reg.matchPerson(complement.words)) {
    np = { first: np.first, last: title };
  }
  const head = tokens[np.last];
  const mention = { start: tokens[np.first].start, end: tokens[end].end };
  const at = mention.start;
  // "He’s suggesting that …", "She's a supporter but concedes …": a pronoun with its verb joined on
  const bareWord = np.first === np.last ? withoutContraction(head.lower) : head.lower;
  if (np.first === np.last && lex.pronouns.has(bareWord) && doc.runAt[np.last] < 0) return { ent: pronoun(doc, bareWord, at), mention, via: 'pronoun' };
  // "selon lui", "ihm zufolge": the stressed form stands for its subject pronoun
  const stressed = np.first === np.last ? lex.stressedPronouns?.get(head.lower) : undefined;
  if (stressed) return { ent: pronoun(doc, stressed, at), mention, via: 'pronoun' };
  // "explique-t-il": the pronoun inside the verb; "…”, dijo.": no subject word at all
  const joined = np.first === np.last ? joinedPronoun(doc, head) : null;
  if (joined) return { ent: pronoun(doc, joined, at), mention, via: 'pronoun' };
  if (np.implicit) return { ent: pronoun(doc, 'implicit', at), mention, via: 'pronoun' };

  // "Early in his campaign, …", "More recently, …": a sentence's capitalised first word is no speaker
  if (openerAlone(doc, first, np.last)) return null;
  if (areJoinedSeats(doc, np)) return { ent: reg.named(text.slice(tokens[np.first].start, tokens[np.last].end), 'organization', at), mention, via: 'organisation' };
  const named = leadingName(doc, first, np.last) ?? doc.runAt[np.last];
  if (named >= 0 && !peopleWord(doc, doc.runs[named])) return nameRunSpeaker(doc, named, first, mention);
  const bare = text.slice(tokens[first].start, tokens[end].end);
  const headWord = head.lower.replace(/['’]s$/, '');
  // "des Ministeriums": German marks the owner with an ending the word lists do not hold
  const anaphorWord = lex.organisationAnaphors.has(headWord) ? headWord : genitiveBase(lex, headWord, (w) => lex.organisationAnaphors.has(w));
  // "a New Hampshire Republican", "a spokesman for committee Democrats": an indefinite description is an
  // unnamed source, one per description, whatever its capitals
  const indefinite = tokens[np.first].lower === 'a' || tokens[np.first].lower === 'an';
  if (indefinite && first < np.last) return { ent: reg.named(bare, 'unnamed', at), mention, via: 'unnamed' };
  // "le quotidien du soir", "le journal satirique": the publication named last
  const outlet = publicationNounAt(doc, first, np.first) ? publicationBefore(doc, at, 3000) : null;
  if (outlet) return { ent: outlet, mention, via: 'anaphor' };
  const titled = titleAnaphor(doc, np, headWord, at, complementWords(doc, np.last + 1, end), owned, end) ?? possessiveTitle(doc, np, headWord) ?? roleHolder(doc, np, at);
  if (titled) return { ent: titled, mention, via: 'anaphor' };
  // German capitalises every noun: "der Sprecher", "Anwohner" are no organisation names; elsewhere a
  // sentence's opening word or a nationality's plural ("Officials said", "Americans") is capitalised alone
  const commonNoun = lex.capitalisedNouns
    ? (inLexicon(lex, lex.titleHeads, headWord) || inLexicon(lex, lex.unnamedSourceNouns, headWord) || lex.kinshipWords.has(headWord) || !!anaphorWord)
    : commonWordOpening(doc, first, np.last) || pluralOf(lex.nationalities, headWord) || describedByTitle(doc, np, first, end);
  // "Actualmente se está esperando …": an adverb is nobody
  if (isAdverb(lex, headWord)) return null;
  if (head.cap && !commonNoun) {
    // "Doctor asks", "Judge said": a capitalised word that is the surname of a person already named
    if (first === np.last) {
      const person = reg.matchPerson([headWord]);
      if (person && person.words.length >= 2 && person.words[person.words.length - 1] === headWord) return { ent: person, mention, via: 'name' };
    }
    // "Mr. King said", "Mr. Prince said": an honorific before a surname that is also a title word
    let h = np.last - 1;
    if (tokens[h]?.text === '.') h--;
    if (h >= np.first && tokens[h].cap && lex.honorifics.has(tokens[h].lower)) {
      const person = reg.person(head.text.replace(/['’]s$/, ''), at);
      if (!person.gender) person.gender = lex.honorifics.get(tokens[h].lower) ?? null;
      return { ent: person, mention, via: 'name' };
    }
    // "the Kremlin", "Beijing", "Food Standards Agency", "FSA"
    const ent = reg.named(bare, 'organization', at);
    return { ent, mention, via: 'organisation' };
  }
  const author = authorOfWork(doc, headWord, np.first, at);
  if (author) return { ent: author, mention, via: 'anaphor' };
  if (lex.documentNouns.has(headWord) && !documents) return null;
  const relative = lex.kinshipWords.has(headWord) ? reg.kin.get(headWord) : undefined;
  if (relative) return { ent: relative, mention, via: 'anaphor' };
  const anaphor = anaphorWord ? lex.organisationAnaphors.get(anaphorWord) : undefined;
  const hasModifier = first < np.last;
  const definite = /^(the|its|their)$/.test(tokens[np.first].lower) || lex.definiteArticles.has(tokens[np.first].lower);
  if (anaphor && !lex.unnamedSourceNouns.has(headWord)) {
    if (definite && (!hasModifier || !tokens.slice(first, np.last).some((t) => t.cap))) {
      const mods = tokens.slice(first, np.last).map((t) => t.lower);
      const earlier = reg.organisationBefore(at, mods.length ? mods : anaphor, lex.compounds) ?? reg.organisationBefore(at, anaphor, lex.compounds);
      if (earlier) return { ent: earlier, mention, via: 'anaphor' };
    }
    return { ent: reg.named(bare, 'organization', at), mention, via: 'organisation' };
  }
  const ent = reg.named(bare, 'unnamed', at);
  return { ent, mention, via: 'unnamed' };
}
