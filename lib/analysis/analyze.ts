import type { Analysis, ArticleText } from './types';
import { findAttributions } from './attribution/find-attributions';
import { findDuplicates } from './duplicates/find-duplicates';
import { findBoilerplate, type SiteKnowledge } from './boilerplate/find-boilerplate';

export interface AnalyzeOptions {
  /** Where the article came from (file path or URL); echoed in the result. */
  source?: string;
  /** What the extension remembers about this site (lines seen on other articles, reader's choices). */
  site?: SiteKnowledge;
  /** A clock for timing; injectable so tests stay deterministic. */
  now?: () => number;
}

/**
 * The whole analysis of one article: pure, synchronous and the same in the extension and the CLI.
 * Every span in the result indexes `article.text`.
 */
export function analyzeArticle(article: ArticleText, options: AnalyzeOptions = {}): Analysis {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const { entities, quotes } = findAttributions(article);
  const duplicates = findDuplicates(article);
  const boilerplate = findBoilerplate(article, options.site);
  return {
    source: options.source ?? '',
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    lang: article.lang,
    text: article.text,
    bodyStart: article.bodyStart,
    entities,
    quotes,
    duplicates,
    boilerplate,
    timing: { analysisMs: Math.round((now() - started) * 100) / 100 },
  };
}
