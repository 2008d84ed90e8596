// Shared pieces of reading reported speech: the report's shape, word counts, verbs that take a
// clause, the edges of quotations.
import { type Doc, insideQuote } from './doc';
import type { Np } from './noun-phrase';

export const OBJECT_VERBS = new Set(['tell', 'inform', 'assure', 'advise', 'remind', 'notify']);

export const MIN_WORDS = 3;

export const words = (doc: Doc, a: number, b: number) => {
  let n = 0;
  for (let k = a; k < b; k++) if (doc.tokens[k].isWord) n++;
  return n;
};

export interface Reported {
  np: Np;
  cue: string;
  clause: [number, number];
  /** Another stretch of the same reported speech ("Acts of protest, he said, are acts of …"). */
  extra?: [number, number];
  /** A second clause of the same speaker ("… and says he will expand …"). */
  second?: [number, number];
}

export function clauseVerb(doc: Doc, i: number, headline: boolean): string | null {
  const t = doc.tokens[i];
  if (!t?.isWord || (t.cap && !headline)) return null;
  const lemma = doc.lex.speechForms.get(t.lower);
  return lemma && doc.lex.clauseVerbs.has(lemma) && !nounOrPassiveHere(doc, i) ? lemma : null;
}

/**
 * The form at token i is a noun after a preposition or determiner ("par tranche", "d’alerte") or a
 * passive participle after "be" ("sera confié à …", but not the reflexive "s’est confié"), by the
 * language's word lists; never in a language without them.
 */
function nounOrPassiveHere(doc: Doc, i: number): boolean {
  const { tokens, lex } = doc;
  const prev = tokens[i - 1]?.lower ?? '';
  if (lex.nounMarkers?.has(prev)) return true;
  if (!lex.passiveAuxiliaries?.has(prev)) return false;
  const before = tokens[i - 2]?.lower ?? '';
  return before !== 's’' && before !== "s'" && before !== 'se';
}

export const FINITE = /^(is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|do|does|did|isn’t|isn't|wasn’t|wasn't|aren’t|aren't|weren’t|weren't|won’t|won't|can’t|can't|don’t|don't|doesn’t|doesn't|didn’t|didn't|hasn’t|hasn't|haven’t|haven't|wouldn’t|wouldn't|couldn’t|couldn't|shouldn’t|shouldn't)$/;

/** Words after a participle that read as a clause ("… he would resign"), not an object ("… its image"). */
export function looksLikeClause(doc: Doc, c: number, te: number): boolean {
  const { tokens } = doc;
  for (let k = c + 1; k < te && k - c < 9; k++) {
    const t = tokens[k];
    if (t.text === ',' || t.text === ';' || t.text === ':') return false;
    if (FINITE.test(t.lower) || /['’](s|re|ll|d)$/.test(t.lower) && k === c) return true;
    if (t.isWord && !t.cap && k > c && /ed$/.test(t.lower) && /^(he|she|they|it|we|i|you)$/.test(tokens[k - 1].lower)) return true;
  }
  return false;
}

export function quotationAfter(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!doc.tokens[k].isWord && insideQuote(doc, doc.tokens[k].start)) return true;
  return false;
}

/**
 * A quotation mark of any language ("…", « … », „…“, » … «, ‹ ›, ‚ ‘): the ends of a reported clause keep
 * it, so that a clause closing on « raisons personnelles » still holds the whole quotation.
 */
export const QUOTE_MARK = /^["“”‘’'«»„‚‹›]$/;

/** A closing quotation mark at token i. */
export const closesQuote = (doc: Doc, i: number) => /^["”’']$/.test(doc.tokens[i]?.text ?? '') && !insideQuote(doc, doc.tokens[i].end);

export const DAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/;

export const isAdjunctParticiple = (t: { isWord: boolean; cap: boolean; lower: string } | undefined) =>
  !!t && t.isWord && !t.cap && t.lower.length > 5 && t.lower.endsWith('ing') && !/^(including|according|during|notwithstanding|regarding|concerning|following|excluding|nothing|something|anything|everything)$/.test(t.lower);
