import { describe, expect, it, vi } from 'vitest';
import type { ArticleText } from '@/lib/analysis/types';
import type { PageReading } from '@/lib/messaging/background-protocol';
import type { PageTimings } from '@/lib/messaging/protocol';
import { analysePage, type AnalyseDeps } from '@/lib/page/page-outcome';
import { extractArticle } from '@/lib/extract/extract-article';
import { analysisOf, loadPage } from './helpers';

function deps(overrides: Partial<AnalyseDeps> = {}) {
  return {
    doc: document,
    extract: vi.fn((doc: Document) => extractArticle(doc)),
    analyze: vi.fn((article: ArticleText) => analysisOf(article, [])),
    yieldToPage: () => Promise.resolve(),
    now: () => 0,
    ...overrides,
  };
}

describe('analysePage: extraction and analysis off the page', () => {
  it('takes the background reading and runs neither extraction nor analysis in the page', async () => {
    loadPage('markup-quotes.html');
    const article = extractArticle(document);
    const reading: PageReading = { status: 'ok', article, analysis: analysisOf(article, []), timings: { parseMs: 4.2, extractMs: 30.4, analyzeMs: 9.6, startedAt: 1_700_000_000_123.4 } };
    const d = deps({ readOffPage: vi.fn(async (_doc: Document, stamp: (stage: 'serialised' | 'sent') => void) => (stamp('serialised'), stamp('sent'), reading)) });
    const timings: PageTimings = {};
    expect(await analysePage(d, timings)).toEqual({ status: 'ok', article, analysis: reading.analysis });
    expect(d.readOffPage).toHaveBeenCalledWith(document, expect.any(Function));
    expect(d.extract).not.toHaveBeenCalled();
    expect(d.analyze).not.toHaveBeenCalled();
    expect(timings).toMatchObject({ parseMs: 4, extractMs: 35, analyzeMs: 10 });
    // The steps fall in order on one epoch clock; the background's start is its own stamp, as sent.
    const at = timings.at!;
    expect(at.readStart).toBe(1_700_000_000_123.4);
    expect(at.serialised).toBeLessThanOrEqual(at.sent!);
    expect(at.sent).toBeLessThanOrEqual(at.received!);
    expect(Object.keys(at).sort()).toEqual(['readStart', 'received', 'sent', 'serialised']);
  });

  it('passes on the background’s no-article answer without trying again in the page', async () => {
    loadPage('no-article.html');
    const d = deps({ readOffPage: async () => ({ status: 'no-article', message: 'This page has too little text to be an article.' }) });
    expect(await analysePage(d, {})).toEqual({ status: 'no-article', message: 'This page has too little text to be an article.' });
    expect(d.extract).not.toHaveBeenCalled();
  });

  it('falls back to the page when the background cannot be reached', async () => {
    loadPage('markup-quotes.html');
    const d = deps({ readOffPage: async () => { throw new Error('Could not establish connection. Receiving end does not exist.'); } });
    const outcome = await analysePage(d, {});
    expect(outcome.status).toBe('ok');
    expect(d.extract).toHaveBeenCalledTimes(1);
    expect(d.analyze).toHaveBeenCalledTimes(1);
  });

  it('works in the page alone when there is no background at all', async () => {
    loadPage('markup-quotes.html');
    const d = deps();
    expect((await analysePage(d, {})).status).toBe('ok');
    expect(d.extract).toHaveBeenCalledTimes(1);
  });
});
