import type { LexiconData } from '../lexicon';
import { ASKING_FORMS } from './asking-forms';
import { type Doc, speechLemma } from './doc';

/**
 * Where a cue before or after a quotation or a clause can rest. `cueAfter` names a speaker only through
 * one of these: a verb of saying (any form, or its infinitive after a carrying verb: "tente d’expliquer"),
 * a source phrase or particle ("according to", "so"), a verb a text speaks by ("the letter reads"),
 * "as … put it", or a dash before a name ("…” — Jorge Falcon"); `cueBefore` through a verb of saying, a
 * source phrase or postposition ("zufolge"), or a verb a document speaks by ("prévoit"). The reporting
 * patterns ask for a cue after every comma of a sentence and before every quotation, and most stretches
 * hold none of these words: they are answered at once.
 */

/** The first cue word at or after token i, or the token count when none follows. */
export function nextCueWord(doc: Doc, i: number): number {
  const next = (doc.cueWords ??= nextCueWords(doc));
  return next[Math.max(0, Math.min(i, next.length - 1))];
}

/** Per token index i (and the token count): the first token at or after i that is a cue word, or the token count. */
function nextCueWords(doc: Doc): Int32Array {
  const { tokens, lex } = doc;
  const words = cueWordsOf(lex);
  const phrases = doc.sourcePhrases.length;
  const next = new Int32Array(tokens.length + 1);
  next[tokens.length] = tokens.length;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    // "explique-t-il": a verb form with its subject joined, read by `speechLemma`
    const cue = words.has(t.lower) || phrases[i] > 0 || (!!lex.joinedPronouns && speechLemma(doc, t) !== null);
    next[i] = cue ? i : next[i + 1];
  }
  return next;
}

/**
 * Verbs a written text speaks by, and "put" of "as … put it": cues without a verb of saying. (The forms
 * of asking are no cue here, but `reported` steps through a sentence's subject from cue word to cue word
 * to find the verbs of saying and asking, so they are cue words too.)
 */
const OTHER_CUE_WORDS = ['reads', 'read', 'states', 'stated', 'put', 'puts'];
/** The dashes a name after a quotation may follow. */
const DASHES = ['—', '–', '-', '―'];

/** The lexicon's cue words in one set (asked of every token of an article). */
function cueWordsOf(lex: LexiconData): ReadonlySet<string> {
  let set = cueWordSets.get(lex);
  if (!set) {
    set = new Set([
      ...lex.speechForms.keys(), ...lex.speechForms.values(), ...lex.sourceParticles, ...lex.sourcePostpositions,
      ...(lex.documentVerbs ?? []), ...OTHER_CUE_WORDS, ...ASKING_FORMS, ...DASHES,
    ]);
    cueWordSets.set(lex, set);
  }
  return set;
}
const cueWordSets = new WeakMap<LexiconData, Set<string>>();
