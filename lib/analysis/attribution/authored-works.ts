// "l’ouvrage d’Éric Chauvier … D’abord publié en 2009, le livre dénonçait le caractère « intimidant »
// de certains mots": a book speaks for its author. The words for a written work are data of each
// language (`workNouns`).
import type { Doc } from './doc';
import { insideQuote } from './doc';
import type { EntityRec } from './entities';

/** How far back the author may have been named (a paragraph or two). */
const REACH = 800;

/** The person a definite work noun at `at` speaks for: the last person named before it, or null. */
export function authorOfWork(doc: Doc, head: string, first: number, at: number): EntityRec | null {
  const { lex, tokens, reg } = doc;
  if (!lex.workNouns?.has(head) || !lex.definiteArticles.has(tokens[first]?.lower ?? '')) return null;
  return reg.antecedent(at, (e) => e.type === 'person', (pos) => insideQuote(doc, pos), REACH);
}
