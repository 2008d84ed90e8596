import type { Analysis, ArticleText } from '@/lib/analysis/types';
import type { PageReading } from '@/lib/messaging/background-protocol';
import type { PageStage, PageTimings } from '@/lib/messaging/protocol';
import { epochNow } from './stage-clock';

export type Outcome =
  /** `readingKey`: the background keeps this analysis under it (read off the page), absent when read here. */
  | { status: 'ok'; analysis: Analysis; article: ArticleText; readingKey?: string }
  | { status: 'no-article' | 'error'; message: string };

export interface AnalyseDeps {
  doc: Document;
  /**
   * Extraction and analysis off the page's main thread (the background parses the serialised page).
   * Rejects when that cannot be done (messaging failed): the page then does both itself.
   */
  readOffPage?(doc: Document, stamp: (stage: PageStage) => void): Promise<PageReading>;
  /** lib/extract's extractArticle; throws an error with kind 'no-article' when there is none. */
  extract(doc: Document): ArticleText | Promise<ArticleText>;
  /** The core's analyzeArticle (in the page: the fallback when readOffPage is missing or fails). */
  analyze(article: ArticleText): Analysis | Promise<Analysis>;
  yieldToPage(): Promise<void>;
  now(): number;
}

/** Notes when a step of the analysis happened (now, unless the time is given). */
export function stampStage(timings: PageTimings, stage: PageStage, at: number = epochNow()): void {
  (timings.at ??= {})[stage] = Math.round(at * 10) / 10;
}

/** The normal path: the page only serialises itself; the rest happens in the background. */
async function readOffPage(deps: AnalyseDeps, timings: PageTimings): Promise<Outcome | null> {
  if (!deps.readOffPage) return null;
  let reading: PageReading;
  try {
    reading = await deps.readOffPage(deps.doc, (stage) => stampStage(timings, stage));
  } catch {
    return null;
  }
  stampStage(timings, 'received');
  if (reading.status !== 'ok') return { status: 'no-article', message: reading.message };
  timings.parseMs = Math.round(reading.timings.parseMs);
  if (reading.timings.startedAt !== undefined) stampStage(timings, 'readStart', reading.timings.startedAt);
  timings.extractMs = Math.round(reading.timings.parseMs + reading.timings.extractMs);
  timings.analyzeMs = Math.round(reading.timings.analyzeMs);
  return { status: 'ok', article: reading.article, analysis: reading.analysis, readingKey: reading.key };
}

/**
 * Extraction, then analysis: off the page when it can be, else in the page with the main thread
 * given back between the two.
 */
export async function analysePage(deps: AnalyseDeps, timings: PageTimings): Promise<Outcome> {
  try {
    await deps.yieldToPage();
    const offPage = await readOffPage(deps, timings);
    if (offPage) return offPage;
    let at = deps.now();
    const article = await deps.extract(deps.doc);
    timings.extractMs = Math.round(deps.now() - at);
    await deps.yieldToPage();
    at = deps.now();
    const analysis = await deps.analyze(article);
    timings.analyzeMs = Math.round(deps.now() - at);
    stampStage(timings, 'received');
    return { status: 'ok', article, analysis };
  } catch (error) {
    const kind = (error as { kind?: string }).kind;
    const message = error instanceof Error ? error.message : String(error);
    return { status: kind === 'no-article' ? 'no-article' : 'error', message };
  }
}
