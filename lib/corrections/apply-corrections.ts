import type { Analysis, Entity, Quote } from '@/lib/analysis/types';
import { QUOTE_REF_CHARS, type Correction, type QuoteRef, type SpeakerRef } from '@/lib/corrections/types';

/** The analysis as the reader corrected it, plus what was changed, for the UI to mark. */
export interface CorrectedAnalysis {
  analysis: Analysis;
  /** Ids of quotes whose speaker the reader set. */
  reassigned: ReadonlySet<string>;
  /** Quotes the reader dismissed, as they were, so they can be restored. */
  dismissed: Quote[];
}

/** A reference to a quote as stored with a correction. */
export function quoteRef(quote: Quote): QuoteRef {
  return { id: quote.id, start: quote.start, end: quote.end, text: quote.text.slice(0, QUOTE_REF_CHARS) };
}

const sameWords = (quote: Quote, ref: QuoteRef) => quote.text.slice(0, QUOTE_REF_CHARS) === ref.text;

/** Same id and place and words; failing that, the same words nearest the old place. */
export function findQuote(quotes: readonly Quote[], ref: QuoteRef): Quote | undefined {
  const exact = quotes.find((q) => q.id === ref.id && q.start === ref.start && q.end === ref.end && sameWords(q, ref));
  if (exact) return exact;
  const candidates = quotes.filter((q) => sameWords(q, ref));
  return candidates.sort((a, b) => Math.abs(a.start - ref.start) - Math.abs(b.start - ref.start))[0];
}

/** The entity with the same id and name, else the one with the same name. */
export function findSpeaker(entities: readonly Entity[], ref: SpeakerRef): Entity | undefined {
  return entities.find((e) => e.id === ref.id && e.name === ref.name) ?? entities.find((e) => e.name === ref.name);
}

/**
 * Applies the reader's corrections, later ones winning. A correction whose quote or speaker is no
 * longer in the analysis is skipped. Reassigned quotes get full confidence: a person decided.
 */
export function applyCorrections(analysis: Analysis, corrections: readonly Correction[]): CorrectedAnalysis {
  const decided = new Map<string, { dismiss: true } | { dismiss: false; speakerId: string | null }>();
  for (const correction of corrections) {
    const quote = findQuote(analysis.quotes, correction.quote);
    if (!quote) continue;
    if (correction.action === 'dismiss') {
      decided.set(quote.id, { dismiss: true });
      continue;
    }
    if (correction.speaker == null) {
      decided.set(quote.id, { dismiss: false, speakerId: null });
      continue;
    }
    const speaker = findSpeaker(analysis.entities, correction.speaker);
    if (speaker) decided.set(quote.id, { dismiss: false, speakerId: speaker.id });
  }
  if (!decided.size) return { analysis, reassigned: new Set(), dismissed: [] };

  const reassigned = new Set<string>();
  const dismissed: Quote[] = [];
  const quotes: Quote[] = [];
  for (const quote of analysis.quotes) {
    const decision = decided.get(quote.id);
    if (!decision) quotes.push(quote);
    else if (decision.dismiss) dismissed.push(quote);
    else {
      reassigned.add(quote.id);
      quotes.push({ ...quote, speakerId: decision.speakerId, speakerMention: null, confidence: 1 });
    }
  }
  return { analysis: { ...analysis, quotes }, reassigned, dismissed };
}
