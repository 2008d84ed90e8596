import { joinedPronoun, speechLemma, type Doc } from './doc';
import type { QuoteSpan } from './quote-spans';
import { npForward } from './noun-phrase';
import { tokenAt } from './tokens';

/**
 * French and Spanish set the reporting clause inside the marks: « Cette loi, c’est …, affirme-t-elle.
 * Je crois … » / “No es así —dijo el ministro—. Lo es.” Each such quotation is two quotations around
 * the incise, so that the words of the incise are not quoted and both parts find their speaker.
 */
export function splitAtIncises(doc: Doc, spans: readonly QuoteSpan[]): QuoteSpan[] {
  if (!doc.lex.joinedPronouns && !doc.lex.dropsSubjects) return [...spans];
  const { tokens } = doc;
  const out: QuoteSpan[] = [];
  for (const q of spans) {
    let rest = q;
    for (let k = tokenAt(tokens, q.start); k < tokens.length && tokens[k].start < rest.end; k++) {
      const incise = inciseAt(doc, k, rest.end);
      if (incise < 0 || tokens[k].start <= rest.start) continue;
      const afterEnd = tokens[incise].end;
      let nextStart = afterEnd;
      while (nextStart < rest.end && /[\s.,—–]/.test(doc.text[nextStart])) nextStart++;
      out.push({ ...rest, end: tokens[k].start, outerEnd: tokens[k].start, unclosed: false });
      if (nextStart >= rest.end) {
        rest = { ...rest, start: rest.end };
        break;
      }
      rest = { ...rest, start: nextStart, outerStart: afterEnd, continues: false };
      k = tokenAt(tokens, nextStart) - 1;
    }
    if (rest.start < rest.end) out.push(rest);
  }
  return out;
}

/** The last token of an incise opened by the comma or dash at `k` (", affirme-t-elle." / "—dijo X—"), or -1. */
function inciseAt(doc: Doc, k: number, end: number): number {
  const { tokens } = doc;
  if (!/^[,—–]$/.test(tokens[k].text)) return -1;
  const v = k + 1;
  const t = tokens[v];
  if (!t || t.start >= end || !speechLemma(doc, t) || t.cap) return -1;
  let last = v;
  if (!joinedPronoun(doc, t)) {
    const np = npForward(doc, v + 1, tokenAt(tokens, end));
    if (np) last = np.last;
    else if (!doc.lex.dropsSubjects) return -1;
  }
  // the incise closes with a full stop, a comma, a dash or a colon before the quotation goes on; after
  // a joined pronoun it may say when or where ("…, glisse-t-il lorsqu’on le croise devant la
  // bibliothèque. J’avais …", "… – observe-t-il dans un autre livre au titre éloquent : … Riche de …")
  let close = last + 1;
  if (joinedPronoun(doc, t)) while (close < tokens.length && close - last <= 10 && tokens[close].start < end && tokens[close].isWord) close++;
  const after = tokens[close];
  return after && after.start < end && /^[.,;:—–]$/.test(after.text) ? close : -1;
}
