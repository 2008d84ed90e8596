// "Google said it would appeal the fine", "Alibaba says it has no plans": an English speaker named by one
// word alone, with no title and no sex known, whose reported words open with "it" speaks of itself as a
// thing: a company or a body, not a person. (People named so are rare in news: a person is introduced by
// full name, a title or "he" and "she", which keep them people.)
import type { Doc } from './doc';
import type { Found } from './attribute-quotes';
import { isEnglish } from '../lexicon';

/** Words that may stand before the reported clause's subject ("said that it …"). */
const CLAUSE_OPENERS = new Set(['that']);

/** Retypes as organisations the one-word "people" whose reported clause opens with "it". */
export function retypeNeuterSpeakers(doc: Doc, found: readonly Found[]): void {
  if (!isEnglish(doc.lex)) return;
  for (const f of found) {
    const e = f.ent;
    if (!e || e.type !== 'person' || f.type !== 'indirect' || e.words.length !== 1 || e.title || e.gender) continue;
    if (doc.lex.givenNames?.has(e.words[0])) continue;
    if (firstWords(doc.text, f.start, f.end).find((w) => !CLAUSE_OPENERS.has(w)) === 'it') e.type = 'organization';
  }
}

/** The first two words of text[start, end), in lower case. */
function firstWords(text: string, start: number, end: number): string[] {
  return text.slice(start, Math.min(end, start + 40)).toLowerCase().split(/[^a-z’']+/).filter(Boolean).slice(0, 2);
}
