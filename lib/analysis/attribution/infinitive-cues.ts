// "Une « négligence », tente d’expliquer la ministre", "…, a voulu rassurer le maire": after a quotation
// a verb of trying or wanting carries the infinitive of saying, and the subject follows as after any
// inverted verb of saying. The carrying verbs are data of each language (`infinitiveCarriers`).
import type { Doc } from './doc';

/** Words between the carrying verb and its infinitive ("tente d’expliquer", "tient à préciser", "croit bon de"). */
const LINKS = new Set(['de', 'd’', "d'", 'à', 'bon']);

const infinitives = new WeakMap<object, Set<string>>();

/** The infinitives of the language's verbs of saying (their lemmas). */
function speechInfinitives(doc: Doc): Set<string> {
  let set = infinitives.get(doc.lex.speechForms);
  if (!set) infinitives.set(doc.lex.speechForms, (set = new Set(doc.lex.speechForms.values())));
  return set;
}

/**
 * The token index of an infinitive of saying that one or two carrying verbs (an auxiliary before them
 * allowed) introduce from token `k`, or -1.
 */
export function carriedInfinitiveAt(doc: Doc, k: number, to: number): number {
  const { tokens, lex } = doc;
  const carriers = lex.infinitiveCarriers;
  if (!carriers?.size) return -1;
  let v = k;
  let carried = 0;
  // "a voulu", "s’est contenté de": auxiliaries and a reflexive pronoun around the carrying verb
  while (v < to && v - k < 5 && (carriers.has(tokens[v].lower) || lex.auxiliaries.has(tokens[v].lower) || (carried > 0 && LINKS.has(tokens[v].lower)))) {
    if (carriers.has(tokens[v].lower)) carried++;
    v++;
  }
  if (!carried || v >= to || tokens[v].cap) return -1;
  return speechInfinitives(doc).has(tokens[v].lower) ? v : -1;
}
