import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Analysis, ArticleText, Quote } from '@/lib/analysis/types';
import type { SiteKnowledgeData } from '@/lib/site-memory/knowledge-data';
import type { PagePart, PartsNote } from './page-parts';

/** A page as the content script sends it: its serialised HTML and its URL. */
export interface PageHtml {
  html: string;
  source: string;
  /** Set when the page came in parts (see page-parts): `html` is then only the last of them. */
  parts?: PartsNote;
}

/** Which kept reading an extension page asks the background for. */
export interface ReadingRequest {
  tabId: number;
  key: string;
}

/** The service worker's request to the offscreen document, which has no storage: the site's memory comes along. */
export interface OffscreenRequest extends PageHtml {
  site?: SiteKnowledgeData;
}

/** Where the time went off the page, in ms (parsing, Readability, the core's analysis). */
export interface ReadingTimings {
  parseMs: number;
  extractMs: number;
  analyzeMs: number;
  /** When the reader began parsing, in epoch ms (for the sweeps' stage breakdown). */
  startedAt?: number;
}

/** The article and its analysis, or the typed reason there is none (shown to the reader as is). */
export type PageReading =
  /** `key`: the background keeps this reading under it (see reading-shelf); the panel fetches the analysis by it. */
  | { status: 'ok'; article: ArticleText; analysis: Analysis; timings: ReadingTimings; key?: string }
  | { status: 'no-article'; message: string };

/**
 * A reading as it travels between the extension's contexts: without what the page can derive from the
 * article's text, the analysis's copy of that text (analyzeArticle echoes it) and each quote's words
 * (always the text between its offsets). On a long page they are over a third of the message, and the
 * page receives the whole message in one task.
 */
export type SentAnalysis = Omit<Analysis, 'text' | 'quotes'> & { quotes: Omit<Quote, 'text'>[] };
export type SentReading =
  | (Omit<Extract<PageReading, { status: 'ok' }>, 'analysis'> & { analysis: SentAnalysis })
  | Extract<PageReading, { status: 'no-article' }>;

/**
 * The first half of a kept reading as the page receives it: the article, the timings and the key the
 * background keeps the whole reading under. The analysis follows in a second message (readAnalysis):
 * the page receives each message in one task, and a long page's whole reading at once held its main
 * thread over 50 ms. */
export type ReadingHead =
  | (Omit<Extract<SentReading, { status: 'ok' }>, 'analysis' | 'key'> & { key: string })
  | Extract<PageReading, { status: 'no-article' }>;

/** The head of a reading the shelf keeps (see reading-shelf); an unkept one has no head. */
export function headOf(reading: SentReading): ReadingHead | null {
  if (reading.status !== 'ok') return reading;
  const { analysis: _second, key, ...head } = reading;
  return key ? { ...head, key } : null;
}

/** The analysis of a kept reading with its key, as a page's early request is answered; null without one. */
export function keyedAnalysisOf(reading: SentReading | null): KeyedAnalysis | null {
  return reading?.status === 'ok' && reading.key ? { key: reading.key, analysis: reading.analysis } : null;
}

export function toSentReading(reading: PageReading): SentReading {
  if (reading.status !== 'ok') return reading;
  const { text: _sameAsArticle, quotes, ...analysis } = reading.analysis;
  return { ...reading, analysis: { ...analysis, quotes: quotes.map(({ text: _between, ...quote }) => quote) } };
}

export function fromSentReading(reading: SentReading): PageReading {
  if (reading.status !== 'ok') return reading;
  const { text } = reading.article;
  const quotes = reading.analysis.quotes.map((quote) => ({ ...quote, text: text.slice(quote.start, quote.end) }));
  return { ...reading, analysis: { ...reading.analysis, text, quotes } };
}

/**
 * Messages to the extension's own contexts. Extraction and analysis run there, off the page's main
 * thread, so a large page never blocks the reader's tab (issues 5 and 6); the badge lives there too.
 */
export interface BackgroundProtocol {
  /**
   * Content script -> background: read this page (parse, Readability, analysis), keep the reading and
   * answer its head; readAnalysis then fetches the analysis.
   */
  readPage(data: PageHtml): ReadingHead;
  /**
   * Content script -> Chrome's offscreen document, straight: the same as readPage, without the page's
   * HTML passing through the service worker on its way (one copy of it fewer on the click's path).
   * The document asks the worker for the site's knowledge and has it keep the reading (keepReading),
   * keeping a copy under the same key: the page fetches the analysis from it (readAnalysisDirect).
   */
  readPageDirect(data: PageHtml): ReadingHead;
  /**
   * Content script -> whichever context reads its page (Chrome's offscreen document, Firefox's
   * background page): one part of a long page, ahead of the readPageDirect / readPage that completes it.
   */
  pagePart(data: PagePart): true;
  /** Offscreen document -> background: what the per-site memory knows for this page, if anything. */
  siteKnowledge(data: { source: string }): SiteKnowledgeData | null;
  /**
   * Service worker -> Chrome's offscreen document, at the toolbar click: the same, for the clicked
   * tab's address, before its page arrives (see knowledge-ahead).
   */
  siteKnowledgeAhead(data: KnowledgeAheadData): void;
  /** Service worker -> Chrome's offscreen document: the toolbar was clicked on this tab (see click-readings). */
  tabClicked(data: TabClick): void;
  /** Offscreen document -> background: keep this tab's reading (under its key) and remember the site's lines; its head. */
  keepReading(data: KeepReadingRequest): ReadingHead;
  /** Content script -> background: the analysis of this tab's kept reading, null when not kept. */
  readAnalysis(data: { key: string }): SentAnalysis | null;
  /** Content script -> Chrome's offscreen document: the same, for a reading it answered by readPageDirect. */
  readAnalysisDirect(data: { key: string }): SentAnalysis | null;
  /**
   * Content script -> Chrome's offscreen document, sent right behind readPageDirect: the analysis of
   * the reading it starts, with its key, the moment it is made (see analysis-waits); null if none came.
   */
  awaitAnalysisDirect(): KeyedAnalysis | null;
  /** Content script -> Firefox's background page, sent right behind readPage: the same. */
  awaitAnalysis(): KeyedAnalysis | null;
  /** Service worker -> offscreen document (Chrome: a worker has no DOMParser): the same work. */
  readPageOffscreen(data: OffscreenRequest): SentReading;
  /**
   * Popup or side panel -> background: the reading kept for this tab under this key (the page's lean
   * report names it), or null when the background no longer has it (the page then sends it itself).
   */
  getReading(data: ReadingRequest): SentReading | null;
  /**
   * Popup or side panel -> Chrome's offscreen document: the same, for a reading it made. It has the
   * reading before the page has its answer; the worker gets its copy a moment after the page's.
   */
  getReadingDirect(data: ReadingRequest): SentReading | null;
  /**
   * Popup -> Chrome's offscreen document: the reading of this tab's latest toolbar click, the moment
   * it is made; null when none comes (see click-readings).
   */
  clickReadingDirect(data: { tabId: number }): SentReading | null;
  /** Popup -> Firefox's background page, which reads pages itself: the same. */
  clickReading(data: { tabId: number }): SentReading | null;
  /**
   * Popup -> background: have the content script in this tab. The background started injecting on the
   * toolbar click, so the page's work was under way before the popup loaded; it answers with that
   * injection (or a new one) and rejects with the browser's refusal.
   */
  injectTab(data: { tabId: number }): void;
  /**
   * Content script -> background: run page-reader.js (Readability and the core) in the sender's frame,
   * for the in-page fallback; the content script itself is kept small (see in-page-reader).
   */
  loadPageReader(): void;
  /** Show how many quotes this tab has on the toolbar button (null clears it). */
  setBadge(data: { count: number | null }): void;
}

/** An analysis as it travels, with the key of the reading it belongs to. */
export interface KeyedAnalysis {
  key: string;
  analysis: SentAnalysis;
}

/** A toolbar click on a tab, at `at` (epoch ms). */
export interface TabClick {
  tabId: number;
  at: number;
}

export interface KnowledgeAheadData {
  source: string;
  site: SiteKnowledgeData | null;
}

export interface KeepReadingRequest {
  tabId: number;
  source: string;
  reading: SentReading;
}

export const backgroundMessaging = defineExtensionMessaging<BackgroundProtocol>();
