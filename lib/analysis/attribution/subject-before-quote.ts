// A quotation with no verb of saying that follows words about a known person: "Mazzucotelli wundert
// sich über die Hartnäckigkeit … . „Wir wissen doch alle …“", "Dausse résume: « … »".
import type { Span } from '../types';
import type { Doc } from './doc';
import type { EntityRec } from './entities';
import { sentenceSubject } from './cues';
import type { QuoteSpan } from './quote-spans';
import { resolveNp } from './resolve';
import { tokenAt } from './tokens';

type Sentence = Span & { block: number };

/**
 * The person the sentence before a quotation is about: the subject of the sentence the quotation ends
 * after a colon, or of the sentence just before a quotation that opens its own sentence, in the same
 * paragraph. Only a person already known by name counts.
 */
export function subjectBeforeQuote(doc: Doc, sentences: readonly Sentence[], si: number, q: QuoteSpan): { ent: EntityRec; mention: Span } | null {
  const { tokens } = doc;
  const s = sentences[si];
  if (!s) return null;
  const ts = tokenAt(tokens, s.start);
  const qa = tokenAt(tokens, q.outerStart);
  let from: number;
  let to: number;
  if (qa > ts && tokens[qa - 1].text === ':') {
    from = ts;
    to = qa - 1;
  } else if (qa <= ts + 1 && si > 0 && sentences[si - 1].block === s.block) {
    const prev = sentences[si - 1];
    if (doc.quoteSpans.some((x) => x.start < prev.end && x.end > prev.start)) return null;
    from = tokenAt(tokens, prev.start);
    to = tokenAt(tokens, prev.end);
  } else return null;
  const np = sentenceSubject(doc, from, to);
  if (!np) return null;
  // a pronoun here reaches too far back to be trusted ("Sie" after a paragraph about others)
  const ri = doc.runAt[np.last];
  if (ri < 0 || doc.runs[ri].first !== np.first || !doc.reg.matchPerson(doc.runs[ri].words)) return null;
  const r = resolveNp(doc, np);
  return r?.ent?.type === 'person' ? { ent: r.ent, mention: r.mention } : null;
}
