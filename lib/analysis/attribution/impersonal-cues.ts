// "« … », peut-on lire dans Les Échos", "„…“, hieß es in einer Erklärung des Ministeriums": a cue with
// an impersonal subject after a quotation names its source after a preposition, or not at all (then
// the source is the publication or body the text named last). The phrases are data of each language.
import type { Doc } from './doc';
import type { CueHit } from './cues';
import { npForward, type Np } from './noun-phrase';
import { mentionNpBefore, publicationBefore } from './publications';

/** Prepositions before the source of an impersonal cue ("dans Le Monde", "in einer Erklärung", "aus Kreisen"). */
const SOURCE_PREPOSITIONS = new Set(['dans', 'sur', 'chez', 'in', 'im', 'aus', 'von', 'vom', 'en', 'desde']);

/** Tokens of an impersonal cue phrase starting at `a`, or 0. */
function phraseAt(doc: Doc, a: number): number {
  for (const phrase of doc.lex.impersonalCues ?? []) {
    let n = 0;
    while (n < phrase.length && doc.tokens[a + n]?.lower === phrase[n]) n++;
    if (n === phrase.length) return n;
  }
  return 0;
}

/** Words that join a statement to its owner ("einer Mitteilung von Reuters", "un communiqué du ministère"). */
const OWNER_LINKS = new Set(['von', 'vom', 'de', 'du', 'd’', "d'", 'del']);

/**
 * "in einer Erklärung des Ministeriums", "in einer Mitteilung von Reuters": a statement or report
 * followed by its owner speaks for the owner; any other source speaks for itself.
 */
function ownerOf(doc: Doc, np: Np, to: number): Np {
  const { tokens, lex } = doc;
  for (let d = np.first; d <= np.last && d + 1 < to; d++) {
    const w = tokens[d].lower;
    if (!lex.documentNouns.has(w) && !lex.utteranceNouns.has(w)) continue;
    const next = tokens[d + 1].lower;
    const from = OWNER_LINKS.has(next) ? d + 2 : lex.articles.has(next) ? d + 1 : -1;
    const owner = from >= 0 ? npForward(doc, from, to) : null;
    return owner ?? np;
  }
  return np;
}

/** An impersonal cue right after a quotation (a comma between), with the source it names, if any. */
export function impersonalCueAfter(doc: Doc, from: number, to: number): CueHit | null {
  const { tokens } = doc;
  let k = from;
  while (k < to && k - from < 2 && /^[,—–:]$/.test(tokens[k].text)) k++;
  const n = k > from ? phraseAt(doc, k) : 0;
  if (!n) return null;
  const cue = tokens.slice(k, k + n).map((t) => t.text).join(' ');
  let p = k + n;
  // "hieß es am Dienstag in …": a few words of time before the source
  while (p < to && p - (k + n) < 3 && tokens[p].isWord && !SOURCE_PREPOSITIONS.has(tokens[p].lower)) p++;
  const src = SOURCE_PREPOSITIONS.has(tokens[p]?.lower ?? '') ? npForward(doc, p + 1, to) : null;
  return { np: src ? ownerOf(doc, src, to) : publicationJustBefore(doc, tokens[from].start), cue, where: 'according', at: k };
}

/** How far back "…, peut-on lire." looks for the publication it reads from: this paragraph or the one before. */
const READ_FROM_REACH = 1000;

/** "Mediapart publie un article sur ce député. … est « … », peut-on lire.": the publication named last. */
function publicationJustBefore(doc: Doc, at: number): Np | null {
  const outlet = publicationBefore(doc, at, READ_FROM_REACH);
  return outlet ? mentionNpBefore(doc, outlet, at) : null;
}
