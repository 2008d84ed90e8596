// A quotation with no verb of saying that follows words about a known person: "Mazzucotelli wundert
// sich über die Hartnäckigkeit … . „Wir wissen doch alle …“", "Dausse résume: « … »".
import type { Span } from '../types';
import type { Doc } from './doc';
import type { EntityRec } from './entities';
import { sentenceSubject } from './cues';
import type { QuoteSpan } from './quote-spans';
import { resolveNp } from './resolve';
import { describedSubject } from './described-subject';
import { tokenAt } from './tokens';

type Sentence = Span & { block: number };

/** A speaker found before a quotation, and whether a colon introduced it (a stronger sign than a paragraph's speaker). */
export interface SubjectHit {
  ent: EntityRec;
  mention: Span;
  colon: boolean;
}

/**
 * "Sie findet das ungewohnt: „…“", "Sie setzt sich … ein. »…«": a pronoun subject counts only when the
 * person it finds was named in this paragraph or the one before (further back it is a guess).
 */
function nearbyPronounPerson(doc: Doc, np: { first: number; last: number }, block: number): { ent: EntityRec; mention: Span } | null {
  const kind = doc.lex.pronouns.get(doc.tokens[np.first].lower);
  if (np.first !== np.last || (kind !== 'male' && kind !== 'female')) return null;
  const r = resolveNp(doc, np);
  // someone brought in unnamed with their sex ("Eine Frau kommt …") is a person too
  if (!r?.ent || (r.ent.type !== 'person' && !(r.ent.type === 'unnamed' && r.ent.gender))) return null;
  const from = doc.blocks[Math.max(0, block - 1)].start;
  const at = doc.tokens[np.first].start;
  return r.ent.mentions.some((m) => m.start >= from && m.start < at) ? { ent: r.ent, mention: r.mention } : null;
}

/** "Wenn Helmut Kohl emotional wurde, erinnerte er sich daran, wie …:": the one person a clause names. */
function onlyPersonIn(doc: Doc, from: number, to: number): { ent: EntityRec; mention: Span } | null {
  const { tokens, runs, runAt } = doc;
  let found: { ent: EntityRec; mention: Span } | null = null;
  for (let k = from; k < to; k++) {
    const ri = runAt[k];
    if (ri < 0 || runs[ri].first !== k) continue;
    const ent = doc.reg.matchPerson(runs[ri].words);
    if (!ent) continue;
    if (found && found.ent !== ent) return null;
    found = { ent, mention: { start: tokens[k].start, end: runs[ri].end } };
  }
  return found;
}

/**
 * The person the sentence before a quotation is about: the subject of the sentence the quotation ends
 * after a colon, or of the sentence just before a quotation that opens its own sentence, in the same
 * paragraph. Only a person already known by name counts, or a pronoun for one named just before, or
 * (fr/de/es) an unnamed person the subject describes ("Ein junger Polizist …"); a
 * clause ending in a colon whose subject is none of these may still name exactly one person.
 */
export function subjectBeforeQuote(doc: Doc, sentences: readonly Sentence[], si: number, q: QuoteSpan): SubjectHit | null {
  const { tokens } = doc;
  const s = sentences[si];
  if (!s) return null;
  const ts = tokenAt(tokens, s.start);
  const qa = tokenAt(tokens, q.outerStart);
  let from: number;
  let to: number;
  const colon = qa > ts && tokens[qa - 1].text === ':';
  if (colon) {
    from = ts;
    to = qa - 1;
  } else if (qa <= ts + 1 && si > 0 && sentences[si - 1].block === s.block) {
    const prev = sentences[si - 1];
    if (doc.quoteSpans.some((x) => x.start < prev.end && x.end > prev.start)) return null;
    from = tokenAt(tokens, prev.start);
    to = tokenAt(tokens, prev.end);
  } else return null;
  const np = sentenceSubject(doc, from, to);
  const ri = np ? doc.runAt[np.last] : -1;
  if (np && ri >= 0 && doc.runs[ri].first === np.first && doc.reg.matchPerson(doc.runs[ri].words)) {
    const r = resolveNp(doc, np);
    if (r?.ent?.type === 'person') return { ent: r.ent, mention: r.mention, colon };
  }
  const byPronoun = np ? nearbyPronounPerson(doc, np, s.block) : null;
  if (byPronoun) return { ...byPronoun, colon };
  const described = np ? describedSubject(doc, np) : null;
  if (described) return { ...described, colon };
  // only a person the reader already knows as one, and only before a colon
  const named = colon && doc.lex.definiteArticles.size ? onlyPersonIn(doc, from, to) : null;
  return named ? { ...named, colon } : null;
}
