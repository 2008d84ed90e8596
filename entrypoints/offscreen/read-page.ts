import { analyzeArticle } from '@/lib/analysis/analyze';
import type { SiteKnowledge } from '@/lib/analysis/boilerplate/find-boilerplate';
import type { ArticleText } from '@/lib/analysis/types';
import { extractArticle } from '@/lib/extract/extract-article';
import { toSentReading, type PageHtml, type PageReading, type SentReading } from '@/lib/messaging/background-protocol';
import { fromKnowledgeData, type SiteKnowledgeData } from '@/lib/site-memory/knowledge-data';
import { epochNow } from '@/lib/page/stage-clock';

/** A DOM parser: DOMParser in the Firefox background page and in Chrome's offscreen document. */
export type ParseHtml = (html: string) => Document;

export const parseWithDomParser: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html');

/**
 * Reads a page the content script serialised: parse (an inert document: no script runs, nothing is
 * fetched), Readability, then the core's analysis. A page without an article gives the typed
 * no-article answer; anything else that goes wrong is thrown back to the sender. `site` is what the
 * per-site memory knows about the page's site (its repeated lines, the reader's verdicts).
 */
export function readPageHtml(
  page: PageHtml, parse: ParseHtml = parseWithDomParser, now = () => performance.now(), site?: SiteKnowledge,
): PageReading {
  const startedAt = epochNow();
  let at = now();
  const doc = parse(page.html);
  const parseMs = now() - at;
  at = now();
  let article: ArticleText;
  try {
    article = extractArticle(doc);
  } catch (error) {
    if ((error as { kind?: string }).kind === 'no-article') return { status: 'no-article', message: (error as Error).message };
    throw error;
  }
  const extractMs = now() - at;
  at = now();
  const analysis = analyzeArticle(article, { source: page.source, site });
  const analyzeMs = now() - at;
  return { status: 'ok', article, analysis, timings: { parseMs, extractMs, analyzeMs, startedAt } };
}

/** readPageHtml with the DOM's own parser and the site knowledge as sent between contexts, ready to send back. */
export function readSentPage(page: PageHtml, site?: SiteKnowledgeData | null): SentReading {
  return toSentReading(readPageHtml(page, undefined, undefined, site ? fromKnowledgeData(site) : undefined));
}
