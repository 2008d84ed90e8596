import type { Analysis } from '@/lib/analysis/types';
import type { AnchoredSpan } from './span-lookup';

/** What the hover card says about one highlighted span: plain strings, rendered as text only. */
export interface CardContent {
  heading: string;
  lines: { label: string; value: string }[];
}

/** Every string the hover card shows, in one place for translation. */
export const CARD_STRINGS = {
  unattributed: 'Unattributed quote',
  official: 'Official',
  title: 'Title',
  quotes: 'Quotes in article',
  cue: 'Cue',
  confidence: 'Confidence',
  type: 'Type',
  duplicate: 'Repeated passage',
  occurrences: 'Times in article',
  boilerplate: 'Boilerplate',
  reason: 'Why',
  position: (n: number, of: number) => `Quote ${n} of ${of}`,
  hint: 'Alt+Shift+J / K: next / previous quote · Esc: close',
} as const;

const percent = (value: number) => `${Math.round(Math.max(0, Math.min(1, value)) * 100)}%`;

/** Builds the card for a quote (speaker, title, count, cue, confidence) or an official's name. */
export function cardContent(
  analysis: Pick<Analysis, 'quotes' | 'entities'> & Partial<Pick<Analysis, 'duplicates' | 'boilerplate'>>,
  span: Pick<AnchoredSpan, 'kind' | 'ref'>,
): CardContent | null {
  // Duplicates and boilerplate: a short description; ref is the index of the group or line.
  if (span.kind === 'duplicate') {
    const group = analysis.duplicates?.[Number(span.ref)];
    return group ? { heading: CARD_STRINGS.duplicate, lines: [{ label: CARD_STRINGS.occurrences, value: String(group.count) }] } : null;
  }
  if (span.kind === 'boilerplate') {
    const line = analysis.boilerplate?.[Number(span.ref)];
    return line ? { heading: CARD_STRINGS.boilerplate, lines: [{ label: CARD_STRINGS.reason, value: line.reason }] } : null;
  }
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const countOf = (speakerId: string | null) => analysis.quotes.filter((q) => q.speakerId === speakerId).length;
  if (span.kind === 'official') {
    const entity = entities.get(span.ref);
    if (!entity) return null;
    const lines = [{ label: CARD_STRINGS.title, value: entity.title ?? '' }, { label: CARD_STRINGS.quotes, value: String(countOf(entity.id)) }];
    return { heading: entity.name, lines: lines.filter((l) => l.value) };
  }
  const quote = analysis.quotes.find((q) => q.id === span.ref);
  if (!quote) return null;
  const speaker = quote.speakerId ? entities.get(quote.speakerId) : undefined;
  const lines = [
    { label: CARD_STRINGS.title, value: speaker?.title ?? '' },
    { label: CARD_STRINGS.quotes, value: speaker ? String(countOf(speaker.id)) : '' },
    { label: CARD_STRINGS.type, value: quote.type },
    { label: CARD_STRINGS.cue, value: quote.cue ?? '' },
    { label: CARD_STRINGS.confidence, value: percent(quote.confidence) },
  ];
  return { heading: speaker?.name ?? CARD_STRINGS.unattributed, lines: lines.filter((l) => l.value) };
}
