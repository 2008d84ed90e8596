// "a new group called Black Votes Matter", "a firm called Cambridge Analytica": after a noun that "a"
// introduces, "called" names the thing; nobody says anything.
import type { Doc } from './doc';

/** Participles that give a thing its name. */
const NAMING_PARTICIPLES = new Set(['called', 'dubbed', 'named']);

/** Whether the participle at token v names the thing before it ("a program called Sandy Hook Promise"). */
export function namesAThing(doc: Doc, v: number): boolean {
  const { tokens } = doc;
  if (!NAMING_PARTICIPLES.has(tokens[v].lower)) return false;
  const next = tokens[v + 1];
  if (!next?.cap && !(next?.lower === 'the' && tokens[v + 2]?.cap)) return false;
  const prev = tokens[v - 1];
  if (!prev?.isWord || prev.cap) return false;
  for (let k = v - 1; k >= 0 && k >= v - 4; k--) {
    if (!tokens[k].isWord) return false;
    if (tokens[k].lower === 'a' || tokens[k].lower === 'an') return true;
  }
  return false;
}
