// Where a reported clause starts after its verb: a "that" past an adverbial, an opening quotation,
// the lead-in's own verb; and the verbs that need more than a noun phrase after them.
import { clauseVerb, words } from './clause-basics';
import { type Doc, insideQuote } from './doc';
import { looksLikeNoun, npBackward } from './noun-phrase';

/** Words that cannot open a reported clause right after the verb ("said nothing", "said in …"). */
export const NOT_CLAUSE = /^(to|in|on|at|for|with|about|of|by|from|as|so|nothing|anything|something|yes|goodbye|hello|more|little|much|him|them|me|us|you|during|after|before|over|through|into|afterward|afterwards|later|earlier|recently|previously|repeatedly|also|publicly|privately|again|then|otherwise|thanks|sorry|please|hi|ok|okay|why|where|whether|how)$/;

export const TIME_START = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|last|this|next)$/;

export const NP_OBJECT = new Set(['continue', 'maintain', 'demand', 'signal', 'indicate', 'question', 'charge', 'agree', 'estimate', 'boast', 'hint', 'echo', 'repeat', 'reiterate', 'recommend', 'propose', 'counter', 'reason', 'observe', 'remark', 'testify', 'declare']);

/**
 * "Danilo Gallinari added 25 points": these verbs, with a number right after them, count something
 * rather than report it (PolNeAR train: "added"/"adding" before a number opened no attribution, 0 of 4).
 */
export const COUNTS_WITH_NUMBER = new Set(['add']);

export const NEEDS_THAT = new Set(['state', 'states']);

/** Prepositions that open an adverbial between a verb of saying and its "that" ("said at a rally in Ohio, that …"). */
const ADVERBIAL_PREP = /^(at|in|during|on|after|before|via|over|through|from|with|while|by|late|early|earlier|later|last|this|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** The "that" after a longer adverbial, commas included; -1 when none. */
export function thatAfterAdverbial(doc: Doc, c: number, te: number): number {
  const { tokens } = doc;
  if (!ADVERBIAL_PREP.test(tokens[c]?.lower ?? '')) return -1;
  for (let k = c + 1; k < te && k - c < 16; k++) {
    const t = tokens[k];
    if (t.lower === 'that') return tokens[k - 1].text === ',' || !tokens[k - 1].isWord || tokens[k + 1]?.isWord || /^["“‘]$/.test(tokens[k + 1]?.text ?? '') ? k : -1;
    if (t.text === ';' || t.text === ':' || t.lower === 'to' || /^["“”‘’]$/.test(t.text) || (!t.cap && doc.lex.speechForms.has(t.lower))) return -1;
  }
  return -1;
}

/** "…, X said at an event in Ohio that …": a "that" or a quotation after the verb opens its own report. */
export function reportAhead(doc: Doc, from: number, te: number): boolean {
  const { tokens } = doc;
  for (let k = from; k < te; k++) if (tokens[k].lower === 'that' || (!tokens[k].isWord && insideQuote(doc, tokens[k].start))) return true;
  return false;
}

/** An opening mark at `c` whose quotation closes with at least two words of the sentence still to come. */
export function quotationOpensClause(doc: Doc, c: number, te: number): boolean {
  const { tokens } = doc;
  if (!/^["“‘]$/.test(tokens[c].text) || !insideQuote(doc, tokens[c].start)) return false;
  let k = c + 1;
  while (k < te && insideQuote(doc, tokens[k].start)) k++;
  return words(doc, k, te) >= 2;
}

/**
 * Most words a sentence may lead in with before a quotation that ", X said" closes for the sentence to
 * be reported whole ('Right-wing parties all over Europe, and especially …, “have and will …,” X said');
 * PolNeAR marks the whole sentence at every length up to about this one.
 */
export const MAX_LEAD_IN = 30;

/** A lead-in longer than this must hold no attribution of its own ("To ease the danger, engineers said, …"). */
export const SHORT_LEAD_IN = 10;

/** Whether tokens [from, to) hold a verb of saying set off by a comma after it ("…, engineers said, …"). */
export function speechVerbIn(doc: Doc, from: number, to: number): boolean {
  const { tokens, lex } = doc;
  for (let k = from; k < to - 1; k++) if (!tokens[k].cap && tokens[k + 1].text === ',' && lex.speechForms.has(tokens[k].lower) && !lex.nounLikeVerbs.has(tokens[k].lower)) return true;
  return false;
}

/** Words from ts to the first quotation before token c (0 when a quotation opens the stretch). */
export function leadInWords(doc: Doc, ts: number, c: number): number {
  const { tokens } = doc;
  let n = 0;
  for (let k = ts; k < c; k++) {
    if (insideQuote(doc, tokens[k].start)) return n;
    if (tokens[k].isWord) n++;
  }
  return n;
}

/** A verb of saying after its subject in the words before a quotation ("Ortiz said she …"), or -1. */
export function verbInLeadIn(doc: Doc, ts: number, c: number): number {
  const { tokens } = doc;
  for (let k = ts + 1; k < c && !insideQuote(doc, tokens[k].start); k++) {
    if (clauseVerb(doc, k, false) && !looksLikeNoun(doc, k) && !tokens[k].lower.endsWith('ing') && npBackward(doc, k - 1, ts)) return k;
  }
  return -1;
}
