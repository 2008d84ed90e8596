import type { Doc } from './doc';
import type { EntityRec } from './entities';
import { inLexicon } from '../lexicon';
import type { NameRun, TitleInfo } from './names';
import { genderBefore, genderOfPhrase, isPossessive, mayPrecedeName, titleAfter, titleBefore, titleBeforeComma } from './names';
import { personFor } from './resolve';
import { titleOfDomainBefore, titleWithComplementBefore } from './title-complements';
import { publicationEnd } from './publications';
import { officeField } from './noun-complements';
import { namedAfterSomeone } from './namesakes';
import { portfolioAfter } from './portfolios';
import { apposedRunOrganisation } from './apposed-organisation';
import { openerAlone } from './sentence-openers';
import { afterArticle, definiteName, peopleWord } from './run-readings';
import { placeStart } from './places';
import { CONNECTORS, isAcronym, organisationNameStart, withoutPossessive } from './organisation-words';
import { OBJECT_VERBS } from './clause-basics';

const LEADING_NON_NAME = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'and', 'but', 'by', 'with', 'from', 'to', 'as', 'when', 'while', 'after', 'before', 'if', 'since', 'this', 'that', 'his', 'her', 'their', 'its', 'our']);

const spaceCount = (w: string) => {
  let n = 0;
  for (let k = w.indexOf(' '); k >= 0; k = w.indexOf(' ', k + 1)) n++;
  return n;
};
/**
 * Organisations named in full ("the Food Standards Agency", "Department of Environmental
 * Protection"), so that "the agency said" and "it said" can find them later.
 */
export function collectOrganisations(doc: Doc): void {
  const { tokens, lex, reg, text } = doc;
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].cap || !tokens[i].isWord) { i++; continue; }
    // "Le Canard enchaîné", "Les Échos": a known publication, named in full with its lower-case words
    const p = lex.articles.has(tokens[i].lower) ? i + 1 : i;
    const pe = publicationEnd(doc, p);
    if (pe >= 0) {
      const ent = reg.named(text.slice(tokens[p].start, tokens[pe].end), 'organization', tokens[p].start);
      reg.mention(ent, { start: tokens[p].start, end: tokens[pe].end });
      if (isSpeech(doc, pe + 1)) reg.speakers.add(ent);
      i = pe + 1;
      continue;
    }
    const s = i;
    let e = i;
    let org = false;
    while (i < tokens.length) {
      const t = tokens[i];
      if (t.cap && t.isWord) {
        const w = withoutPossessive(t.lower);
        if (inLexicon(lex, lex.organisationWords, w) || isAcronym(t.text)) org = true;
        if (lex.governmentMetonyms.has(w)) org = true;
        e = i;
        i++;
        if (t.lower !== w) break;
        continue;
      }
      if (i > s && tokens[i + 1]?.cap && CONNECTORS.has(t.lower)) { i++; continue; }
      break;
    }
    if (i === s) i++;
    let from = s;
    while (from < e && LEADING_NON_NAME.has(tokens[from].lower)) from++;
    if (!org || tokens[from].lower === 'the') continue;
    const name = withoutPossessive(text.slice(tokens[from].start, tokens[e].end));
    if (spaceCount(name) > 7) continue;
    const ent = reg.named(name, 'organization', tokens[from].start);
    reg.mention(ent, { start: tokens[from].start, end: tokens[from].start + name.length });
    let v = e + 1;
    while (v < tokens.length && v - e < 3 && /^(has|have|had|also|then|later|officials|spokesman|spokeswoman|spokesperson)$/.test(tokens[v].lower)) v++;
    // "The company that runs the AMAs, Dick Clark Productions, denies": the name in apposition speaks
    if (tokens[v]?.text === ',' && tokens[from - 1]?.text === ',') v++;
    if (isSpeech(doc, v)) reg.speakers.add(ent);
  }
}

/**
 * People named with evidence that they are people: a title or honorific before the name, a title
 * in apposition, or a speech verb next to it. Every later mention of the same name joins them.
 */
export function collectPeople(doc: Doc): void {
  const { tokens, reg, text, runs } = doc;
  for (let ri = 0; ri < runs.length; ri++) collectPerson(doc, ri);
  // later and earlier bare mentions ("Maduro", "Mr. Georgelis") of the people found above
  for (const r of runs) {
    const ent = reg.matchPerson(r.words);
    // (only a run of more words can widen the name: the name is written out only then; not a title-case
    // headline's run on past the name, "Hillary Clinton Won …")
    if (ent && r.words.length > ent.words.length && !headlineRunOn(doc, r, ent)) reg.widen(ent, r.name ?? text.slice(tokens[r.first].start, r.end).replace(/['’]s?$/, ''), r.words);
    // an owner ("Sondland’s lawyer") is not who "he" or "she" refers to next
    if (ent) reg.mention(ent, { start: tokens[r.first].start, end: r.end }, !isPossessiveRun(doc, r));
  }
}

/**
 * The run's words beyond the person's name include a word running text writes in lower case (and that
 * is no given name: "Bill Clinton" widens "Clinton").
 */
function headlineRunOn(doc: Doc, r: NameRun, ent: EntityRec): boolean {
  const { lowercaseWords: lower, givenNames } = doc.lex;
  return !!lower && r.words.some((w) => !ent.words.includes(w) && lower.has(w) && !givenNames?.has(w));
}

/**
 * Name run ri as a person when a title, an honorific, a verb of saying or its shape says so: registered
 * with its title and gender. (A module-level function, not a closure made per article: its optimised
 * code outlives a garbage collection.)
 */
function collectPerson(doc: Doc, ri: number): void {
  if (notAPerson(doc, doc.runs[ri])) return;
  const evidence = personEvidence(doc, ri);
  if (evidence) registerPerson(doc, ri, evidence);
}

// collectPerson is three functions rather than one long one, so that V8 optimises each sooner.

/** Name run `r` is something other than a person: an organisation, a place, a field, a kind of people. */
function notAPerson(doc: Doc, r: NameRun): boolean {
  // "The group that owns her music, Big Machine, says": a name an apposition made an organisation
  if (apposedRunOrganisation(doc, r)) return true;
  // "le ministre de l’Intérieur": the field of an office
  if (r.words.length === 1 && officeField(doc, r.first)) return true;
  if (namedAfterSomeone(doc, r.first)) return true;
  // "Bank of America said": the end of a body's name; "Politico reported": a publication's name
  if (organisationNameStart(doc, r.first) >= 0 || publicationEnd(doc, r.first) >= r.last) return true;
  // "Indeed, Doctor asserts …", "“Specifically, Ambassador Volker confirmed …": an opening word that
  // running text writes in lower case is no name, whatever title-like words follow its comma; nor are
  // people of a kind ("the Ukrainians, particularly the former prosecutor general", "Vendors say")
  if (openerAlone(doc, r.first, r.last) || peopleWord(doc, r) || definiteName(doc, r)) return true;
  // "the convention in Nevada, throwing chairs and threatening the state chairwoman": a place, whatever
  // title-like words follow it, so "she said" later looks past it
  return placeStart(doc, r.first, r, false) >= 0;
}

/** What says that name run ri is a person: its titles, honorific and given name (null when nothing does). */
interface PersonEvidence {
  owner: boolean;
  tb: { title: string } | null;
  ta: { title: string } | null;
  tc: { title: string } | null;
  hon: string | null;
  given: boolean;
}

/** The evidence that name run ri is a person, or null when there is none. */
function personEvidence(doc: Doc, ri: number): PersonEvidence | null {
  const { tokens, lex, text, runs } = doc;
  const r = runs[ri];
  // "President Trump’s advisers": a possessive name takes a title before it, never one after it
  const owner = isPossessiveRun(doc, r);
  const tb = titleBefore(text, tokens, r.first, lex) ?? titleWithComplementBefore(text, tokens, r.first, lex) ?? titleOfDomainBefore(text, tokens, r, lex);
  const ta = owner ? null : titleAfter(text, tokens, r.last, lex);
  const tc = tb || owner ? null : (titleBeforeComma(text, tokens, r.first, lex) ?? sharedPluralTitle(doc, ri) ?? portfolioAfter(doc, r.last));
  const hon = honorificBefore(doc, r.first);
  const kin = genderBefore(tokens, r.first, lex);
  // (a capitalised word after the name is more of the name: "Islamic State", "Tulsa Protest"; the
  // complement of a title speaks for no one: "the former CEO of Hewlett-Packard added")
  const complement = tokens[r.first - 1]?.lower === 'of' && inLexicon(lex, lex.titleHeads, tokens[r.first - 2]?.lower ?? '');
  const speaks = !owner && !complement && ((isSpeech(doc, r.last + 1) && !tokens[r.last + 1].cap) || invertedSpeaker(doc, r.first) || speaksAfterApposition(doc, r.last));
  const given = opensWithGivenName(doc, r);
  if (!(tb || ta || tc || hon || kin || speaks || given || personShape(doc, r))) return null;
  if (!(tb || ta || tc || hon) && !looksLikePersonName(doc, ri)) return null;
  // German capitalises nouns: "den Kosten sagte", "meint der 28-jährige Sudanese" are an article and a
  // noun, not a name (adjectives before a name of several words describe a person: "der 28-jährige Hans Müller")
  if (lex.capitalisedNouns && !(tb || ta || tc || hon) && afterArticle(doc, r.first, r.words.length === 1)) return null;
  return { owner, tb, ta, tc, hon, given };
}

/** Registers name run ri as a person, with the title, kinship and gender its evidence gives. */
function registerPerson(doc: Doc, ri: number, { owner, tb, ta, tc, hon, given }: PersonEvidence): void {
  const { tokens, lex, reg, runs } = doc;
  const r = runs[ri];
  const ent = personFor(doc, ri);
  reg.mention(ent, { start: tokens[r.first].start, end: r.end }, !owner);
  const kinWord = kinshipBefore(doc, r.first);
  if (kinWord && !reg.kin.has(kinWord)) reg.kin.set(kinWord, ent);
  for (const [t, bonus] of [[ta, 0.5], [tb, 0.3], [tc, 0.4]] as const) {
    if (!t) continue;
    reg.setTitle(ent, t.title, 1 + bonus + Math.min(t.title.split(' ').length, 10) / 20);
    const g = genderOfPhrase(t.title, lex);
    if (g && !ent.gender) ent.gender = g;
  }
  if (hon && !ent.gender) ent.gender = lex.honorifics.get(hon) ?? null;
  const givenGender = given ? lex.givenNames!.get(r.words[0]) : null;
  // (a name worn by both sexes tells none)
  if ((givenGender === 'male' || givenGender === 'female') && !ent.gender) ent.gender = givenGender;
}

/**
 * "Cristina Kirchner", "Andrés Larroque": a run of two or more words opening with a given name of the
 * language's list is a person, and the name gives their gender. A single word may be a surname or a
 * place ("Victoria"), so it needs more evidence.
 */
function opensWithGivenName(doc: Doc, r: NameRun): boolean {
  return r.words.length >= 2 && !!doc.lex.givenNames?.has(r.words[0]);
}

/**
 * "Patrick Carlineo Jr., 55, could face …": a full name with a suffix or an age in apposition is a
 * person, speaker or not, so that "he" in the next sentences can find them.
 */
function personShape(doc: Doc, r: NameRun): boolean {
  const { tokens } = doc;
  if (r.words.length < 2) return false;
  if (SUFFIX_WORDS.has(tokens[r.last].lower)) return true;
  let k = r.last + 1;
  if (tokens[k]?.text === '.') k++;
  return tokens[k]?.text === ',' && /^\d{1,3}$/.test(tokens[k + 1]?.text ?? '') && /^[,)]$/.test(tokens[k + 2]?.text ?? '');
}

const SUFFIX_WORDS = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

const PLURAL_TITLES = new Set(['sens', 'reps', 'govs', 'senators', 'governors', 'representatives']);

/** "Sens. Cory Booker and Kamala Harris": the second of two names after a plural title holds it too. */
function sharedPluralTitle(doc: Doc, ri: number): TitleInfo | null {
  const { tokens, runs } = doc;
  const r = runs[ri];
  const prev = runs[ri - 1];
  if (!prev || tokens[r.first - 1]?.lower !== 'and' || prev.last !== r.first - 2) return null;
  const t = titleBefore(doc.text, tokens, prev.first, doc.lex);
  return t && PLURAL_TITLES.has(tokens[t.last].lower) ? t : null;
}

/** "Joel Schlabach, a teacher at the school, said": a speech verb right after one apposition. */
function speaksAfterApposition(doc: Doc, last: number): boolean {
  const { tokens } = doc;
  if (tokens[last + 1]?.text !== ',' || !/^(a|an|the|who)$/.test(tokens[last + 2]?.lower ?? '')) return false;
  for (let k = last + 3; k < tokens.length && k - last < 25; k++) {
    const t = tokens[k];
    if (t.text === ',') return isSpeech(doc, k + 1);
    if (!t.isWord && t.text !== '-' && t.text !== '.' && t.text !== '’' && t.text !== "'") return false;
  }
  return false;
}

/** A name ending in a possessive ("Trump’s", "Bezos's"). */
function isPossessiveRun(doc: Doc, r: NameRun): boolean {
  return isPossessive(doc.tokens[r.last].lower);
}

/** "her mother, Fiona" / "his son Kauri": the kinship word that introduces a name. */
function kinshipBefore(doc: Doc, first: number): string | null {
  let k = first - 1;
  if (doc.tokens[k]?.text === ',') k--;
  const w = doc.tokens[k]?.lower;
  return w && doc.lex.kinshipWords.has(w) ? w : null;
}

function honorificBefore(doc: Doc, first: number): string | null {
  const { tokens, lex } = doc;
  let k = first - 1;
  if (tokens[k]?.text === '.') k--;
  const w = tokens[k]?.lower;
  return w && lex.honorifics.has(w) && tokens[k].cap ? w : null;
}

/**
 * A name after its verb of saying is its subject in French, German or Spanish ("comme le raconte
 * Antoine"); in English only after a quotation or a comma, and never after "told" ("…,” said Cole", but
 * "Ian Hamilton, an expert, told Newsweek" names whom he told).
 */
function invertedSpeaker(doc: Doc, first: number): boolean {
  if (!isSpeech(doc, first - 1)) return false;
  if (doc.lex.invertsSubject) return true;
  const before = doc.tokens[first - 2];
  return !!before && !before.isWord && !OBJECT_VERBS.has(doc.lex.speechForms.get(doc.tokens[first - 1].lower)!);
}

function isSpeech(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t || !t.isWord) return false;
  const lemma = doc.lex.speechForms.get(t.lower);
  return !!lemma && !doc.lex.weakVerbs.has(lemma);
}

/** Two or three capitalised words not at a sentence start, outside a title-case heading. */
function looksLikePersonName(doc: Doc, ri: number): boolean {
  const r = doc.runs[ri];
  if (r.words.length > 4) return false;
  if (r.words.length === 1) return true;
  const sameLine = (a: number, b: number) => !doc.text.slice(a, b).includes('\n');
  const before = r.first > 0 && sameLine(doc.tokens[r.first - 1].end, doc.tokens[r.first].start) ? doc.tokens[r.first - 1] : undefined;
  const after = r.last + 1 < doc.tokens.length && sameLine(doc.tokens[r.last].end, doc.tokens[r.last + 1].start) ? doc.tokens[r.last + 1] : undefined;
  // Title-case headings: capitalised words on both sides
  if (before?.cap && before.isWord && !mayPrecedeName(doc.lex, before.lower, after)) return false;
  if (after?.cap && after.isWord) return false;
  return true;
}
