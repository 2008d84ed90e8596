// "In a 1963 speech, he declared: …", "By double digits, those surveyed say …": the words before the
// reporter's comma are a prepositional phrase setting the scene, not what was said.
import { FINITE } from './clause-basics';
import type { Doc } from './doc';

/** Prepositions that open scene-setting phrases at the head of an English sentence. */
const OPENING_PREPOSITIONS = new Set(['in', 'on', 'at', 'by', 'after', 'before', 'during', 'over', 'since', 'until', 'within', 'throughout', 'amid', 'among', 'following', 'despite', 'from', 'for', 'with', 'under', 'across']);

/**
 * Whether tokens [from, to) are phrases opened by prepositions with no verb in them (no auxiliary or
 * modal, no past form in -ed, no contracted verb): an adverbial, never a reported clause. Each stretch
 * between commas opens with its own preposition ("At rally after rally, to rapturous crowds"), so
 * "Among Democrats alone, Mrs. Clinton leads …" stays a clause. English only: the word lists are English.
 */
export function adverbialPhrase(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  if (!OPENING_PREPOSITIONS.has(tokens[from]?.lower ?? '')) return false;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k];
    if (!t.isWord) {
      if (/^["“”‘’«»]$/.test(t.text)) return false;
      const next = tokens[k + 1]?.lower ?? '';
      if (t.text === ',' && k + 1 < to && !OPENING_PREPOSITIONS.has(next) && next !== 'to') return false;
      continue;
    }
    if (FINITE.test(t.lower) || (!t.cap && /ed$/.test(t.lower)) || /['’](s|re|ll|d|ve|m)$/.test(t.lower)) return false;
  }
  return true;
}

/** Conjunctions that open an English adverbial clause of time, cause or concession. */
const SUBORDINATORS = new Set(['as', 'when', 'while', 'whilst', 'after', 'before', 'because', 'although', 'though', 'once', 'since', 'until', 'whereas']);

/**
 * Whether tokens [from, to) are one adverbial clause and nothing more ("As the charges were unsealed in
 * New York, | Hawk Sawyer testified …"): a subordinate clause without a main clause after it is the
 * scene of the sentence, never what was said. ("When we win, we will fix it, she said" holds a main
 * clause after its comma and stays reported.)
 */
export function adverbialClauseAlone(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  if (!SUBORDINATORS.has(tokens[from]?.lower ?? '') || to - from < 3) return false;
  for (let k = from + 1; k < to; k++) if (tokens[k].text === ',' || /^["“”«»]$/.test(tokens[k].text)) return false;
  return true;
}
