// "Kasich is telling a packed crowd … that …", "Cruz is praising Jeb Bush … as “a man who …”": a form
// of "be" before a present participle of saying makes the progressive (AP's "The Latest" writes most of
// its reports so), not the passive; the subject stands before the auxiliary, and an adverb may come
// between them ("is also questioning whether …").
import type { Doc } from './doc';
import { npBackward, type Np } from './noun-phrase';

/** Forms of "be" that make the progressive with a participle after them. */
const PROGRESSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'been']);

/** Adverbs that may stand between the auxiliary and the participle. */
const INNER_ADVERBS = new Set(['also', 'now', 'still', 'again', 'already', 'increasingly', 'repeatedly', 'openly', 'publicly', 'once']);

/** Token index of the auxiliary of a progressive whose participle is token `v`, or -1. */
export function progressiveAuxiliary(doc: Doc, v: number, sentStart: number): number {
  const { tokens } = doc;
  if (!tokens[v].lower.endsWith('ing')) return -1;
  let a = v - 1;
  if (a > sentStart && INNER_ADVERBS.has(tokens[a].lower)) a--;
  return a > sentStart && PROGRESSIVE_AUXILIARIES.has(tokens[a].lower) ? a : -1;
}

/** The subject of the progressive whose participle of saying is token `v`, or null. */
export function progressiveSubject(doc: Doc, v: number, sentStart: number): Np | null {
  const a = progressiveAuxiliary(doc, v, sentStart);
  return a < 0 ? null : npBackward(doc, a - 1, sentStart);
}
