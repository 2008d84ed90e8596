// "… on finit notre reportage en discutant avec Pasiphae. Cette jeune fille de 20 ans étudie les
// lettres": a sentence that opens with a demonstrative and a person noun describes the name that closed
// the sentence before, which is then a person (a first name alone gives no other evidence) of the
// noun's gender. The demonstratives are data of each language.
import type { Doc } from './doc';
import { insideQuote, sentenceOf } from './doc';
import { inLexicon } from '../lexicon';
import { personFor } from './resolve';
import { tokenAt } from './tokens';
import { personNounGender } from './person-nouns';

/** Lower-case words allowed between the demonstrative and its noun ("cette jeune fille"). */
const MAX_ADJECTIVES = 2;

/** The gender of a person noun after a demonstrative, 'any' for an ungendered one, or null for no person noun. */
function personNoun(doc: Doc, d: number): 'male' | 'female' | 'any' | null {
  const { tokens, lex } = doc;
  for (let k = d + 1; k <= d + 1 + MAX_ADJECTIVES && k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.isWord || t.cap) return null;
    const gender = personNounGender(lex, t.lower);
    if (gender) return gender;
  }
  return null;
}

/** Makes people of the names that a demonstrative description takes up in the next sentence. */
export function personsIntroducedByDemonstratives(doc: Doc): void {
  const { lex, tokens, runs, runAt, reg } = doc;
  if (!lex.demonstratives?.size) return;
  for (const s of doc.sentences) {
    const d = tokenAt(tokens, s.start);
    if (d >= tokens.length || !lex.demonstratives.has(tokens[d].lower) || insideQuote(doc, s.start)) continue;
    const gender = personNoun(doc, d);
    if (!gender) continue;
    // the name that closes the sentence before: its last word is the last word before the full stop
    let e = d - 1;
    while (e >= 0 && !tokens[e].isWord) e--;
    const ri = e >= 0 ? runAt[e] : -1;
    if (ri < 0 || runs[ri].last !== e || sentenceOf(doc, tokens[e].start) === sentenceOf(doc, s.start)) continue;
    const r = runs[ri];
    const name = doc.text.slice(tokens[r.first].start, r.end);
    if (r.words.some((w) => inLexicon(lex, lex.organisationWords, w)) || reg.apposedOrganisation(name) || lex.countries.has(name)) continue;
    const ent = personFor(doc, ri);
    if (ent.type !== 'person') continue;
    reg.mention(ent, { start: tokens[r.first].start, end: r.end });
    if (gender !== 'any' && !ent.gender) ent.gender = gender;
  }
}
