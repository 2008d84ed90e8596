import type { ArticleText } from '@/lib/analysis/types';
import type { KeepReadingRequest, KeyedAnalysis, KnowledgeAheadData, PageHtml, ReadingHead, ReadingRequest, SentAnalysis, SentReading, TabClick } from './background-protocol';
import { isObject, isOffset } from '@/lib/shapes';
import { isPartsNote } from './page-parts';
import { isSiteKnowledgeData } from '@/lib/site-memory/knowledge-data';

const isNullableString = (value: unknown) => value === null || typeof value === 'string';

/** Articles larger than this are refused at the boundary (far beyond what the core analyses). */
export const MAX_ARTICLE_CHARS = 5_000_000;

/** A content script's extracted article, checked before the background analyses it. */
export function isArticleText(value: unknown): value is ArticleText {
  if (!isObject(value)) return false;
  const { text, title, bodyStart, blocks } = value;
  if (typeof text !== 'string' || text.length > MAX_ARTICLE_CHARS || typeof title !== 'string') return false;
  if (!isNullableString(value.byline) || !isNullableString(value.siteName) || !isNullableString(value.lang)) return false;
  if (!isOffset(bodyStart) || bodyStart > text.length || !Array.isArray(blocks)) return false;
  return blocks.every(
    (b) => isObject(b) && isOffset(b.start) && isOffset(b.end) && b.end >= b.start && b.end <= text.length &&
      typeof b.kind === 'string' && isOffset(b.linkChars) && (b.box === undefined || (typeof b.box === 'string' && b.box.length < 40)),
  );
}

/**
 * Pages larger than this are not sent (Chrome caps a message at 64 MiB of JSON, and escaping can
 * double a string); the largest news pages seen serialise to a few MB.
 */
export const MAX_PAGE_HTML_CHARS = 16_000_000;

/** A content script's serialised page, checked before the background parses it. */
export function isPageHtml(data: unknown): data is PageHtml {
  return isObject(data) && typeof data.html === 'string' && data.html.length <= MAX_PAGE_HTML_CHARS &&
    typeof data.source === 'string' && data.source.length < 10_000 && (data.parts === undefined || isPartsNote(data.parts));
}

const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

const isReadingTimings = (value: unknown) => isObject(value) && isNumber(value.parseMs) && isNumber(value.extractMs) && isNumber(value.analyzeMs);

const isKey = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length < 100;

/** The analysis as it travels: without its text (see SentReading), its lists checked as lists. */
export function isSentAnalysis(value: unknown): value is SentAnalysis {
  return isObject(value) && value.text === undefined && ['quotes', 'entities', 'duplicates', 'boilerplate'].every((key) => Array.isArray(value[key]));
}

/** The offscreen document's early answer (see analysis-waits): an analysis with the key of its reading. */
export function isKeyedAnalysis(value: unknown): value is KeyedAnalysis {
  return isObject(value) && isKey(value.key) && isSentAnalysis(value.analysis);
}

/** The background's first answer (see ReadingHead), checked by the content script before it anchors anything on it. */
export function isReadingHead(value: unknown): value is ReadingHead {
  if (!isObject(value)) return false;
  if (value.status === 'no-article') return typeof value.message === 'string';
  return value.status === 'ok' && isKey(value.key) && isReadingTimings(value.timings) && isArticleText(value.article);
}

/** A whole reading as the background keeps and the panel fetches it. */
export function isSentReading(value: unknown): value is SentReading {
  if (!isObject(value)) return false;
  if (value.status === 'no-article') return typeof value.message === 'string';
  return value.status === 'ok' && (value.key === undefined || isKey(value.key)) && isReadingTimings(value.timings) &&
    isArticleText(value.article) && isSentAnalysis(value.analysis);
}

/** The content script's request for its tab's kept analysis. */
export function isAnalysisRequest(data: unknown): data is { key: string } {
  return isObject(data) && isKey(data.key);
}

export function isReadingRequest(data: unknown): data is ReadingRequest {
  return isObject(data) && isOffset(data.tabId) && isKey(data.key);
}

/** The offscreen document's request for a page's site knowledge. */
export function isSourceRequest(data: unknown): data is { source: string } {
  return isObject(data) && typeof data.source === 'string';
}

/** The site knowledge the service worker sends ahead of a clicked page: null when the site taught nothing. */
export function isKnowledgeAheadData(data: unknown): data is KnowledgeAheadData {
  return isObject(data) && typeof data.source === 'string' && (data.site === null || isSiteKnowledgeData(data.site));
}

/** The offscreen document's reading, for the background to keep for its tab. */
export function isKeepReadingRequest(data: unknown): data is KeepReadingRequest {
  return isObject(data) && isOffset(data.tabId) && typeof data.source === 'string' && isSentReading(data.reading);
}

/** The popup's request to have the content script in a tab. */
export function isTabRequest(data: unknown): data is { tabId: number } {
  return isObject(data) && isOffset(data.tabId);
}

export function isTabClick(data: unknown): data is TabClick {
  return isObject(data) && isOffset(data.tabId) && typeof data.at === 'number' && Number.isFinite(data.at);
}

export function isSetBadgeData(data: unknown): data is { count: number | null } {
  return isObject(data) && (data.count === null || isOffset(data.count));
}

/** The sender of a content-script message: our own extension, from a tab. */
export function isFromOwnContentScript(sender: { id?: string; tab?: { id?: number } } | undefined, runtimeId: string): boolean {
  return !!sender && sender.id === runtimeId && typeof sender.tab?.id === 'number';
}

/**
 * The sender of a message between the extension's own pages (service worker -> offscreen document):
 * our extension, from our origin, not from a tab (a content script's messages carry their tab).
 */
export function isFromOwnExtensionContext(sender: { id?: string; url?: string; tab?: unknown } | undefined, runtimeId: string, origin: string): boolean {
  return !!sender && sender.id === runtimeId && sender.tab == null && typeof sender.url === 'string' && sender.url.startsWith(origin);
}
