import { pastAddressee, speakingFrom } from './addressee';
import { perfectSubject } from './perfect-subject';
import { progressiveSubject } from './progressive-subject';
import { nameAfterDescription } from './apposed-name';
import { documentCueBefore } from './document-cues';
import { carriedInfinitiveAt } from './infinitive-cues';
import { insideQuote, joinedPronoun, speechLemma, type Doc } from './doc';
import { nextCueWord } from './cue-words';
import { inLexicon } from '../lexicon';
import { looksLikeClause, OBJECT_VERBS } from './clause-basics';
import { isSkippable, looksLikeNoun, modifiedPluralNoun, npBackward, npForward, type Np } from './noun-phrase';
import { opensAdverbial, pastDateline } from './sentence-openers';
import { opensWithTime, placeAfterPlace } from './opening-adverbials';
import { reporterBeforeComma } from './participle-reporter';

/** A cue and the words naming the speaker it points to (null: a cue without a named source). */
export interface CueHit {
  np: Np | null;
  cue: string;
  /** Where the cue sits relative to the quote. */
  where: 'after' | 'before' | 'according' | 'subject' | 'passive' | 'next';
  /** Token index of the cue verb. */
  at: number;
}

const PREPOSITIONS = new Set(['through', 'across', 'along', 'around', 'into', 'outside', 'inside', 'near', 'past', 'toward', 'towards', 'behind', 'beside', 'onto']);
const APPOSITION_OPEN = /^(one|a|an|the|who|which|whose|his|her|their|its)$/;
// an apposition between a speaker and the verb after a quote: at most this long, this many inner commas
const MAX_APPOSITION_TOKENS = 40;
const MAX_APPOSITION_COMMAS = 3;
const BE = new Set(['is', 'was', 'were', 'are', 'been', 'be', 'being']);
const PASSIVE_HEADS = new Set(['describe', 'call', 'quote', 'cite', 'brand', 'dub', 'term', 'label']);
const cueText = (doc: Doc, i: number) => doc.tokens[i].text;
// asked of a token at a time in the scans below: set look-ups rather than regular expressions
/** Marks between a quotation and its cue (", said X", "— X"). */
const MARKS_BEFORE_CUE = new Set([',', '—', '–', '-', ':', '―']);
/** Punctuation an apposition may hold ("Cambridge, Mass.", "(R-Utah)"). */
const APPOSITION_MARKS = new Set(['.', '(', ')', '-', '’', "'"]);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'that', 'where', 'when', 'what']);

/**
 * "ein Schreiben von Keith", "das Schreiben des Funktionärs": where every noun is capitalised, a
 * capitalised form after another word is the noun, not the verb of saying.
 */
function capitalisedNoun(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return doc.lex.capitalisedNouns && !!t?.cap && !!doc.tokens[i - 1]?.isWord;
}

/** Speech verbs usable after a quote with the speaker next to them (", said X" / ", X said"). */
function strongVerb(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  // asked of most tokens of a sentence's end: only a verb of saying passes, so that is asked first
  const lemma = speechLemma(doc, t);
  if (!lemma) return false;
  // a capitalised verb only in headline case ("…, Graham Says"), not "the United States are"
  if (t?.cap && doc.tokens[i + 1]?.isWord && !doc.tokens[i + 1].cap) return false;
  // "against Islamic State, …": a capitalised form after a capitalised word that follows a lower-case
  // one ends a name; a title-case headline capitalises the words before too ("…, Senate Leader Says")
  const before = doc.tokens[i - 2];
  if (t?.cap && doc.tokens[i - 1]?.cap && before?.isWord && !before.cap) return false;
  // "State Senator Ann Lee": a capitalised form qualifying the title after it
  if (t?.cap && doc.tokens[i + 1]?.cap && doc.lex.titleHeads.has(doc.tokens[i + 1].lower)) return false;
  // "the United States, …": the last word of a country's name
  const prev = doc.tokens[i - 1];
  if (t?.cap && prev?.cap && doc.lex.countries.has(`${prev.lower} ${t.lower}`)) return false;
  // "the secretary of state, …": a noun after "of"
  if (prev?.lower === 'of') return false;
  // "in his opening remarks, Trump said": a plural noun after its determiner and modifier
  if (modifiedPluralNoun(doc, i)) return false;
  if (capitalisedNoun(doc, i)) return false;
  // "…, the senator continued to press": "continued" speaks only when nothing follows it
  if (lemma === 'continue' && doc.tokens[i + 1]?.isWord) return false;
  // "pointed out", "summed up": the particle makes a weak verb one of saying
  return !doc.lex.weakVerbs.has(lemma) || /^(out|up)$/.test(doc.tokens[i + 1]?.lower ?? '') || reportsAtEnd(doc, i, lemma);
}

/**
 * "…, the BBC reported.", "…, the Associated Press reported Friday.": "reported" closing the sentence
 * (at most a day after it) names the outlet the words come from (PolNeAR train: 26 of 28 such endings
 * are attributions), where "report" elsewhere is as often a noun or "reported finding …".
 */
function reportsAtEnd(doc: Doc, i: number, lemma: string): boolean {
  const { tokens } = doc;
  if (lemma !== 'report' || !/^report(ed|s)$/.test(tokens[i].lower)) return false;
  let k = i + 1;
  if (tokens[k]?.lower === 'on') k++;
  if (tokens[k]?.isWord && DAY_WORD.test(tokens[k].lower)) k++;
  return !tokens[k]?.isWord;
}

const DAY_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later)$/;

/** Words that can name a speaker: a name, a pronoun, a title, a source noun or an organisation. */
function plausibleSpeaker(doc: Doc, np: Np): boolean {
  const { lex } = doc;
  const t = doc.tokens[np.last];
  const ri = doc.runAt[np.last];
  // German capitalises every noun: a capitalised word is a name only when it names a known person
  if (ri >= 0 && (!lex.capitalisedNouns || doc.reg.matchPerson(doc.runs[ri].words))) return true;
  if (lex.pronouns.has(t.lower)) return true;
  return inLexicon(lex, lex.titleHeads, t.lower) || inLexicon(lex, lex.unnamedSourceNouns, t.lower) || inLexicon(lex, lex.organisationWords, t.lower) ||
    lex.governmentMetonyms.has(t.lower) || lex.countries.has(t.lower);
}

/**
 * "Craig Minassian, a spokesman, said the decision … had nothing to do with …", "…, predicted that base
 * wages would fall": the words after the verb are its reported clause, not an inverted subject. An
 * inverted subject names a speaker and ends the sentence or is followed by an adverbial or a comma.
 */
function clauseAfterVerb(doc: Doc, verb: number, s: number, np: Np, to: number): boolean {
  if (doc.tokens[s].lower === 'that') return true;
  // "…, the convention chair, told the delegates": the words after "told" are the person told
  if (OBJECT_VERBS.has(doc.lex.speechForms.get(doc.tokens[verb].lower) ?? '')) return true;
  return !plausibleSpeaker(doc, np) && looksLikeClause(doc, np.last, to);
}

/** The number of tokens of a source phrase ("according to", "selon", "de acuerdo con") starting at `a`, or 0. */
export function sourcePhraseAt(doc: Doc, a: number): number {
  return doc.sourcePhrases.length[a] ?? 0;
}

const phraseText = (doc: Doc, a: number, n: number) => doc.tokens.slice(a, a + n).map((t) => t.lower).join(' ').replace(/([’']) /g, '$1');

const TIME_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** ", said Patrick McHugh" / ", Mao added" / ", according to police" right after the closing mark. */
export function cueAfter(doc: Doc, from: number, to: number): CueHit | null {
  // every cue `cueAfterAnyWords` finds rests on a cue word from `from` on (cue-words.ts); an
  // apposition's comma may fall on `to` itself, and its verb one past it, so two more tokens are asked
  return nextCueWord(doc, from) >= to + 2 ? null : cueAfterAnyWords(doc, from, to);
}

/** `cueAfter` without its cue-word gate (tests check that the gate never changes an answer). */
export function cueAfterAnyWords(doc: Doc, from: number, to: number): CueHit | null {
  const { tokens } = doc;
  let k = from;
  // "''… the word 'old-school,''' said X": the closing mark of a quotation nested at the very end
  // is left after the outer one
  if (k < to && (tokens[k].text === "'" || tokens[k].text === '’') && tokens[k].start === tokens[k - 1]?.end) k++;
  const first = k;
  while (k < to && k - first < 2 && MARKS_BEFORE_CUE.has(tokens[k].text)) k++;
  if (k >= to) return null;
  const opening = cueOpeningAt(doc, from, k, to);
  if (opening) return opening;
  // "«…», a déclaré X", "“…”, ha dicho X": an auxiliary before the verb of saying
  if (doc.lex.auxiliaries.has(tokens[k].lower) && strongVerb(doc, k + 1)) k++;
  return verbFirstCue(doc, from, k, to) ?? subjectFirstCue(doc, from, k, to);
}

// The readings below are functions of their own rather than one long function, so that V8 compiles each
// sooner and faster (measured with `npm run instructions`).

/** A source phrase, a source particle or a carried infinitive of saying right after the quotation (token `k` on). */
function cueOpeningAt(doc: Doc, from: number, k: number, to: number): CueHit | null {
  const { tokens } = doc;
  const { next } = doc.sourcePhrases;
  for (let a = next[k]; a < to - 1; a = next[a + 1]) {
    const n = a === k || tokens[a - 1].text === ',' ? sourcePhraseAt(doc, a) : 0;
    if (n) return { np: sourceAfter(doc, a + n, to), cue: phraseText(doc, a, n), where: 'according', at: a };
  }
  // German "…“, so Gutierrez.": a particle names the source without a verb
  if (doc.lex.sourceParticles.has(tokens[k].lower) && k > from) {
    const src = npForward(doc, k + 1, to);
    if (src && (tokens[src.last].cap || doc.lex.pronouns.has(tokens[src.last].lower))) return { np: src, cue: tokens[k].text, where: 'after', at: k };
  }
  // "«…», tente d’expliquer la ministre": a verb of trying or wanting carries the infinitive of saying
  const carried = carriedInfinitiveAt(doc, k, to);
  const carriedSubject = carried >= 0 ? npForward(doc, carried + 1, to) : null;
  if (carriedSubject && plausibleSpeaker(doc, carriedSubject)) {
    return { np: nameAfterDescription(doc, carriedSubject, to) ?? carriedSubject, cue: phraseText(doc, k, carried - k + 1), where: 'after', at: carried };
  }
  return null;
}

/** A verb of saying first, its subject after it ("…,” said X", "explique-t-il", "…,” read the statement"). */
function verbFirstCue(doc: Doc, from: number, k: number, to: number): CueHit | null {
  const { tokens } = doc;
  if (strongVerb(doc, k) && !doc.lex.speechForms.has(tokens[k].lower)) {
    // "explique-t-il": the subject is part of the verb
    if (joinedPronoun(doc, tokens[k])) return { np: { first: k, last: k }, cue: tokens[k].text, where: 'after', at: k };
  }
  const read = readsText(doc, k, to);
  if (read) return read;
  // "…,” as a Homeland memo put it.": the source named in "as X put it"
  if (tokens[k].lower === 'as') {
    const src = npForward(doc, k + 1, to);
    const v = src ? (src.after ?? src.last) + 1 : -1;
    if (src && /^(put|puts)$/.test(tokens[v]?.lower ?? '') && tokens[v + 1]?.lower === 'it') return { np: src, cue: `as … ${tokens[v].text} it`, where: 'after', at: v };
  }
  if (strongVerb(doc, k) && !tokens[k].lower.endsWith('ing')) {
    // "dijo primero el secretario": adverbs between the verb and its subject
    let s = k + 1;
    while (s < to && s - k < 3 && doc.lex.auxiliaries.has(tokens[s].lower) && !doc.lex.articles.has(tokens[s].lower)) s++;
    s = pastAddressee(doc, s, to);
    const circle = speakingFrom(doc, s, to);
    if (circle) return { np: circle, cue: cueText(doc, k), where: 'after', at: k };
    const np = npForward(doc, s, to);
    // "…, said Tuesday.": a time word after the verb is not its subject
    if (np && !(np.first === np.last && TIME_WORD.test(tokens[np.first].lower)) && !clauseAfterVerb(doc, k, s, np, to)) {
      return { np: nameAfterDescription(doc, np, to) ?? np, cue: cueText(doc, k), where: 'after', at: k };
    }
    // Spanish "“…”, dijo.": the subject is left out; the verb speaks for the person last named
    // ("…”, contó y sumó que …", "…”, dijo a la diaria": what follows is no subject either)
    if (doc.lex.dropsSubjects && !np && k > from && (k + 1 >= to || !tokens[k + 1].isWord || !tokens[k + 1].cap)) return { np: { first: k, last: k, implicit: true }, cue: cueText(doc, k), where: 'after', at: k };
  }
  return null;
}

/** The subject first, its verb after it ("…,” X said", "…,” X, head of …, said", "…” — Jorge Falcon"). */
function subjectFirstCue(doc: Doc, from: number, k: number, to: number): CueHit | null {
  const { tokens } = doc;
  const dash = k > from && /^[—–\-―]$/.test(tokens[k - 1].text);
  const np = npForward(doc, k, to);
  if (!np) return verbWithin(doc, k, to);
  let v = (np.after ?? np.last) + 1;
  // "…” ― Jorge Falcon": a name after a dash, alone, signs the quote
  if (dash && (v >= to || /^[.)]$/.test(tokens[v].text)) && doc.runAt[np.last] >= 0) return { np, cue: tokens[k - 1].text, where: 'after', at: k - 1 };
  // apposition between subject and verb: ", Bob Alverson, head of the association, said"
  if (tokens[v]?.text === ',') {
    let e = v + 1;
    while (e < to && e - v < 30 && tokens[e].text !== ',') e++;
    // a second apposition: ", Ann Lee, the county's attorney, one of the plaintiffs, said"
    if (tokens[e]?.text === ',' && !strongVerb(doc, e + 1) && APPOSITION_OPEN.test(tokens[e + 1]?.lower ?? '')) {
      let e2 = e + 1;
      while (e2 < to && e2 - e < 20 && tokens[e2].text !== ',') e2++;
      if (tokens[e2]?.text === ',' && strongVerb(doc, e2 + 1)) e = e2;
    }
    if (tokens[e]?.text === ',' && !strongVerb(doc, e + 1)) e = commaBeforeVerbAhead(doc, e, v, to) ?? e;
    if (tokens[e]?.text === ',' && strongVerb(doc, e + 1)) {
      // "her mother, Fiona, said": the name in apposition is the speaker
      const ri = doc.runAt[v + 1];
      const headCap = tokens[np.last].cap;
      const appo = ri >= 0 && doc.runs[ri].first === v + 1 && doc.runs[ri].last === e - 1 ? { first: v + 1, last: e - 1 } : null;
      v = e + 1;
      if (appo && !headCap) return { np: appo, cue: cueText(doc, v), where: 'after', at: v };
    }
  }
  let skipped = 0;
  while (v < to && skipped < 2 && isSkippable(tokens[v])) { v++; skipped++; }
  if (v < to && strongVerb(doc, v)) return { np, cue: cueText(doc, v), where: 'after', at: v };
  // "“…,” Palin posted via Facebook": a verb of posting, weak elsewhere ("posted a photo"), speaks for a
  // person or a pronoun right after a quotation (not after a clause reported without one)
  const afterQuotation = from > 0 && insideQuote(doc, tokens[from - 1].start);
  if (afterQuotation && v < to && !tokens[v].cap && POSTING.has(speechLemma(doc, tokens[v]) ?? '') && (doc.runAt[np.last] >= 0 || doc.lex.pronouns.has(tokens[np.last].lower))) {
    return { np, cue: cueText(doc, v), where: 'after', at: v };
  }
  // "…,” the letter reads.: a document quoted by its own words
  if (v < to && READS.has(tokens[v].lower) && writtenWords(doc, np)) return { np, cue: cueText(doc, v), where: 'after', at: v };
  return verbWithin(doc, k, to);
}

/** Verbs of posting on a social network (English lemmas). */
const POSTING = new Set(['post', 'text', 'message']);

/** Verbs a written text speaks by ("the letter reads", "the statement read"). */
const READS = new Set(['reads', 'read', 'states', 'stated']);

/** Words naming a document or a written statement ("the letter", "a Wednesday editorial", "the statement"). */
function writtenWords(doc: Doc, np: Np): boolean {
  const head = doc.tokens[np.last].lower;
  return doc.lex.documentNouns.has(head) || doc.lex.utteranceNouns.has(head);
}

/** "…,” read the statement.", "…,” reads a Wednesday editorial in …": the verb first, the text after it. */
function readsText(doc: Doc, k: number, to: number): CueHit | null {
  if (!READS.has(doc.tokens[k].lower) || doc.tokens[k].cap) return null;
  const np = npForward(doc, k + 1, to);
  return np && writtenWords(doc, np) ? { np, cue: cueText(doc, k), where: 'after', at: k } : null;
}

/**
 * An apposition holding commas of its own ("Anne Richards, assistant secretary of state for population,
 * refugees, and migration, said", "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said"): the
 * comma before the verb a few commas on, or null. Only words and commas lie between, and no second
 * subject joined by "and"; `open` is the comma that opened the apposition.
 */
function commaBeforeVerbAhead(doc: Doc, from: number, open: number, to: number): number | null {
  const { tokens } = doc;
  let commas = 0;
  for (let e = from; e < to && e - open < MAX_APPOSITION_TOKENS; e++) {
    const t = tokens[e];
    if (t.text === ',') {
      if (e > from && ++commas > MAX_APPOSITION_COMMAS) return null;
      if (strongVerb(doc, e + 1)) return e;
      // ", and Tim Morrison, another aide, testified": a second subject, not more of the apposition
      if (/^(and|or)$/.test(tokens[e + 1]?.lower ?? '') && tokens[e + 2]?.cap) return null;
    } else if (!t.isWord && !APPOSITION_MARKS.has(t.text)) return null;
  }
  return null;
}

/** `…,” panel Chairman Rep. Jason Chaffetz (R-Utah) said`: a verb a few words on, its subject before it. */
function verbWithin(doc: Doc, k: number, to: number): CueHit | null {
  const { tokens } = doc;
  if (RELATIVES.has(tokens[k]?.lower ?? '')) return null;
  for (let v = k + 1; v < to && v - k < 12; v++) {
    const t = tokens[v];
    if (!t.isWord && !APPOSITION_MARKS.has(t.text)) return null;
    // "for the same reason.", "the following comment:": a bare form after a lower-case word is a noun
    if (t.isWord && !t.cap && strongVerb(doc, v) && !t.lower.endsWith('ing') && !(doc.lex.nounLikeVerbs.has(t.lower) && !tokens[v - 1].cap)) {
      const np = npBackward(doc, v - 1, k);
      if (np && np.first <= k + 2) return { np, cue: t.text, where: 'after', at: v };
      // "former FBI agent Timothy Gill explained", "a spokesman for committee Democrats said": a few
      // describing words before the name or noun the verb follows belong to the speaker's words
      if (np && np.first <= k + 6 && describingWords(doc, k, np.first)) return { np: { first: k, last: np.last }, cue: t.text, where: 'after', at: v };
      // "Mr. Morgan of the Sierra Club said": the name before "of (the)" speaks for the organisation
      const head = npForward(doc, k, v);
      const of = head ? head.last + 1 : -1;
      if (np && head && tokens[of]?.lower === 'of' && doc.runAt[head.last] >= 0 && (np.first === of + 1 || (np.first === of + 2 && tokens[of + 1].lower === 'the'))) {
        return { np: head, cue: t.text, where: 'after', at: v };
      }
      return null;
    }
  }
  return null;
}

const DESCRIBING_JOINERS = new Set(['for', 'of', 'at', 'with', 'from', 'in']);

/** Tokens [from, to) are words describing a speaker: no punctuation, verbs, pronouns or clause words. */
function describingWords(doc: Doc, from: number, to: number): boolean {
  const { tokens, lex } = doc;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    // "former Gov. Jeb Bush of Florida said": the dot of an abbreviated title
    if (t.text === '.' && k > from && lex.abbreviations.has(tokens[k - 1].lower)) continue;
    if (!t.isWord) return false;
    if (lex.speechForms.has(t.lower) || /^(who|which|that|he|she|it|they|we|i|and|but|or|is|was|are|were|has|had|have|as|when|while|if)$/.test(t.lower)) return false;
    if (!t.cap && !DESCRIBING_JOINERS.has(t.lower) && /(ed|ing|ly)$/.test(t.lower)) return false;
  }
  return true;
}

/**
 * The cue before a quote in its sentence: the nearest speech verb and its subject ("Peskov said on
 * Thursday that Russia “…”"), a participle whose subject opens the sentence (", saying “…”"), or a
 * passive "described as “…” by X" (speaker after the quote, or none).
 */
export function cueBefore(doc: Doc, sentStart: number, quoteTok: number, afterFrom: number, afterTo: number): CueHit | null {
  // every cue `cueBeforeAnyWords` finds rests on a cue word before the quotation (cue-words.ts)
  return nextCueWord(doc, sentStart) >= quoteTok ? null : cueBeforeAnyWords(doc, sentStart, quoteTok, afterFrom, afterTo);
}

/** `cueBefore` without its cue-word gate (tests check that the gate never changes an answer). */
export function cueBeforeAnyWords(doc: Doc, sentStart: number, quoteTok: number, afterFrom: number, afterTo: number): CueHit | null {
  const { tokens } = doc;
  for (let v = quoteTok - 1; v >= sentStart; v--) {
    const t = tokens[v];
    const n = sourcePhraseAt(doc, v);
    if (n) return { np: sourceAfter(doc, v + n, quoteTok), cue: phraseText(doc, v, n), where: 'according', at: v };
    // "Dem Ministerium zufolge …": the source before its postposition
    if (doc.lex.sourcePostpositions.has(t.lower)) {
      const src = v - 1 >= sentStart && pronounSource(doc, v - 1) ? { first: v - 1, last: v - 1 } : npBackward(doc, v - 1, sentStart);
      if (src) return { np: src, cue: t.text, where: 'according', at: v };
    }
    const lemma = capitalisedNoun(doc, v) ? null : speechLemma(doc, t);
    if (!lemma) {
      const byDocument = documentCueBefore(doc, v, sentStart);
      if (byDocument) return byDocument;
      continue;
    }
    if (joinedPronoun(doc, t) && !doc.lex.speechForms.has(t.lower)) return { np: { first: v, last: v }, cue: t.text, where: 'before', at: v };
    // "Dazu sagte Gutierrez: „…“", "Explique Zineb : « … »": the subject after its verb, right before the quote
    if (doc.lex.invertsSubject) {
      // "Ricardo Jaime escribió en Twitter: “…”": a phrase opened by a preposition is no subject
      const inv = doc.lex.objectPrepositions?.has(tokens[v + 1]?.lower ?? '') ? null : npForward(doc, v + 1, quoteTok);
      let e = inv ? (inv.after ?? inv.last) + 1 : -1;
      while (inv && e < quoteTok && /^[,:]$/.test(tokens[e].text)) e++;
      if (inv && e === quoteTok && !doc.lex.articles.has(tokens[inv.last].lower)) return { np: inv, cue: t.text, where: 'before', at: v };
      // "Auf die Frage …, sagte Trump am Montag: „…“": after a clause or an adverbial the subject follows the verb
      const back = npBackward(doc, v - 1, sentStart);
      if (inv && plausibleSpeaker(doc, inv) && !(back && plausibleSpeaker(doc, back) && !afterPreposition(doc, back))) return { np: inv, cue: t.text, where: 'before', at: v };
    }
    // "She went on to say: “…”": the infinitive goes on the subject's report (not a noun after "to")
    const goesOn = goesOnTo(doc, v, sentStart);
    if (goesOn >= 0) {
      const subject = npBackward(doc, goesOn - 1, sentStart) ?? sentenceSubject(doc, sentStart, goesOn);
      return { np: subject, cue: t.text, where: 'before', at: v };
    }
    if ((t.cap && (doc.runAt[v] >= 0 || (tokens[v + 1]?.isWord && !tokens[v + 1].cap))) || looksLikeNoun(doc, v)) continue;
    const perfect = perfectSubject(doc, v, sentStart);
    if (perfect) return { np: perfect, cue: t.text, where: 'before', at: v };
    const progressive = progressiveSubject(doc, v, sentStart);
    if (progressive) return { np: progressive, cue: t.text, where: 'before', at: v };
    const prev = tokens[v - 1]?.lower ?? '';
    if (BE.has(prev) || (PASSIVE_HEADS.has(lemma) && t.lower.endsWith('ed') && tokens[v + 1]?.lower === 'as' && !npBackward(doc, v - 1, sentStart))) {
      // passive: the source follows "by"
      let np: Np | null = null;
      for (let k = afterFrom; k < afterTo && k - afterFrom < 4; k++) {
        if (tokens[k].lower === 'by') { np = npForward(doc, k + 1, afterTo); break; }
      }
      // "what’s been portrayed as an “irregular” channel": a weak verb's passive with no one after "by"
      // names no source (only the heads above report an unnamed one: "was described as “…”")
      if (!np && doc.lex.weakVerbs.has(lemma) && !PASSIVE_HEADS.has(lemma)) continue;
      return { np, cue: `${t.text}${tokens[v + 1]?.lower === 'as' ? ' as' : ''}`, where: 'passive', at: v };
    }
    if (t.lower.endsWith('ing') && (prev === ',' || prev === 'and' || prev === 'while' || prev === 'before' || prev === 'after')) {
      return { np: reporterBeforeComma(doc, v - 1, sentStart) ?? sentenceSubject(doc, sentStart, v), cue: t.text, where: 'subject', at: v };
    }
    // "Said Ellis: “…”"
    if (v === sentStart || (v === sentStart + 1 && !tokens[sentStart].isWord)) {
      const inv = npForward(doc, v + 1, quoteTok);
      if (inv) return { np: inv, cue: t.text, where: 'before', at: v };
    }
    // "…, José Yurramendi, quien manifestó que “…”": the relative's antecedent speaks
    if (doc.lex.relatives.has(tokens[v - 1]?.lower ?? '') && v - 2 > sentStart) {
      let ante = npBackward(doc, tokens[v - 2].text === ',' ? v - 3 : v - 2, sentStart);
      // "José Yurramendi, para saber su opinión, quien manifestó": past a noun that names nobody, to the name before it
      if (ante && !plausibleSpeaker(doc, ante)) ante = nameBefore(doc, ante.first - 1, sentStart) ?? ante;
      if (ante) return { np: ante, cue: t.text, where: 'before', at: v };
    }
    let np = npBackward(doc, v - 1, sentStart);
    // "Protesters marching through the streets chanted": the noun after a preposition is its object
    // "Trump issued a statement saying …", "The senator emailed supporters saying …": before a
    // participle, the noun after another verb is that verb's object; the sentence's subject speaks
    const objectOfVerb = (n: Np) => t.lower.endsWith('ing') && tokens[n.first - 1]?.isWord && !tokens[n.first - 1].cap && tokens[n.first - 1].lower !== 'of';
    const before = tokens[np?.first ? np.first - 1 : 0].lower;
    // "Clinton, during a town hall in Columbus, Ohio, said": the state after a town is no subject either
    if (np && np.first > sentStart && (PREPOSITIONS.has(before) || !!doc.lex.objectPrepositions?.has(before) || objectOfVerb(np) || placeAfterPlace(doc, np.first, v + 1))) {
      const subject = sentenceSubject(doc, sentStart, np.first - 1);
      if (subject && subject.last < np.first - 1) np = subject;
    }
    if (np) return { np, cue: t.text, where: 'before', at: v };
    // "… and said", "…, then told": the subject of the sentence speaks
    const subject = sentenceSubject(doc, sentStart, v);
    if (subject) return { np: subject, cue: t.text, where: 'subject', at: v };
    if (lemma !== 'say' && doc.lex.weakVerbs.has(lemma)) continue;
    // "Al respecto, señaló: “…”": a language that leaves out its subjects speaks for the person last named
    return { np: doc.lex.dropsSubjects ? { first: v, last: v, implicit: true } : null, cue: t.text, where: 'before', at: v };
  }
  return null;
}

const GO = new Set(['go', 'goes', 'went', 'going', 'gone']);

/** The token index of "went" in "went on to <verb at v>" ("goes on to say", "then went on to add"), or -1. */
function goesOnTo(doc: Doc, v: number, sentStart: number): number {
  const { tokens } = doc;
  if (v - 3 < sentStart || tokens[v - 1].lower !== 'to' || tokens[v - 2].lower !== 'on' || !GO.has(tokens[v - 3].lower)) return -1;
  return v - 3;
}

/**
 * "Laut Unterlagen antwortet Keith …": the words before the verb follow a preposition, so they are an
 * adverbial and the verb's subject comes after it. Only where the subject may follow its verb.
 */
function afterPreposition(doc: Doc, np: Np): boolean {
  const { tokens, lex } = doc;
  // "Auf weitere Nachfrage sagt Keuter": past the lower-case article and adjectives of the phrase
  let k = np.first - 1;
  for (let n = 0; n < MAX_MODIFIERS && tokens[k - 1] && tokens[k].isWord && !tokens[k].cap && !isPreposition(doc, tokens[k].lower); n++) k--;
  return isPreposition(doc, tokens[k]?.lower ?? '') || sourcePhraseAt(doc, k) > 0;
}

/** Lower-case words an adverbial's noun may carry before it ("auf die weitere Nachfrage"). */
const MAX_MODIFIERS = 2;

function isPreposition(doc: Doc, w: string): boolean {
  return doc.lex.prepositions.has(w) || !!doc.lex.objectPrepositions?.has(w);
}

/** The nearest name run ending at or before token `k` in the sentence, as a noun phrase. */
function nameBefore(doc: Doc, k: number, sentStart: number): Np | null {
  for (; k >= sentStart; k--) {
    const ri = doc.runAt[k];
    if (ri >= 0) return { first: Math.max(doc.runs[ri].first, sentStart), last: k };
  }
  return null;
}

const LEADING_ADVERBIAL = /^(in|on|at|after|before|during|last|earlier|later|meanwhile|however|since|while|as|when|for|with|from|by|although|though|because|if|once|until|unless|shortly|hours|days|weeks|moments|minutes|just|even)$/;

/** The subject that opens a sentence, after a leading adverbial ("In a statement, the ministry …"). */
export function sentenceSubject(doc: Doc, sentStart: number, limit: number): Np | null {
  const { tokens } = doc;
  let s = sentStart;
  while (s < limit && !tokens[s].isWord) s++;
  s = pastDateline(doc, s, limit);
  // "But the mayor said", "And then …": a conjunction opening the sentence
  if (/^(but|and|so|yet|still|also|then)$/.test(tokens[s]?.lower ?? '') && tokens[s + 1]?.text !== ',') s++;
  // "Doch der Aktivist …", "Mais la ministre …": another language's opening word that names nobody
  else if (doc.lex.definiteArticles.size && opensWithoutNaming(doc, s)) s++;
  // "Once in my 20s, when my mother …, I said": one adverbial after another, each closed by a comma
  // ("The day before, at a rally in Beaumont, Tex., Mr. Trump …": a time, then a place and its state)
  for (let guard = 0; guard < 4 && (LEADING_ADVERBIAL.test(tokens[s]?.lower ?? '') || openerBeforeComma(doc, s) || opensAdverbial(doc, s, limit) ||
    opensWithTime(doc, s, limit) || (guard > 0 && placeAfterPlace(doc, s, limit))); guard++) {
    let c = s;
    while (c < limit && tokens[c].text !== ',') c++;
    if (c >= limit) break;
    s = c + 1;
  }
  return npForward(doc, s, limit);
}

/** A capitalised conjunction or adverb (no article, pronoun or preposition) that names nobody, before the subject. */
function opensWithoutNaming(doc: Doc, s: number): boolean {
  const { tokens, lex } = doc;
  const t = tokens[s];
  return !!t?.isWord && tokens[s + 1]?.text !== ',' && lex.nonNameCapitals.has(t.lower) && !lex.articles.has(t.lower) && !lex.pronouns.has(t.lower) &&
    !lex.prepositions.has(t.lower) && !lex.objectPrepositions?.has(t.lower);
}

/**
 * "There, the district chairman …", "Appearing on CBS, the front-runner said": a word that is no
 * name or pronoun followed by a comma, or a participle, opens an adverbial before the subject.
 */
function openerBeforeComma(doc: Doc, s: number): boolean {
  const t = doc.tokens[s];
  const next = doc.tokens[s + 1];
  if (!t?.isWord || doc.lex.pronouns.has(t.lower)) return false;
  // a capitalised participle opening the sentence is read as a one-word name run: still a participle
  if (t.lower.endsWith('ing') && t.lower.length > 5 && next?.isWord && !next.cap) return true;
  return doc.runAt[s] < 0 && next?.text === ',';
}

const MADE = new Set(['made', 'issued', 'posted', 'delivered', 'given', 'offered', 'written', 'sent', 'echoed', 'shared']);

/** "The comment was made by X." in the sentence after a quote. */
export function cueNextSentence(doc: Doc, s: number, e: number): CueHit | null {
  const { tokens, lex } = doc;
  let k = s;
  if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'that' || tokens[k]?.lower === 'those' || tokens[k]?.lower === 'these') k++;
  if (!lex.utteranceNouns.has(tokens[k]?.lower ?? '')) return null;
  k++;
  if (!BE.has(tokens[k]?.lower ?? '')) return null;
  k++;
  if (!MADE.has(tokens[k]?.lower ?? '')) return null;
  k++;
  if (tokens[k]?.lower !== 'by') return null;
  return { np: npForward(doc, k + 1, e), cue: `${tokens[s + 1]?.text ?? ''} made by`.trim(), where: 'next', at: k };
}

/**
 * The source after "according to", "según", "selon". A verb may come first, its subject after it or
 * left out ("según informó la DGSA", "según contó la integrante de Coendu", "Según entiende, …").
 */
function sourceAfter(doc: Doc, from: number, to: number): Np | null {
  const { tokens, lex } = doc;
  // "selon lui", "según ella": a pronoun alone is the source (not the words after it)
  if (pronounSource(doc, from)) return { first: from, last: from };
  // "según ha explicado …": auxiliaries before the verb
  let v = from;
  while (v < to && v - from < 2 && lex.auxiliaries.has(tokens[v].lower) && !lex.articles.has(tokens[v].lower)) v++;
  const t = tokens[v];
  if (t?.isWord && !t.cap && lex.speechForms.has(t.lower)) {
    const np = npForward(doc, v + 1, to);
    if (np) return np;
    // "según ha explicado a este diario un portavoz": the person told comes first, then the subject
    for (let k = v + 2; k < to && k - v < 7 && tokens[k].isWord; k++) {
      if (lex.articles.has(tokens[k].lower) && !lex.prepositions.has(tokens[k - 1].lower)) return npForward(doc, k, to);
    }
    return lex.dropsSubjects ? { first: v, last: v, implicit: true } : null;
  }
  return sourceWords(doc, from, to) ?? npForward(doc, from, to);
}

/** A pronoun standing as the source of "selon", "según", "laut" or "zufolge" ("selon lui", "ihm zufolge"). */
function pronounSource(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  // a stressed form opening a sentence ("Ihm zufolge") is read as a one-word name run: still the pronoun
  return !!t && ((doc.runAt[k] < 0 && doc.lex.pronouns.has(t.lower)) || !!doc.lex.stressedPronouns?.has(t.lower));
}

// "according to early results of exit polls conducted for The Associated Press and television
// networks by Edison Research": a poll's or a report's full description runs past a dozen words
const MAX_SOURCE_TOKENS = 22;

/**
 * The words after "according to" up to the next comma or full stop ("according to exit polls"):
 * the cue names a source whatever its shape, so a phrase the noun-phrase reader rejects still counts.
 */
export function sourceWords(doc: Doc, from: number, to: number): Np | null {
  const { tokens } = doc;
  let k = from;
  while (k < to && k - from < MAX_SOURCE_TOKENS && (tokens[k].isWord || /^[-/&’'.()]$/.test(tokens[k].text))) {
    // "laut Trump am Leben - US-Präsident: „…“": a hyphen spaced as a dash parts a heading's phrases
    if (spacedHyphen(doc, k)) return null;
    if (tokens[k].text === '.' && !(k > from && doc.lex.abbreviations.has(tokens[k - 1].lower))) break;
    k++;
  }
  if (k === from || k - from >= MAX_SOURCE_TOKENS || (k < to && !/^[,.;:—–]$/.test(tokens[k].text))) return null;
  while (k > from && !tokens[k - 1].isWord) k--;
  return k > from ? { first: from, last: k - 1 } : null;
}

/** A hyphen with a space on each side, written for a dash ("Kim Jong Un laut Trump am Leben - US-Präsident"). */
function spacedHyphen(doc: Doc, k: number): boolean {
  const { tokens, text } = doc;
  return tokens[k].text === '-' && /\s/.test(text[tokens[k].start - 1] ?? '') && /\s/.test(text[tokens[k].end] ?? '');
}
