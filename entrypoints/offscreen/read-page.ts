import { analyzeArticle } from '@/lib/analysis/analyze';
import type { SiteKnowledge } from '@/lib/analysis/boilerplate/find-boilerplate';
import type { ArticleText } from '@/lib/analysis/types';
import { extractArticle } from '@/lib/extract/extract-article';
import { toSentReading, type PageHtml, type PageReading, type ReadingTimings, type SentReading } from '@/lib/messaging/background-protocol';
import { fromKnowledgeData, type SiteKnowledgeData } from '@/lib/site-memory/knowledge-data';
import { epochNow } from '@/lib/page/stage-clock';

/** A DOM parser: DOMParser in the Firefox background page and in Chrome's offscreen document. */
export type ParseHtml = (html: string) => Document;

export const parseWithDomParser: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html');

type Extracted =
  | { status: 'ok'; article: ArticleText; timings: Omit<ReadingTimings, 'analyzeMs'> }
  | Extract<PageReading, { status: 'no-article' }>;

/** The first part of reading a page: parse (an inert document: no script runs, nothing is fetched), then Readability. */
function parseAndExtract(page: PageHtml, parse: ParseHtml, now: () => number): Extracted {
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
  return { status: 'ok', article, timings: { parseMs, extractMs: now() - at, startedAt } };
}

/** The second part: the core's analysis of the extracted article. */
function analyseExtracted(extracted: Extracted, page: PageHtml, now: () => number, site?: SiteKnowledge): PageReading {
  if (extracted.status !== 'ok') return extracted;
  const at = now();
  const analysis = analyzeArticle(extracted.article, { source: page.source, site });
  return { status: 'ok', article: extracted.article, analysis, timings: { ...extracted.timings, analyzeMs: now() - at } };
}

/**
 * Reads a page the content script serialised: parse, Readability, then the core's analysis. A page
 * without an article gives the typed no-article answer; anything else that goes wrong is thrown back to
 * the sender. `site` is what the per-site memory knows about the page's site (its repeated lines, the
 * reader's verdicts).
 */
export function readPageHtml(
  page: PageHtml, parse: ParseHtml = parseWithDomParser, now = () => performance.now(), site?: SiteKnowledge,
): PageReading {
  return analyseExtracted(parseAndExtract(page, parse, now), page, now, site);
}

/** readPageHtml with the DOM's own parser and the site knowledge as sent between contexts, ready to send back. */
export function readSentPage(page: PageHtml, site?: SiteKnowledgeData | null): SentReading {
  return toSentReading(readPageHtml(page, undefined, undefined, site ? fromKnowledgeData(site) : undefined));
}

/**
 * readSentPage with the site knowledge still on its way (asked of another context): only the analysis
 * needs it, so the page is parsed and extracted meanwhile and the answer, long in by then, costs no wait.
 */
export async function readSentPageAsKnowledgeComes(page: PageHtml, site: Promise<SiteKnowledgeData | null>): Promise<SentReading> {
  const now = () => performance.now();
  const extracted = parseAndExtract(page, parseWithDomParser, now);
  if (extracted.status !== 'ok') return extracted;
  const knowledge = await site;
  return toSentReading(analyseExtracted(extracted, page, now, knowledge ? fromKnowledgeData(knowledge) : undefined));
}
