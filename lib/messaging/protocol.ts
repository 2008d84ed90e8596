import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Analysis } from '@/lib/analysis/types';

/** What the content script answers when asked for the page's analysis. */
export type PageReport =
  | { status: 'ok'; analysis: Analysis; highlights: HighlightState; timings?: PageTimings }
  | { status: 'no-article'; message: string }
  | { status: 'error'; message: string };

/** How long each phase of the last analysis took in the page, in ms (for the browser figures). */
export interface PageTimings {
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
}

/**
 * The one protocol between extension pages (popup) and the content script. Payloads are plain JSON;
 * the receiving side validates shapes (see lib/messaging/validate.ts).
 */
export interface ProtocolMap {
  /** Analyse the page once (cached afterwards) and report it. */
  getReport(): PageReport;
  /** Paint or remove highlights; removal leaves the page's DOM exactly as it was. */
  setHighlights(data: { enabled: boolean }): HighlightState;
  /** Analyse the page again (the reader changed the site's memory) and report the new analysis. */
  refresh(): PageReport;
  /** Scroll to a span of the analysis text and flash it. */
  reveal(data: { start: number; end: number }): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
