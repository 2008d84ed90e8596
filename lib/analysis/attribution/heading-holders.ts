// "Gérald Darmanin" as a section heading, then "Fin 2017, le ministre des Comptes publics est accusé
// …": a profile names its person in the heading and gives the office in the first sentence below, as
// the subject, with a definite article and no name. That office is the heading's person's title.
import type { Doc } from './doc';
import { inLexicon } from '../lexicon';
import { genderOfPhrase, titleAfter } from './names';
import { personFor } from './resolve';
import { tokenAt } from './tokens';

/** How far into the paragraph the subject may come, after a leading adverbial ("Fin 2017, …"). */
const SUBJECT_WITHIN = 8;

/** Titles the heading's person by the definite title that opens the paragraph after the heading. */
export function titleHeadingPeople(doc: Doc): void {
  const { lex, tokens, blocks, runs, runAt, reg, text } = doc;
  if (!lex.definiteArticles.size) return;
  blocks.forEach((block, b) => {
    const next = blocks[b + 1];
    if (block.kind !== 'heading' || next?.kind !== 'paragraph') return;
    const f = tokenAt(tokens, block.start);
    const ri = runAt[f] ?? -1;
    const r = runs[ri];
    // the heading is one name of two words or more, and nothing else
    if (!r || r.words.length < 2 || text.slice(block.start, tokens[r.first].start).trim() || text.slice(r.end, block.end).trim()) return;
    const a = subjectArticle(doc, tokenAt(tokens, next.start), next.end);
    if (a < 0) return;
    // titleAfter reads an apposition after "as": start it two tokens before the article
    const t = titleAfter(text, tokens, a - 2, lex, true);
    if (!t) return;
    const ent = personFor(doc, ri);
    reg.mention(ent, { start: tokens[r.first].start, end: r.end });
    reg.setTitle(ent, t.title, 1);
    const g = genderOfPhrase(t.title, lex) ?? lex.articleGenders?.get(tokens[a].lower) ?? null;
    if (g && !ent.gender) ent.gender = g;
  });
}

/** The token of a definite article before a title head opening the paragraph's first clause, or -1. */
function subjectArticle(doc: Doc, first: number, end: number): number {
  const { tokens, lex } = doc;
  let k = first;
  // "Fin 2017, le ministre …": one leading adverbial closed by a comma
  for (let c = k; c < tokens.length && c - first < SUBJECT_WITHIN && tokens[c].start < end; c++) {
    if (tokens[c].text === ',') { k = c + 1; break; }
    if (tokens[c].text === '.') break;
  }
  const art = tokens[k];
  const head = tokens[k + 1];
  if (!art || !head || art.start >= end || !lex.definiteArticles.has(art.lower) || !inLexicon(lex, lex.titleHeads, head.lower)) return -1;
  return k;
}
