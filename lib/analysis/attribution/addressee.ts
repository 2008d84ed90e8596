// "“…”, explicaron a Clarín desde el entorno presidencial": right after a verb of saying, a noun after
// "a" is the person or outlet told, never the speaker; the speaker is the subject after it, or, with
// none, the circle an unnamed source speaks from ("desde el entorno presidencial"). The prepositions
// are data of each language.
import type { Doc } from './doc';
import { npForward, type Np } from './noun-phrase';

/** Where the words after the person told begin, when `s` opens "a X" / "al X"; otherwise `s`. */
export function pastAddressee(doc: Doc, s: number, to: number): number {
  if (!doc.lex.addresseePrepositions?.has(doc.tokens[s]?.lower ?? '')) return s;
  // "dijo a la radio el ministro Pedro Gómez": the person told ends where the subject's article opens
  let end = s + 2;
  while (end < to && doc.tokens[end].isWord && !doc.lex.articles.has(doc.tokens[end].lower)) end++;
  const told = npForward(doc, s + 1, end);
  return told ? (told.after ?? told.last) + 1 : s;
}

/** "desde el entorno presidencial" at `s`: the circle the unnamed source speaks from, or null. */
export function speakingFrom(doc: Doc, s: number, to: number): Np | null {
  if (!doc.lex.speakingFromPrepositions?.has(doc.tokens[s]?.lower ?? '')) return null;
  const circle = npForward(doc, s + 1, to);
  if (!circle) return null;
  // "desde La Pampa" is where a speaker stands, not who speaks: only a circle, a body or a seat of power
  const { tokens, lex } = doc;
  const head = tokens[circle.first + (lex.articles.has(tokens[circle.first].lower) ? 1 : 0)]?.lower ?? '';
  const words = tokens.slice(circle.first, circle.last + 1).map((t) => t.lower).join(' ');
  return lex.unnamedSourceNouns.has(head) || lex.organisationWords.has(head) || lex.governmentMetonyms.has(words) ? circle : null;
}
