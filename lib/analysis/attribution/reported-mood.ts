import type { Span } from '../types';
import { insideQuote, type Doc } from './doc';
import { tokenAt } from './tokens';

/**
 * Whether the sentence holds, outside its quotations, a verb in the language's mood of reported
 * speech: "Die ATU sei die »wichtigste Organisation«, die …" after "…, räumt Gutierrez ein." goes on
 * reporting Gutierrez with no verb of saying. Always false where the lexicon has no such mood.
 */
export function inReportedMood(doc: Doc, sentence: Span): boolean {
  const mood = doc.lex.reportedMood;
  if (!mood?.size) return false;
  const { tokens } = doc;
  const end = tokenAt(tokens, sentence.end);
  for (let k = tokenAt(tokens, sentence.start); k < end; k++) {
    const t = tokens[k];
    if (t.isWord && !t.cap && mood.has(t.lower) && !insideQuote(doc, t.start)) return true;
  }
  return false;
}
