// "The spokesman said there was no meeting planned, adding: “If one is …”": a reported clause, then a
// quotation introduced by a verb of its own. The quotation is direct speech; the clause before it is
// still reported, by the same subject.
import type { Span } from '../types';
import type { Doc } from './doc';
import { tokenAt } from './tokens';

/** Participles and verbs that introduce a quotation of their own after a reported clause. */
const OWN_QUOTE_CUES = new Set(['adding', 'saying', 'added', 'said', 'noting', 'explaining', 'continuing', 'writing', 'declaring', 'insisting', 'warning']);

/**
 * The token where the reported clause [cs, ce) ends when every quotation after its start comes after ", adding:",
 * ", saying," or "and said," (the comma or "and" before that verb), or -1. The first quotation must
 * open right after the verb and its comma or colon, so a quotation inside the clause's own words
 * ("said the plan was “dead”, adding …") keeps the sentence whole.
 */
export function clauseEndBeforeOwnQuote(doc: Doc, cs: number, ce: number, quotes: readonly Span[]): number {
  const { tokens } = doc;
  const q = quotes[0];
  if (!q || q.start < tokens[cs].start) return -1;
  let k = tokenAt(tokens, q.start) - 1;
  if (k <= cs) return -1;
  if (tokens[k].text === ':' || tokens[k].text === ',') k--;
  if (!OWN_QUOTE_CUES.has(tokens[k]?.lower ?? '') || tokens[k].cap) return -1;
  k--;
  if (tokens[k]?.lower === 'and' && tokens[k - 1]?.text === ',') k--;
  if (tokens[k]?.text !== ',' && tokens[k]?.lower !== 'and') return -1;
  // the clause may already end at that comma or before it (its reader stops at ", adding")
  return k > cs ? Math.min(k, ce) : -1;
}
