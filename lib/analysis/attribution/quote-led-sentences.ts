// '“I don’t think it’s do or die,” he said outside the building.': in a sentence that a quotation
// opens, the verb right after the quotation introduces it. What follows that verb says where, when
// or how the words were said, or who said them ("…,” said Ramos, whose new book …), and is no report.
import type { Span } from '../types';
import type { Doc } from './doc';
import { tokenAt } from './tokens';

/** Most words between the quotation and the clause for the verb still to be the quotation's cue ("Senator Ann Lee of Ohio said"). */
const MAX_CUE_WORDS = 8;

/**
 * Whether the clause [cs, ce) (token indices), reported by the verb `cue`, only trails the cue of the
 * quotation `quote` (outer span) that opens the sentence starting at `sentenceStart`. Reports of their
 * own stay: a clause opened by "that", a participle's ("…,” he said, noting that …"), a second verb's
 * ("…,” said Weaver, who said …") and one holding a verb of saying ("… told ITV when asked how …").
 */
export function trailsOpeningQuote(doc: Doc, sentenceStart: number, quote: Span, cs: number, ce: number, cue: string): boolean {
  const { tokens, text, lex } = doc;
  if (quote.end > tokens[cs].start || tokens[cs].lower === 'that' || /ing$/i.test(cue)) return false;
  for (let i = sentenceStart; i < quote.start; i++) if (/[\p{L}\p{N}]/u.test(text[i])) return false;
  let words = 0;
  let verbs = 0;
  for (let k = tokenAt(tokens, quote.end); k < cs; k++) {
    if (tokens[k].isWord && ++words > MAX_CUE_WORDS) return false;
    if (lex.speechForms.has(tokens[k].lower) && ++verbs > 1) return false;
  }
  for (let k = cs; k < ce; k++) if (lex.speechForms.has(tokens[k].lower) && !lex.nounLikeVerbs.has(tokens[k].lower)) return false;
  return true;
}
