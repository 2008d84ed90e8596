// "Eine Frau kommt über die Brücke. Sie wohnt in Grosbliederstroff …: „…“", "Una vecina se acercó. Ella
// contó que …": a sentence that opens with an indefinite article and a noun of a person's sex brings in
// someone the text never names; the pronouns of that sex that follow stand for them. The articles are
// data of each language.
import type { Doc } from './doc';
import { insideQuote } from './doc';
import { tokenAt } from './tokens';
import { personNounGender } from './person-nouns';

/** Lower-case adjectives allowed between the article and its noun ("eine ältere Frau"). */
const MAX_ADJECTIVES = 1;

/** Makes an unnamed person, of the noun's sex, of each sentence opened by an indefinite person noun. */
export function personsIntroducedIndefinitely(doc: Doc): void {
  const { lex, tokens, reg } = doc;
  if (!lex.indefiniteArticles?.size) return;
  for (const s of doc.sentences) {
    const a = tokenAt(tokens, s.start);
    if (a >= tokens.length || !lex.indefiniteArticles.has(tokens[a].lower) || insideQuote(doc, s.start)) continue;
    for (let k = a + 1; k <= a + 1 + MAX_ADJECTIVES && k < tokens.length && tokens[k].isWord; k++) {
      const gender = personNounGender(lex, tokens[k].lower);
      if (gender === 'any') break;
      if (!gender) continue;
      const ent = reg.named(tokens[k].text, 'unnamed', tokens[k].start);
      if (!ent.gender) ent.gender = gender;
      reg.mention(ent, { start: tokens[k].start, end: tokens[k].end });
      break;
    }
  }
}
