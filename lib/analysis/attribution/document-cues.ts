// "Le projet de loi énonce les domaines …", "Une des dispositions de ce projet de loi prévoit de
// contraindre les FAI à « détecter … »": a bill, a report or a decree speaks through verbs that are no
// verbs of saying for a person ("il prévoit de partir"). They count only with a document as subject.
import type { Doc } from './doc';
import type { CueHit } from './cues';
import { npBackward } from './noun-phrase';

/** The cue of a document verb at token `v`, its subject a document noun before it in the sentence. */
export function documentCueBefore(doc: Doc, v: number, sentStart: number): CueHit | null {
  const { tokens, lex } = doc;
  const t = tokens[v];
  if (!lex.documentVerbs?.has(t.lower) || t.cap) return null;
  // "la loi a prévu", "le texte prévoit également": auxiliaries and adverbs between subject and verb
  let s = v - 1;
  while (s > sentStart && v - s < 3 && lex.auxiliaries.has(tokens[s].lower) && !lex.articles.has(tokens[s].lower)) s--;
  const np = npBackward(doc, s, sentStart);
  if (!np || !lex.documentNouns.has(tokens[np.last].lower)) return null;
  return { np, cue: t.text, where: 'before', at: v };
}

/**
 * "Il s’agit notamment de « … »", "C’est « … »": a sentence opened by a presentative has no subject of
 * its own; its quotations go on with the report of the sentence before.
 */
export function opensWithPresentative(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  let k = from;
  while (k < to && !tokens[k].isWord) k++;
  for (const phrase of doc.lex.presentatives ?? []) {
    let n = 0;
    while (n < phrase.length && tokens[k + n]?.lower === phrase[n]) n++;
    if (n === phrase.length) return true;
  }
  return false;
}
