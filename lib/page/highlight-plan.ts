import type { Analysis, Span } from '@/lib/analysis/types';
import { speakerColorIndex } from '@/lib/speaker-colors';
import { OFFICIAL_NAME, UNATTRIBUTED_NAME, quoteName } from './highlight-names';

/** One span of the article text to paint, with the highlight name that gives its style. */
export interface PlannedSpan extends Span {
  name: string;
  /** What the span is, and the id of its quote or entity (for the hover card). */
  kind: 'quote' | 'official';
  ref: string;
}

/**
 * What to paint for an analysis: every quote in its speaker's colour (the panel's colours, from
 * lib/speaker-colors), unattributed quotes in the neutral one, and every mention of an official
 * (a person named with a title or role). `colours` defaults to the analysis's own order.
 */
export function planHighlights(
  analysis: Pick<Analysis, 'quotes' | 'entities'>,
  colours: ReadonlyMap<string, number> = speakerColorIndex(analysis),
): PlannedSpan[] {
  const nameOf = (speakerId: string | null) => {
    const colour = speakerId == null ? undefined : colours.get(speakerId);
    return colour == null ? UNATTRIBUTED_NAME : quoteName(colour);
  };
  const spans: PlannedSpan[] = analysis.quotes.map((q) => ({ start: q.start, end: q.end, name: nameOf(q.speakerId), kind: 'quote', ref: q.id }));
  for (const entity of analysis.entities) {
    if (entity.type !== 'person' || !entity.title) continue;
    for (const m of entity.mentions) spans.push({ start: m.start, end: m.end, name: OFFICIAL_NAME, kind: 'official', ref: entity.id });
  }
  return spans;
}
