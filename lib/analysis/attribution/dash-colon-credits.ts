import type { CueHit } from './cues';
import type { Doc } from './doc';

/** Marks that set a credit apart from the words before it ("Pollsters agree - Carl Bialik: “…”"). */
const DASHES = new Set(['-', '–', '—', '―']);

/**
 * "Pollsters agree - Carl Bialik: “One of the biggest lessons …”": a roundup credits each excerpt to the
 * name written right before the colon that opens it. The name must stand alone between a dash (or the
 * sentence's start) and the colon, so that a verb of the line before ("agree") does not take the quote.
 */
export function dashColonCredit(doc: Doc, sentStart: number, quoteTok: number): CueHit | null {
  const { tokens, runs, runAt } = doc;
  if (tokens[quoteTok - 1]?.text !== ':') return null;
  const ri = runAt[quoteTok - 2];
  if (ri === undefined || ri < 0) return null;
  const run = runs[ri];
  if (run.last !== quoteTok - 2 || run.first < sentStart) return null;
  if (run.first !== sentStart && !DASHES.has(tokens[run.first - 1]?.text ?? '')) return null;
  return { np: { first: run.first, last: run.last }, cue: ':', where: 'before', at: quoteTok - 1 };
}
