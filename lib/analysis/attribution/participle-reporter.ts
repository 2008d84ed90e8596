// "The man left early, Nefzi said, adding, “…”": a participle after a comma shares the subject of the
// clause it trails. When that clause is a report closed by its speaker ("Nefzi said", "said Mr.
// Nefzi"), the participle is that speaker's, not the subject of the words reported before it.
import type { Doc } from './doc';
import { looksLikeNoun, npBackward, type Np } from './noun-phrase';

/** Verbs (lemmas) that put their speaker after them. */
const INVERTING = new Set(['say', 'add', 'ask', 'write']);

/** The speaker of the report that ends right before the comma at `comma` ("…, X said," / "…, said X,"), or null. */
export function reporterBeforeComma(doc: Doc, comma: number, floor: number): Np | null {
  const { tokens, lex } = doc;
  const k = comma - 1;
  if (k <= floor || tokens[comma]?.text !== ',') return null;
  const isVerb = (i: number) => i >= floor && tokens[i].isWord && !tokens[i].cap && lex.speechForms.has(tokens[i].lower);
  if (isVerb(k)) {
    // a name or a pronoun right before the verb: after a common noun the verb may itself be a noun
    // ("the same campaign points, calling …", "Trump’s comments, telling …")
    const before = tokens[k - 1];
    if (!before || looksLikeNoun(doc, k) || (doc.runAt[k - 1] < 0 && !lex.pronouns.has(before.lower))) return null;
    const np = npBackward(doc, k - 1, floor);
    return np && np.last === k - 1 ? np : null;
  }
  // inverted only after the verbs that invert in English ("said Nefzi"): after "praised", "told" or
  // "confirmed" the words are the verb's object ("praised Trump, stating …")
  const np = npBackward(doc, k, floor);
  return np && np.last === k && isVerb(np.first - 1) && INVERTING.has(lex.speechForms.get(tokens[np.first - 1].lower) ?? '') ? np : null;
}
