// "« sans autorisation », ni « déclaration au fisc », écrit Le Canard enchaîné": short quotations
// chained by commas and coordinators share the cue that follows the last of them; and 'Teachers
// chanted, “Fund our schools,” and “Put kids first,”' the cue before the first of them. The
// coordinators are data of each language (`coordinators`); without them each quotation keeps to its
// own cue.
import type { Doc } from './doc';
import type { CueHit } from './cues';
import type { QuoteSpan } from './quote-spans';
import type { QuoteType } from '../types';
import { tokenAt } from './tokens';

interface Chained {
  q: QuoteSpan;
  hit: CueHit | null;
  sent: number;
  type: QuoteType;
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

/**
 * Gives each cue-less quotation of a chain the cue after the chain's last quotation, or else the cue
 * before its first when that one is direct speech (in place). After a partial quote the chain is
 * more often the reporter's list of words ("called them “criminals” and “rapists”") than more speech.
 */
export function shareCueAlongChains(doc: Doc, pieces: Chained[]): void {
  if (!doc.lex.coordinators?.size) return;
  for (let i = pieces.length - 2; i >= 0; i--) {
    const p = pieces[i];
    const next = pieces[i + 1];
    if (p.hit || !next.hit || next.hit.where !== 'after' || p.sent !== next.sent) continue;
    if (next.hit.at < tokenAt(doc.tokens, next.q.outerEnd) || !joinedByCoordinators(doc, p.q, next.q)) continue;
    p.hit = next.hit;
  }
  for (let i = 1; i < pieces.length; i++) {
    const p = pieces[i];
    const before = pieces[i - 1];
    if (p.hit || !before.hit || before.type !== 'direct' || before.sent !== p.sent || !cueLeadsInto(doc, before)) continue;
    if (!joinedByCoordinators(doc, before.q, p.q)) continue;
    p.hit = before.hit;
  }
}

/** The piece's cue comes before its quotation ("X said, “…”"), so it may lead on into the next one. */
function cueLeadsInto(doc: Doc, piece: Chained): boolean {
  const { hit } = piece;
  return !!hit && (hit.where === 'before' || hit.where === 'subject') && hit.at < tokenAt(doc.tokens, piece.q.outerStart);
}
