import type { Analysis, QuoteType } from '@/lib/analysis/types';

/** One line of the who-said-what export: the same fields in JSON, CSV and Markdown. */
export interface ExportRow {
  url: string;
  title: string;
  /** The page's published date when known, else the day of the export (YYYY-MM-DD or ISO). */
  date: string;
  speaker: string;
  speakerTitle: string;
  quote: string;
  type: QuoteType;
  start: number;
  end: number;
}

/** The column order of CSV and Markdown tables. */
export const EXPORT_COLUMNS = ['url', 'title', 'date', 'speaker', 'speakerTitle', 'quote', 'type', 'start', 'end'] as const satisfies readonly (keyof ExportRow)[];

/**
 * The contract has no published date yet; a core that learns one may add it under this name, and
 * the export picks it up without another change.
 */
export type ExportableAnalysis = Analysis & { published?: unknown };

export interface ExportContext {
  /** When the export is made: used for the date column when the page gives none. */
  now: Date;
  /** Shown for quotes without a speaker. */
  unknownSpeaker: string;
}

/** The published date if it parses as a date, else the export day; never a free-form page string. */
export function exportDate(analysis: ExportableAnalysis, now: Date): string {
  const published = analysis.published;
  if (typeof published === 'string' && published.length <= 64) {
    const parsed = new Date(published);
    if (!Number.isNaN(parsed.getTime())) return parsed.toISOString().slice(0, 10);
  }
  return now.toISOString().slice(0, 10);
}

/** Quotes in text order with their speaker's name and title resolved. */
export function exportRows(analysis: ExportableAnalysis, context: ExportContext): ExportRow[] {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const date = exportDate(analysis, context.now);
  return [...analysis.quotes]
    .sort((a, b) => a.start - b.start)
    .map((quote) => {
      const speaker = quote.speakerId != null ? entities.get(quote.speakerId) : undefined;
      return {
        url: analysis.source,
        title: analysis.title,
        date,
        speaker: speaker?.name ?? context.unknownSpeaker,
        speakerTitle: speaker?.title ?? '',
        quote: quote.text,
        type: quote.type,
        start: quote.start,
        end: quote.end,
      };
    });
}
