// Reported questions and requests: "X asked (the panel) whether …", "X asked them to …".
import { MIN_WORDS, QUOTE_MARK, quotationAfter, type Reported, words } from './clause-basics';
import { coordinated } from './clause-bounds';
import { sentenceSubject } from './cues';
import type { Doc } from './doc';
import { npBackward, npForward } from './noun-phrase';
import type { LexiconData } from '../lexicon';
import { ASKING_FORMS } from './asking-forms';

/**
 * The words a report of saying or asking starts at: the lexicon's verbs of saying and the forms of
 * asking that `askReport` reads, in one set per lexicon, as every word of a sentence's subject is asked.
 */
export function reportingForms(lex: LexiconData): ReadonlySet<string> {
  let set = reportingFormsOf.get(lex);
  if (!set) reportingFormsOf.set(lex, (set = new Set([...lex.speechForms.keys(), ...ASKING_FORMS])));
  return set;
}
const reportingFormsOf = new WeakMap<LexiconData, Set<string>>();

/** "X asked (the panel) whether …", "X asked them to …": the question or request is reported. */
export function askReport(doc: Doc, v: number, ts: number, te: number): Reported | null {
  const { tokens } = doc;
  const t = tokens[v];
  if (!t.isWord || t.cap || !ASKING_FORMS.has(t.lower)) return null;
  const prev = tokens[v - 1].lower;
  if (/^(was|were|been|be|is|are|being|when|if)$/.test(prev)) return null;
  let c = v + 1;
  const obj = npForward(doc, c, te);
  if (obj && !/^(whether|if|how|why|what|when|where|who|which)$/.test(tokens[c].lower)) c = obj.last + 1;
  else if (/^(him|her|them|me|us|you|reporters)$/.test(tokens[c]?.lower ?? '')) c++;
  const w = tokens[c]?.lower ?? '';
  if (!/^(whether|if|how|why|what|when|where|who|to)$/.test(w) || (w === 'to' && c === v + 1)) return null;
  let e = coordinated(doc, c, te)[1];
  while (e > c && !tokens[e - 1].isWord && !QUOTE_MARK.test(tokens[e - 1].text)) e--;
  if (words(doc, c, e) < MIN_WORDS) return null;
  // "wondered whether …" is a thought, reported as speech only when it quotes the speaker
  if (t.lower.startsWith('wonder') && !quotationAfter(doc, c, e)) return null;
  const np = t.lower.endsWith('ing') ? sentenceSubject(doc, ts, v) : npBackward(doc, v - 1, ts) ?? (prev === 'and' ? sentenceSubject(doc, ts, v) : null);
  return np ? { np, cue: t.text, clause: [c, e] } : null;
}
