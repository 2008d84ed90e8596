import type { Analysis, Span } from '@/lib/analysis/types';
import { OFFICIAL_NAME, quoteName, speakerColours } from './palette';

/** One span of the article text to paint, with the highlight name that gives its style. */
export interface PlannedSpan extends Span {
  name: string;
  /** What the span is, and the id of its quote or entity (for the hover card). */
  kind: 'quote' | 'official';
  ref: string;
}

/**
 * What to paint for an analysis: every quote in its speaker's colour, and every mention of an
 * official (a person named with a title or role).
 */
export function planHighlights(analysis: Pick<Analysis, 'quotes' | 'entities'>): PlannedSpan[] {
  const colours = speakerColours(analysis);
  const spans: PlannedSpan[] = analysis.quotes.map((q) => ({
    start: q.start,
    end: q.end,
    name: quoteName(colours.get(q.speakerId) ?? 0),
    kind: 'quote',
    ref: q.id,
  }));
  for (const entity of analysis.entities) {
    if (entity.type !== 'person' || !entity.title) continue;
    for (const m of entity.mentions) spans.push({ start: m.start, end: m.end, name: OFFICIAL_NAME, kind: 'official', ref: entity.id });
  }
  return spans;
}
