// "Google said it would appeal the fine", "Alibaba says it has no plans": an English speaker named by one
// word alone, with no title and no sex known, whose reported words open with "it" speaks of itself as a
// thing: a company or a body, not a person. (People named so are rare in news: a person is introduced by
// full name, a title or "he" and "she", which keep them people.)
import type { Doc } from './doc';
import type { Found } from './attribute-quotes';
import { isEnglish } from '../lexicon';
import { tokenAt } from './tokens';
import { QUOTE_MARK } from './clause-basics';

/** Words that may stand before the reported clause's subject ("said that it …"). */
const CLAUSE_OPENERS = new Set(['that']);

/** Retypes as organisations the one-word "people" whose reported clause opens with "it". */
export function retypeNeuterSpeakers(doc: Doc, found: readonly Found[]): void {
  if (!isEnglish(doc.lex)) return;
  for (const f of found) {
    const e = f.ent;
    if (!e || e.type !== 'person' || f.type !== 'indirect' || e.words.length !== 1 || e.title || e.gender) continue;
    if (doc.lex.givenNames?.has(e.words[0])) continue;
    if (subjectWord(doc, f.start, f.end) === 'it') e.type = 'organization';
  }
}

/**
 * The first word of the clause at text[start, end), past "that", in lower case ('' for none). A clause
 * that opens on a quotation mark gives the speaker's own words ('replied, “It is entirely fair.”'),
 * whose "it" is not the speaker: '' then.
 */
function subjectWord(doc: Doc, start: number, end: number): string {
  const { tokens } = doc;
  let k = tokenAt(tokens, start);
  while (k < tokens.length && tokens[k].start < end && !tokens[k].isWord) {
    if (QUOTE_MARK.test(tokens[k].text)) return '';
    k++;
  }
  if (CLAUSE_OPENERS.has(tokens[k]?.lower ?? '')) k++;
  while (k < tokens.length && tokens[k].start < end && !tokens[k].isWord) k++;
  return k < tokens.length && tokens[k].start < end ? tokens[k].lower : '';
}
