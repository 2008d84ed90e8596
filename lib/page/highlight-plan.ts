import type { Analysis, Span } from '@/lib/analysis/types';
import { speakerColorIndex } from '@/lib/speaker-colors';
import { BOILERPLATE_NAME, DUPLICATE_NAME, OFFICIAL_NAME, UNATTRIBUTED_NAME, quoteName } from './highlight-names';

export type PlannedKind = 'quote' | 'official' | 'duplicate' | 'boilerplate';

/** One span of the article text to paint, with the highlight name that gives its style. */
export interface PlannedSpan extends Span {
  name: string;
  /** What the span is, and the id of its quote or entity (for the hover card); for duplicates and boilerplate, the index of its group or line. */
  kind: PlannedKind;
  ref: string;
}

/** Which of the optional marks to paint; quotes and officials are always planned. */
export interface MarkChoice {
  duplicates: boolean;
  boilerplate: boolean;
}

export const ALL_MARKS: MarkChoice = { duplicates: true, boilerplate: true };

type PlanInput = Pick<Analysis, 'quotes' | 'entities'> & Partial<Pick<Analysis, 'duplicates' | 'boilerplate'>>;

/**
 * What to paint for an analysis: every quote in its speaker's colour (the panel's colours, from
 * lib/speaker-colors), unattributed quotes in the neutral one, every mention of an official
 * (a person named with a title or role), and, as `marks` asks, every occurrence of a duplicate
 * group and every boilerplate line. `colours` defaults to the analysis's own order.
 */
export function planHighlights(
  analysis: PlanInput,
  colours: ReadonlyMap<string, number> = speakerColorIndex(analysis),
  marks: MarkChoice = ALL_MARKS,
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
  if (marks.duplicates) {
    (analysis.duplicates ?? []).forEach((group, i) => {
      for (const o of group.occurrences) if (o.end > o.start) spans.push({ start: o.start, end: o.end, name: DUPLICATE_NAME, kind: 'duplicate', ref: String(i) });
    });
  }
  if (marks.boilerplate) {
    (analysis.boilerplate ?? []).forEach((line, i) => {
      // A line seen more than once lists each place; the first is also its own start/end.
      const places = line.occurrences?.length ? line.occurrences : [{ start: line.start, end: line.end }];
      const seen = new Set<string>();
      for (const o of places) {
        const key = `${o.start}:${o.end}`;
        if (seen.has(key) || o.end <= o.start) continue;
        seen.add(key);
        spans.push({ start: o.start, end: o.end, name: BOILERPLATE_NAME, kind: 'boilerplate', ref: String(i) });
      }
    });
  }
  return spans;
}

/** Duplicates and boilerplate: the marks the reader can switch off on their own. */
export function isOptionalMark(kind: PlannedKind): kind is 'duplicate' | 'boilerplate' {
  return kind === 'duplicate' || kind === 'boilerplate';
}
