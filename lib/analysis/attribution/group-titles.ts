// "Parmi les députés ayant voté contre figurent … l’UMP Laure de la Raudière ou l’écologiste Sergio
// Coronado, mais aussi … Patrick Devedjian": a plural title that opens a group names the office of the
// people the sentence then lists. The prepositions that open such a group are data of each language.
import type { Doc } from './doc';
import { insideQuote, sentenceOf } from './doc';
import { inLexicon } from '../lexicon';
import { personFor } from './resolve';

/** Below a title given to the person alone: the group's office yields to one of their own. */
const GROUP_TITLE_SCORE = 0.8;

/** The singular of a plural title head ("députés" -> "député", "ministres" -> "ministre"), or null. */
function singularHead(doc: Doc, plural: string): string | null {
  if (!plural.endsWith('s') || plural.length < 4) return null;
  const one = plural.slice(0, -1);
  return inLexicon(doc.lex, doc.lex.titleHeads, one) ? one : null;
}

/** Titles the people a sentence lists after a group preposition and a plural title. */
export function titleGroupMembers(doc: Doc): void {
  const { lex, tokens, runs, reg } = doc;
  if (!lex.groupPrepositions?.size) return;
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (!lex.groupPrepositions.has(tokens[k].lower) || !lex.articles.has(tokens[k + 1].lower)) continue;
    const title = singularHead(doc, tokens[k + 2].lower);
    const sentence = title ? sentenceOf(doc, tokens[k].start) : null;
    if (!title || !sentence) continue;
    for (let ri = 0; ri < runs.length; ri++) {
      const r = runs[ri];
      const at = tokens[r.first].start;
      if (r.first <= k + 2 || r.words.length < 2 || insideQuote(doc, at)) continue;
      if (at >= sentence.end) break;
      // an organisation or an office in capitals ("Assemblée nationale") is no member
      if (r.words.some((w) => inLexicon(lex, lex.organisationWords, w)) || reg.apposedOrganisation(doc.text.slice(at, r.end))) continue;
      const ent = personFor(doc, ri);
      reg.mention(ent, { start: at, end: r.end });
      reg.setTitle(ent, title, GROUP_TITLE_SCORE);
    }
  }
}
