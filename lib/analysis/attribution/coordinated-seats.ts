// "„…“, schreiben Berlin und Paris im „Aachener Vertrag“": two seats of government (or countries)
// joined by "und" speak together, as one source; neither capital alone is that speaker.
import type { Doc } from './doc';
import type { Np } from './noun-phrase';

/** "and" and its kin in the languages of the lexicons. */
const AND = new Set(['and', 'und', 'et', 'y']);

/** Whether the name run of one word or phrase ending at `last` is a seat of government or a country. */
function isSeat(doc: Doc, first: number, last: number): boolean {
  const words = doc.tokens.slice(first, last + 1).map((t) => t.lower).join(' ');
  return doc.lex.governmentMetonyms.has(words) || doc.lex.countries.has(words);
}

/** The last token of a second seat joined to the seat run ending at `last` ("Berlin und Paris"), or -1. */
export function joinedSeatEnd(doc: Doc, first: number, last: number): number {
  const { tokens, runs, runAt } = doc;
  if (!AND.has(tokens[last + 1]?.lower ?? '') || !isSeat(doc, first, last)) return -1;
  const ri = runAt[last + 2] ?? -1;
  const end = ri >= 0 && runs[ri].first === last + 2 ? runs[ri].last : last + 2;
  return tokens[last + 2]?.cap && isSeat(doc, last + 2, end) ? end : -1;
}

/** The last token of the name starting at `first`: its run's, or its own. */
export function nameEnd(doc: Doc, first: number): number {
  const ri = doc.runAt[first] ?? -1;
  return ri >= 0 && doc.runs[ri].first === first ? doc.runs[ri].last : first;
}

/** Whether the words of a speaker are two seats joined by "and". */
export function areJoinedSeats(doc: Doc, np: Np): boolean {
  return np.last > np.first + 1 && joinedSeatEnd(doc, np.first, nameEnd(doc, np.first)) === np.last;
}
