import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleText } from '@/lib/analysis/types';
import { extractArticle, NoArticleError } from '@/lib/extract/extract-article';
import type { HighlightApi } from '@/lib/page/highlight-painter';
import { createPageSession, type PageSessionDeps } from '@/lib/page/page-session';
import { analysisOf, fakeHighlightApi, loadPage, personOf, quoteOf } from './helpers';

function handBuilt(article: ArticleText) {
  const councillor = personOf(article, 'p1', 'Jane Whitlow', 'Councillor');
  const mayor = personOf(article, 'p2', 'Tom Okafor', 'Mayor');
  const resident = personOf(article, 'p3', 'Priya Nandakumar', null);
  return analysisOf(
    article,
    [
      quoteOf(article, 'We need more time to read the fine print before we sign anything,', 'p1'),
      quoteOf(article, 'The ferry is a lifeline for the island families, and every week counts,', 'p2'),
      quoteOf(article, "<script>alert('tickets')</script> is not a fare policy,", null),
    ],
    [councillor, mayor, resident],
  );
}

function deps(overrides: Partial<PageSessionDeps> = {}): PageSessionDeps & { timers: (() => void)[] } {
  const timers: (() => void)[] = [];
  return {
    doc: document,
    extract: (doc) => extractArticle(doc),
    analyze: handBuilt,
    highlightApi: null,
    setTimeout: (handler) => timers.push(handler),
    timers,
    ...overrides,
  };
}

describe.each([
  ['wrappers', (): HighlightApi | null => null],
  ['highlight-api', (): HighlightApi => fakeHighlightApi().api],
] as const)('createPageSession with %s', (method, api) => {
  beforeEach(() => loadPage('markup-quotes.html'));

  it('paints three quotes and two officials, then restores the page byte for byte', () => {
    const before = document.documentElement.outerHTML;
    const session = createPageSession(deps({ highlightApi: api() }));
    const state = session.setHighlights(true);
    expect(state).toEqual({ enabled: true, painted: 5, unanchored: 0, method });
    expect(document.adoptedStyleSheets.length).toBe(1);
    if (method === 'wrappers') expect(document.querySelectorAll('mark.quotelens-mark').length).toBeGreaterThanOrEqual(5);
    expect(session.setHighlights(false)).toEqual({ enabled: false, painted: 0, unanchored: 0, method: 'none' });
    expect(document.adoptedStyleSheets.length).toBe(0);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('reveals a span with a flash that ends by itself and leaves nothing behind', () => {
    const before = document.documentElement.outerHTML;
    const d = deps({ highlightApi: api() });
    const session = createPageSession(d);
    const report = session.report();
    if (report.status !== 'ok') throw new Error(report.status);
    const quote = report.analysis.quotes[1];
    expect(session.reveal(quote.start, quote.end)).toBe(true);
    expect(d.timers.length).toBe(1);
    d.timers[0]();
    expect(document.adoptedStyleSheets.length).toBe(0);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('analyses the page only once however often it is asked', () => {
    const analyze = vi.fn(handBuilt);
    const session = createPageSession(deps({ highlightApi: api(), analyze }));
    session.report();
    session.setHighlights(true);
    session.setHighlights(false);
    session.report();
    expect(analyze).toHaveBeenCalledTimes(1);
  });
});

describe('createPageSession on pages without an article', () => {
  it('reports no-article when extraction finds none, and paints nothing', () => {
    loadPage('no-article.html');
    const before = document.documentElement.outerHTML;
    const session = createPageSession(deps({ extract: () => { throw new NoArticleError('No article found on this page.'); } }));
    expect(session.report()).toEqual({ status: 'no-article', message: 'No article found on this page.' });
    expect(session.setHighlights(true).painted).toBe(0);
    expect(session.reveal(0, 4)).toBe(false);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('reports an error, not a crash, when the analysis throws', () => {
    loadPage('markup-quotes.html');
    const session = createPageSession(deps({ analyze: () => { throw new TypeError('bad input'); } }));
    expect(session.report()).toEqual({ status: 'error', message: 'bad input' });
  });

  it('re-anchors when the page replaced the article nodes since the last paint', () => {
    loadPage('markup-quotes.html');
    const session = createPageSession(deps());
    session.setHighlights(true);
    session.setHighlights(false);
    // A page script re-renders the article (same text, new nodes), as single-page apps do.
    const article = document.querySelector('article')!;
    article.replaceWith(article.cloneNode(true));
    expect(session.setHighlights(true).painted).toBe(5);
    expect(document.querySelectorAll('article mark.quotelens-mark').length).toBeGreaterThanOrEqual(5);
  });
});
