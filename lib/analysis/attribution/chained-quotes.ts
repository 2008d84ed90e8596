// "« sans autorisation », ni « déclaration au fisc », écrit Le Canard enchaîné": short quotations
// chained by commas and coordinators share the cue that follows the last of them. The coordinators are
// data of each language (`coordinators`); without them each quotation keeps to its own cue.
import type { Doc } from './doc';
import type { CueHit } from './cues';
import type { QuoteSpan } from './quote-spans';
import { tokenAt } from './tokens';

interface Chained {
  q: QuoteSpan;
  hit: CueHit | null;
  sent: number;
}

/** Only commas and coordinators between the end of one quotation and the start of the next. */
function joinedByCoordinators(doc: Doc, a: QuoteSpan, b: QuoteSpan): boolean {
  const { tokens, lex } = doc;
  const from = tokenAt(tokens, a.outerEnd);
  const to = tokenAt(tokens, b.outerStart);
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (tokens[k].text !== ',' && !lex.coordinators?.has(tokens[k].lower)) return false;
  return true;
}

/** Gives each cue-less quotation of a chain the cue after the chain's last quotation (in place). */
export function shareCueAlongChains(doc: Doc, pieces: Chained[]): void {
  if (!doc.lex.coordinators?.size) return;
  for (let i = pieces.length - 2; i >= 0; i--) {
    const p = pieces[i];
    const next = pieces[i + 1];
    if (p.hit || !next.hit || next.hit.where !== 'after' || p.sent !== next.sent) continue;
    if (next.hit.at < tokenAt(doc.tokens, next.q.outerEnd) || !joinedByCoordinators(doc, p.q, next.q)) continue;
    p.hit = next.hit;
  }
}
