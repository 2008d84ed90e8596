// "François Bayrou à la Justice, Marielle de Sarnez aux Affaires européennes et Sylvie Goulard aux
// Armées": French names a minister by the field of the ministry alone after the name. The title is the
// office the words stand for ("ministre de la Justice"). The holder's word, the prepositions and the
// fields are data of each language (`portfolios`).
import type { Doc } from './doc';

/** Words a field's name may have ("Affaires étrangères", "Transition écologique"). */
const MAX_FIELD_WORDS = 3;

/** Punctuation that may follow a portfolio in such a list (or else one of the language's coordinators, "et"). */
const ENDS = new Set([',', '.', ';', ':', ')']);

/** The office a portfolio after the name at token `last` stands for, or null. */
export function portfolioAfter(doc: Doc, last: number): { title: string; last: number } | null {
  const { tokens, lex, text } = doc;
  const p = lex.portfolios;
  if (!p) return null;
  for (const [words, replacement] of p.prepositions) {
    let k = last + 1;
    if (!words.every((w, j) => tokens[k + j]?.lower === w)) continue;
    k += words.length;
    if (!tokens[k]?.cap) return null;
    for (let n = Math.min(MAX_FIELD_WORDS, tokens.length - k); n >= 1; n--) {
      const field = tokens.slice(k, k + n).map((t) => t.lower).join(' ');
      if (!p.fields.has(field)) continue;
      const after = tokens[k + n];
      if (after && !ENDS.has(after.text) && !lex.coordinators?.has(after.lower)) return null;
      return { title: `${p.holder} ${replacement}${replacement.endsWith('’') ? '' : ' '}${text.slice(tokens[k].start, tokens[k + n - 1].end)}`, last: k + n - 1 };
    }
    return null;
  }
  return null;
}
