// "Am Sonntag hatte der Sicherheitsberater der Regierung gesagt, …", "Einige Landsleute hätten ihm
// sogar gesagt: „…“": in a verb-second language a compound tense puts the participle of saying at the
// end of the clause and the finite auxiliary second; the subject stands right after the auxiliary
// (after an adverbial) or right before it (opening the clause). The auxiliaries are data of each language.
import type { Doc } from './doc';
import { npBackward, npForward, type Np } from './noun-phrase';

/** How far back from the participle its auxiliary may stand ("hatte der Berater … am Sonntag gesagt"). */
const MAX_CLAUSE_TOKENS = 14;

/** The subject of the compound tense whose participle of saying is token `v`, or null. */
export function perfectSubject(doc: Doc, v: number, sentStart: number): Np | null {
  const { tokens, lex } = doc;
  if (!lex.verbSecond || !lex.perfectAuxiliaries?.size) return null;
  for (let a = v - 1; a >= sentStart && v - a <= MAX_CLAUSE_TOKENS; a--) {
    const t = tokens[a];
    // the clause of the participle ends at a comma, a colon or another quotation
    if (!t.isWord) {
      if (t.text === '-' || t.text === '.') continue;
      return null;
    }
    if (!lex.perfectAuxiliaries.has(t.lower)) continue;
    // "Bendels hatte CORRECTIV gegenüber … gesagt": a noun phrase opening the clause before the auxiliary is its subject
    const before = a > sentStart && tokens[a - 1].isWord ? npBackward(doc, a - 1, sentStart) : null;
    if (before && opensSentence(doc, before.first, sentStart)) return before;
    // "…, hatte der Berater … gesagt": after an adverbial the subject follows the auxiliary, unless
    // those words are the person told ("hätten ihm …")
    const after = lex.objectCases?.has(tokens[a + 1]?.lower ?? '') ? null : npForward(doc, a + 1, v);
    return after ?? before;
  }
  return null;
}

/** Whether token `first` opens the sentence, past its punctuation and one word that names nobody ("Doch", "Und"). */
function opensSentence(doc: Doc, first: number, sentStart: number): boolean {
  const { tokens } = doc;
  let k = sentStart;
  while (k < first && !tokens[k].isWord) k++;
  return k === first || (k + 1 === first && doc.lex.nonNameCapitals.has(tokens[k].lower) && !doc.lex.articles.has(tokens[k].lower));
}
