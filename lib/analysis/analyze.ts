import type { Analysis, ArticleText } from './types';
import { findAttributions } from './attribution/find-attributions';
import { findDuplicates } from './duplicates/find-duplicates';
import { findBoilerplate, type SiteKnowledge } from './boilerplate/find-boilerplate';
import { withAnalysisMemo } from './text/analysis-memo';
import { baseLanguage, detectLanguage } from './text/language';

export interface AnalyzeOptions {
  /** Where the article came from (file path or URL); echoed in the result. */
  source?: string;
  /** What the extension remembers about this site (lines seen on other articles, reader's choices). */
  site?: SiteKnowledge;
  /** Analyse at most this many characters (default MAX_ANALYSED_CHARS); the bench lifts it to measure scaling. */
  maxChars?: number;
  /** A clock for timing; injectable so tests stay deterministic. */
  now?: () => number;
}

/**
 * Beyond this many characters (about 60,000 words, several times the longest news features) only the
 * beginning is analysed, so a giant page cannot hold the reader's tab; the result says so.
 */
export const MAX_ANALYSED_CHARS = 400_000;

/** The article cut at a block boundary before `limit` characters; offsets stay valid for the whole text. */
export function limitArticle(article: ArticleText, limit = MAX_ANALYSED_CHARS): ArticleText {
  if (article.text.length <= limit) return article;
  const blocks = article.blocks.filter((block) => block.end <= limit);
  const end = blocks.length ? blocks[blocks.length - 1].end : Math.min(limit, article.text.length);
  return { ...article, text: article.text.slice(0, end), blocks, bodyStart: Math.min(article.bodyStart, end) };
}

/**
 * The whole analysis of one article: pure, synchronous and the same in the extension and the CLI.
 * Every span in the result indexes `article.text`.
 */
export function analyzeArticle(article: ArticleText, options: AnalyzeOptions = {}): Analysis {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const part = limitArticle(article, options.maxChars ?? MAX_ANALYSED_CHARS);
  // The stages segment the same paragraphs and credit-check the same lines: each is done once.
  const { entities, quotes: found, duplicates, boilerplate, lang } = withAnalysisMemo(() => ({
    ...findAttributions(part),
    duplicates: findDuplicates(part),
    boilerplate: findBoilerplate(part, options.site),
    // the page's own tag when the text agrees with it ("es-UY"), else the language the text reads as
    lang: detectLanguage(article.lang, part.text),
  }));
  // the teaser of a related article is not this article: what it reports is no quote of the page
  const teasers = boilerplate.filter((b) => b.reason === 'related-link list');
  const quotes = teasers.length ? found.filter((q) => !teasers.some((b) => b.start <= q.start && q.end <= b.end)) : found;
  return {
    source: options.source ?? '',
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    lang: baseLanguage(article.lang) === lang ? article.lang : lang,
    text: article.text,
    bodyStart: article.bodyStart,
    entities,
    quotes,
    duplicates,
    boilerplate,
    ...(part !== article && {
      notice: `This article is very long (${article.text.length.toLocaleString('en')} characters); Quotelens analysed the first ${part.text.length.toLocaleString('en')}.`,
    }),
    timing: { analysisMs: Math.round((now() - started) * 100) / 100 },
  };
}
