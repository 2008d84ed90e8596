import type { Doc } from './doc';
import type { LexiconData } from '../lexicon';
import type { NameRun } from './names';

/**
 * "Austria said", "Zimbabwe told …", "selon le Quai d’Orsay", "New York said": where a place, or a seat
 * of government that stands for one, ends at a name run, the token its words start at; -1 when none.
 * The words may start before the run ("Quai d’Orsay" from "Quai"; "New York" from a sentence-opening
 * "New"), from `first` or two tokens back. A place speaks as its government, never as a person.
 * `seats`: whether seats count ("Washington" is a surname as well as a seat, so people are asked without).
 */
export function placeStart(doc: Doc, first: number, r: NameRun, seats = true): number {
  const { lex, tokens, text } = doc;
  const last = lastWordsOf(lex);
  // the name reader may also have left the place's last word out ("the United States would": "States"
  // reads as a verb of saying)
  const next = tokens[r.last + 1];
  const ends: number[] = [];
  if (last.has(r.words[r.words.length - 1])) ends.push(r.end);
  if (next?.cap && next.start === r.end + 1 && last.has(next.lower)) ends.push(next.end);
  for (let k = Math.max(0, Math.min(first, r.first - 2)); ends.length && k <= r.first; k++) {
    for (const end of ends) {
      const words = text.slice(tokens[k].start, end).toLowerCase();
      if (lex.places?.has(words) || (seats && lex.governmentMetonyms.has(words))) return k;
    }
  }
  return -1;
}

const lastWords = new WeakMap<LexiconData, Set<string>>();
/**
 * The last words of the lexicon's places and seats ("york", "states", "orsay"): asked of every name
 * run, so that the words around a run are sliced only when its last word could end a place.
 */
function lastWordsOf(lex: LexiconData): Set<string> {
  let set = lastWords.get(lex);
  if (!set) {
    set = new Set([...(lex.places ?? []), ...lex.governmentMetonyms].map((p) => p.split(/[\s’']+/).pop()!));
    lastWords.set(lex, set);
  }
  return set;
}
