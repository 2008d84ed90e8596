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
