import type { Analysis, ArticleText } from '@/lib/analysis/types';

/** Where page-reader.js leaves the reader in the content script's world (shared by our scripts in a frame). */
export const IN_PAGE_READER = Symbol.for('quotelens.in-page-reader');

/** Readability and the analysis core, for reading the page in the page itself. */
export interface InPageReader {
  extract(doc: Document): ArticleText;
  analyze(article: ArticleText, options: { source: string }): Analysis;
}

type Scope = { [IN_PAGE_READER]?: InPageReader };

/**
 * The in-page fallback's code, loaded only when it is needed. The page is normally read in the
 * background; bundling Readability and the core into the content script made it five times larger,
 * and compiling it was the longest task a click gave the page (issue 11). `load` has the background
 * run page-reader.js in this frame, which leaves the reader on the shared global; asked once.
 */
export function lazyInPageReader(load: () => Promise<unknown>, scope: object = globalThis): () => Promise<InPageReader> {
  let loading: Promise<InPageReader> | null = null;
  const loaded = () => (scope as Scope)[IN_PAGE_READER];
  return () => {
    const ready = loaded();
    if (ready) return Promise.resolve(ready);
    loading ??= load().then(() => {
      const reader = loaded();
      if (!reader) throw new Error('Quotelens: could not load the page reader.');
      return reader;
    });
    // A failed load may be tried again on the next reading.
    loading.catch(() => (loading = null));
    return loading;
  };
}

/** Run by page-reader.js: hands its reader to the content script. */
export function provideInPageReader(reader: InPageReader, scope: object = globalThis): void {
  (scope as Scope)[IN_PAGE_READER] = reader;
}
