// "Paul Ryan worried that the safety net was becoming “a hammock …”", "Gov. Pat McCrory blamed the
// court's “four liberal justices”", "A friend referred to him as “the most beautiful soul …”": a quoted
// phrase in the predicate of a sentence with no verb of saying is the words of the sentence's subject,
// when that subject names someone: a name, a pronoun, a title, or a noun for a source ("a friend",
// "two military analysts", "the statement"), not any noun ("The old adage, “…”").
import type { Span } from '../types';
import type { Doc } from './doc';
import type { EntityRec } from './entities';
import { sentenceSubject } from './cues';
import { resolveNp } from './resolve';
import { tokenAt } from './tokens';
import { inLexicon, isEnglish } from '../lexicon';

/** A word that can head an unnamed speaker's description ("friend", "analysts", "report"). */
function sourceNoun(doc: Doc, word: string): boolean {
  const { lex } = doc;
  const singular = word.replace(/s$/, '');
  return [word, singular].some((w) => inLexicon(lex, lex.titleHeads, w) || inLexicon(lex, lex.unnamedSourceNouns, w) || lex.kinshipWords.has(w) || lex.documentNouns.has(w));
}

/**
 * The subject naming someone of the sentence `s` whose predicate holds the quotation starting at
 * `quoteStart`, or null; `named` when the words are no pronoun (the caller records the mention).
 * `pronounOnly`: only a pronoun subject (resolving names and titles records entities and titles).
 */
export function subjectOfPartial(doc: Doc, s: Span, quoteStart: number, pronounOnly = false): { ent: EntityRec; mention: Span; named: boolean } | null {
  // measured on PolNeAR (English); the French and German pages leave a quotation without a verb of
  // saying to the report around it ("Jean Morel prévoit de partir pour une « année sabbatique »")
  if (!isEnglish(doc.lex)) return null;
  const { tokens } = doc;
  const ts = tokenAt(tokens, s.start);
  const qa = tokenAt(tokens, quoteStart);
  const np = sentenceSubject(doc, ts, qa);
  // a verb at least between the subject and the quotation
  if (!np || np.implicit || np.last >= qa - 1) return null;
  if (pronounOnly && !(np.first === np.last && doc.lex.pronouns.has(tokens[np.first].lower))) return null;
  const r = resolveNp(doc, np);
  if (!r?.ent || (r.via === 'unnamed' && !sourceNoun(doc, tokens[np.head ?? np.last].lower))) return null;
  return { ent: r.ent, mention: r.mention, named: r.via !== 'pronoun' };
}
