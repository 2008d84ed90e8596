import type { CueHit } from './cues';
import type { Doc } from './doc';
import { npForward } from './noun-phrase';

/** Words that name what a quotation expressed, in "That's the … view … by X" (besides the lexicon's utterance nouns). */
const VIEW_NOUNS = new Set(['view', 'views', 'assessment', 'verdict', 'argument', 'pitch', 'promise', 'prediction', 'message', 'line', 'case', 'take']);
/** "That’s", "That is", "This was": the sentence points back at the quotation before it. */
const POINTERS = new Set(['that’s', "that's", 'this', 'that', 'such']);
const BE = new Set(['is', 'was', "'s", '’s']);
/** Adjectives and the like allowed between "the" and the noun ("the optimistic view"). */
const MAX_MODIFIERS = 3;

/**
 * "… a “stronger” news enterprise “with deep local roots and national scale.” / That’s the optimistic
 * view mouthed by Michael Reed, …": a sentence that calls the quotation someone's view, statement or
 * verdict, "by" its speaker, credits the quotation before it.
 */
export function creditedNextSentence(doc: Doc, s: number, e: number): CueHit | null {
  const { tokens, lex } = doc;
  let k = s;
  if (!POINTERS.has(tokens[k]?.lower ?? '')) return null;
  k++;
  if (BE.has(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower !== 'the') return null;
  const head = k + 1;
  for (k = head; k < e && k - head <= MAX_MODIFIERS; k++) {
    const w = tokens[k].lower;
    if (!tokens[k].isWord || tokens[k].cap) return null;
    if (VIEW_NOUNS.has(w) || lex.utteranceNouns.has(w)) break;
  }
  if (k >= e || k - head > MAX_MODIFIERS) return null;
  const noun = k;
  k++;
  // "mouthed by", "offered by", "of": a participle may come between the noun and "by"
  if (tokens[k]?.isWord && /ed$/.test(tokens[k].lower)) k++;
  if (tokens[k]?.lower !== 'by' && tokens[k]?.lower !== 'of') return null;
  const np = npForward(doc, k + 1, e);
  if (!np || !tokens[np.last].cap) return null;
  return { np, cue: `${tokens[noun].text} … ${tokens[k].text}`, where: 'next', at: k };
}
