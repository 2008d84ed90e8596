import type { Doc } from './doc';
import type { LexiconData } from '../lexicon';

/** Articles of a genitive owner after a noun ("Sprecher des Bundestages", "Anwalt der Kanzlei Höcker"). */
const GENITIVE_ARTICLES = new Set(['des', 'der', 'eines', 'einer']);

/**
 * The last token of the genitive owner that follows the German noun at `head`: "ein Sprecher des
 * Bundestages", "ein Mitarbeiter des baden-württembergischen Innenministeriums", "der Sicherheitsberater
 * der südkoreanischen Regierung". The owner says whose spokesman or lawyer speaks, so it belongs to the
 * description; German writes it after the noun with no preposition, so the phrase readers stopped at
 * its article. -1 when there is none (or the language is not German-like: a capitalised noun after
 * "der" is the owner only where every noun is capitalised).
 */
export function genitiveOwnerEnd(doc: Doc, head: number, ceiling: number): number {
  const { tokens, lex } = doc;
  if (!lex.capitalisedNouns || doc.runAt[head] >= 0 || !tokens[head]?.cap) return -1;
  if (!GENITIVE_ARTICLES.has(tokens[head + 1]?.lower ?? '')) return -1;
  let k = head + 2;
  // at most two inflected adjectives ("südkoreanischen", "baden-württembergischen")
  while (k < ceiling && k - head < 5 && tokens[k].isWord && !tokens[k].cap && /(en|er)$/.test(tokens[k].lower) && !lex.speechForms.has(tokens[k].lower)) k++;
  if (k >= ceiling || !tokens[k].isWord || !tokens[k].cap || lex.nonNameCapitals.has(tokens[k].lower)) return -1;
  // the owner's noun, and a name that follows it ("der Kanzlei Höcker")
  const ri = doc.runAt[k];
  let last = ri >= 0 ? doc.runs[ri].last : k;
  const after = doc.runAt[last + 1];
  if (ri < 0 && after >= 0 && doc.runs[after].first === last + 1 && doc.runs[after].last < ceiling) last = doc.runs[after].last;
  return last < ceiling ? last : -1;
}

/** A German noun without its genitive ending, when `known` holds it ("ministeriums" -> "ministerium"); else null. */
export function genitiveBase(lex: LexiconData, word: string, known: (w: string) => boolean): string | null {
  // (a word ending in "ss" is no genitive: German adds "-es" to a stem in "s", so "Diess" is a name)
  if (!lex.capitalisedNouns || !word.endsWith('s') || word.endsWith('ss')) return null;
  if (known(word.slice(0, -1))) return word.slice(0, -1);
  return word.endsWith('es') && known(word.slice(0, -2)) ? word.slice(0, -2) : null;
}
