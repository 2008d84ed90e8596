import type { Analysis, ArticleText } from '@/lib/analysis/types';
import type { PageTimings } from '@/lib/messaging/protocol';

export type Outcome =
  | { status: 'ok'; analysis: Analysis; article: ArticleText }
  | { status: 'no-article' | 'error'; message: string };

export interface AnalyseDeps {
  doc: Document;
  /** lib/extract's extractArticle; throws an error with kind 'no-article' when there is none. */
  extract(doc: Document): ArticleText;
  /** The core's analyzeArticle, in the background when it can be (off the page's main thread). */
  analyze(article: ArticleText): Analysis | Promise<Analysis>;
  yieldToPage(): Promise<void>;
  now(): number;
}

/** Extraction, then analysis, with the page given the main thread back between the two. */
export async function analysePage(deps: AnalyseDeps, timings: PageTimings): Promise<Outcome> {
  try {
    await deps.yieldToPage();
    let at = deps.now();
    const article = deps.extract(deps.doc);
    timings.extractMs = Math.round(deps.now() - at);
    await deps.yieldToPage();
    at = deps.now();
    const analysis = await deps.analyze(article);
    timings.analyzeMs = Math.round(deps.now() - at);
    return { status: 'ok', article, analysis };
  } catch (error) {
    const kind = (error as { kind?: string }).kind;
    const message = error instanceof Error ? error.message : String(error);
    return { status: kind === 'no-article' ? 'no-article' : 'error', message };
  }
}
