import type { Span } from '../types';
import type { Doc } from './doc';
import type { EntityRec } from './entities';
import type { QuoteSpan } from './quote-spans';
import { tokenAt } from './tokens';

/** Most words a heading line may have around its quotation. */
const MAX_HEADING_WORDS = 20;

/**
 * "Volker: Allegations against Biden are “not credible”": a heading line that opens with a person's
 * name and a colon quotes that person, the way headlines and subheads credit a quotation. Only a person
 * the article names elsewhere counts (not "Update:" or "Analysis:"), in a short line of its own.
 */
export function headlineSpeaker(doc: Doc, q: QuoteSpan): { ent: EntityRec; mention: Span; colon: boolean } | null {
  const { tokens, runs, runAt, blocks } = doc;
  const block = blocks[q.block];
  if (!block) return null;
  const k = tokenAt(tokens, block.start);
  const ri = runAt[k];
  if (ri < 0 || runs[ri].first !== k || tokens[runs[ri].last + 1]?.text !== ':') return null;
  const colon = tokens[runs[ri].last + 1];
  if (colon.end > q.outerStart || wordCount(doc.text.slice(block.start, block.end)) > MAX_HEADING_WORDS) return null;
  const ent = doc.reg.matchPerson(runs[ri].words);
  if (!ent) return null;
  return { ent, mention: { start: tokens[k].start, end: runs[ri].end }, colon: true };
}

function wordCount(s: string): number {
  return s.trim().split(/\s+/).length;
}
