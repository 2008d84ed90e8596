import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Analysis } from '@/lib/analysis/types';

/** What the content script answers when asked for the page's analysis. */
export type PageReport =
  | { status: 'ok'; analysis: Analysis; highlights: HighlightState; timings?: PageTimings }
  | { status: 'no-article'; message: string }
  | { status: 'error'; message: string };

/**
 * The steps of one analysis as the sweeps break the click down (issue 11). Each is stamped in epoch ms
 * (performance.timeOrigin + performance.now()) so that stamps from the page, the background and the
 * popup fall on one clock: `readStart` is when the background began parsing the page it was sent.
 */
export type PageStage = 'scriptStart' | 'serialised' | 'sent' | 'readStart' | 'received' | 'anchored' | 'painted' | 'paintedAll';

/** How long each phase of the last analysis took in the page, in ms (for the browser figures). */
export interface PageTimings {
  /** When each step happened (epoch ms); absent steps did not happen (no article, painting off, fallback). */
  at?: Partial<Record<PageStage, number>>;
  /** Off the page: parsing the serialised page alone (extractMs includes it). */
  parseMs?: number;
  extractMs?: number;
  /** Waiting for the analysis (it runs in the background, off the page's thread, when it can). */
  analyzeMs?: number;
  indexMs?: number;
  anchorMs?: number;
  /** The task that starts painting (setup and, when painting goes in slices, the first slice). */
  paintMs?: number;
  /** From the start of painting until the last slice of ranges is painted (several tasks). */
  paintTotalMs?: number;
  /** The longest slice of indexing, anchoring and painting (each runs in slices of about 15 ms). */
  longestSliceMs?: number;
}

export interface HighlightState {
  enabled: boolean;
  /** Spans actually painted on the page (quotes + officials). */
  painted: number;
  /** Spans of the analysis that could not be found again in the live page. */
  unanchored: number;
  /** 'highlight-api' (CSS Custom Highlight API) or 'wrappers' (the fallback). */
  method: 'highlight-api' | 'wrappers' | 'none';
  /**
   * An early report (see getReport) answered while highlights were still being anchored or painted:
   * `enabled` is what is being applied, the counts are not final yet.
   */
  pending?: true;
}

/**
 * An 'ok' report without its analysis, for a reading the background keeps (see lib/messaging/reading-shelf):
 * the panel fetches the analysis from there under `readingKey`. Serialising a long article's analysis
 * takes the page's main thread over 50 ms; the background's thread is nobody's page.
 */
export type LeanPageReport = Omit<Extract<PageReport, { status: 'ok' }>, 'analysis'> & { readingKey: string };

/**
 * `early`: answer as soon as the analysis exists, without waiting for highlights to be painted.
 * `lean`: answer a LeanPageReport when the background holds the analysis (a full report otherwise).
 */
export type GetReportData = { early?: boolean; lean?: boolean } | undefined;

/**
 * The one protocol between extension pages (popup) and the content script. Payloads are plain JSON;
 * the receiving side validates shapes (see lib/messaging/validate.ts).
 */
export interface ProtocolMap {
  /**
   * Analyse the page once (cached afterwards) and report it, once any highlighting in progress is
   * done; with `early`, as soon as the analysis exists (the popup shows it while the page paints);
   * with `lean`, without the analysis when the background keeps it.
   */
  getReport(data: GetReportData): PageReport | LeanPageReport;
  /** Paint or remove highlights; removal leaves the page's DOM exactly as it was. */
  setHighlights(data: { enabled: boolean }): HighlightState;
  /** Analyse the page again (the reader changed the site's memory) and report the new analysis. */
  refresh(): PageReport;
  /** Scroll to a span of the analysis text and flash it. */
  reveal(data: { start: number; end: number }): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
