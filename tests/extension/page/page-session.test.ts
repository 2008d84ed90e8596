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
    yieldToPage: () => Promise.resolve(),
    timers,
    ...overrides,
  };
}

describe.each([
  ['wrappers', (): HighlightApi | null => null],
  ['highlight-api', (): HighlightApi => fakeHighlightApi().api],
] as const)('createPageSession with %s', (method, api) => {
  beforeEach(() => loadPage('markup-quotes.html'));

  it('paints three quotes and two officials, then restores the page byte for byte', async () => {
    const before = document.documentElement.outerHTML;
    const session = createPageSession(deps({ highlightApi: api() }));
    const state = await session.setHighlights(true);
    expect(state).toEqual({ enabled: true, painted: 5, unanchored: 0, method });
    expect(document.adoptedStyleSheets.length).toBe(1);
    if (method === 'wrappers') expect(document.querySelectorAll('mark.quotelens-mark').length).toBeGreaterThanOrEqual(5);
    expect(await session.setHighlights(false)).toEqual({ enabled: false, painted: 0, unanchored: 0, method: 'none' });
    expect(document.adoptedStyleSheets.length).toBe(0);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('reveals a span with a flash that ends by itself and leaves nothing behind', async () => {
    const before = document.documentElement.outerHTML;
    const d = deps({ highlightApi: api() });
    const session = createPageSession(d);
    const report = await session.report();
    if (report.status !== 'ok') throw new Error(report.status);
    const quote = report.analysis.quotes[1];
    expect(await session.reveal(quote.start, quote.end)).toBe(true);
    expect(d.timers.length).toBe(1);
    d.timers[0]();
    expect(document.adoptedStyleSheets.length).toBe(0);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('analyses the page only once however often it is asked', async () => {
    const analyze = vi.fn(handBuilt);
    const session = createPageSession(deps({ highlightApi: api(), analyze }));
    await session.report();
    await session.setHighlights(true);
    await session.setHighlights(false);
    await session.report();
    expect(analyze).toHaveBeenCalledTimes(1);
  });
});

describe('createPageSession on pages without an article', () => {
  it('reports no-article when extraction finds none, and paints nothing', async () => {
    loadPage('no-article.html');
    const before = document.documentElement.outerHTML;
    const session = createPageSession(deps({ extract: () => { throw new NoArticleError('No article found on this page.'); } }));
    expect(await session.report()).toEqual({ status: 'no-article', message: 'No article found on this page.' });
    expect((await session.setHighlights(true)).painted).toBe(0);
    expect(await session.reveal(0, 4)).toBe(false);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('reports an error, not a crash, when the analysis throws', async () => {
    loadPage('markup-quotes.html');
    const session = createPageSession(deps({ analyze: () => { throw new TypeError('bad input'); } }));
    expect(await session.report()).toMatchObject({ status: 'error', message: 'bad input' });
  });

  it('re-anchors when the page replaced the article nodes since the last paint', async () => {
    loadPage('markup-quotes.html');
    const session = createPageSession(deps());
    await session.setHighlights(true);
    await session.setHighlights(false);
    // A page script re-renders the article (same text, new nodes), as single-page apps do.
    const article = document.querySelector('article')!;
    article.replaceWith(article.cloneNode(true));
    expect((await session.setHighlights(true)).painted).toBe(5);
    expect(document.querySelectorAll('article mark.quotelens-mark').length).toBeGreaterThanOrEqual(5);
  });
});

describe('createPageSession: bounded work and changing pages', () => {
  beforeEach(() => loadPage('markup-quotes.html'));

  it('gives the page the main thread back between extraction and analysis (anchoring: when its slice is spent, below)', async () => {
    const order: string[] = [];
    const session = createPageSession(deps({
      highlightApi: fakeHighlightApi().api,
      extract: (doc) => (order.push('extract'), extractArticle(doc)),
      analyze: (article) => (order.push('analyze'), handBuilt(article)),
      yieldToPage: async () => void order.push('yield'),
    }));
    await session.setHighlights(true);
    expect(order.slice(0, 4)).toEqual(['yield', 'extract', 'yield', 'analyze']);
    const report = await session.report();
    expect(report.status === 'ok' && report.timings).toMatchObject({ extractMs: expect.any(Number), anchorMs: expect.any(Number) });
  });

  it('slices anchoring when the clock says the slice is spent', async () => {
    let clock = 0;
    let yields = 0;
    const session = createPageSession(deps({
      highlightApi: fakeHighlightApi().api,
      // Every reading of the clock costs 30 ms: each item of work overruns a 20 ms slice.
      now: () => (clock += 30),
      yieldToPage: async () => void yields++,
    }));
    expect((await session.setHighlights(true)).painted).toBe(5);
    expect(yields).toBeGreaterThanOrEqual(5);
  });

  it('keeps toggles in order when they arrive while the first paint is still anchoring', async () => {
    const before = document.documentElement.outerHTML;
    const session = createPageSession(deps());
    const on = session.setHighlights(true);
    const off = session.setHighlights(false);
    expect((await on).painted).toBe(5);
    expect(await off).toMatchObject({ enabled: false, painted: 0 });
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('finds the painted span under a DOM position, officials before the quote around them', async () => {
    const session = createPageSession(deps({ highlightApi: fakeHighlightApi().api }));
    await session.setHighlights(true);
    const painted = session.painted();
    expect(painted.map((s) => s.start)).toEqual([...painted.map((s) => s.start)].sort((a, b) => a - b));
    const official = painted.find((s) => s.kind === 'official')!;
    const seg = official.segments[0];
    expect(session.lookup().at(seg.node, seg.start)[0]).toBe(official);
    expect(session.lookup().at(seg.node, seg.end)).not.toContain(official);
    await session.setHighlights(false);
    expect(session.lookup().at(seg.node, seg.start)).toEqual([]);
  });

  it('refresh does nothing when neither the article nor its nodes changed', async () => {
    const analyze = vi.fn(handBuilt);
    const session = createPageSession(deps({ highlightApi: fakeHighlightApi().api, analyze }));
    await session.setHighlights(true);
    const painted = session.painted();
    expect(await session.refresh()).toBe(false);
    expect(session.painted()).toBe(painted);
  });

  it('refresh re-anchors on new nodes after a re-render, leaving no highlight on the old ones', async () => {
    const fake = fakeHighlightApi();
    const session = createPageSession(deps({ highlightApi: fake.api }));
    await session.setHighlights(true);
    const oldNode = session.painted()[0].segments[0].node;
    const article = document.querySelector('article')!;
    article.replaceWith(article.cloneNode(true));
    expect(await session.refresh()).toBe(true);
    expect(session.painted().length).toBe(5);
    expect(session.painted().every((s) => s.segments.every((seg) => seg.node.isConnected))).toBe(true);
    const ranges = [...fake.registry.values()].flatMap((h) => h.ranges) as Range[];
    expect(ranges.some((r) => r.startContainer === oldNode)).toBe(false);
  });

  it('refresh with new article text analyses again and repaints what the new text holds', async () => {
    const analyze = vi.fn(handBuilt);
    const session = createPageSession(deps({ analyze }));
    await session.setHighlights(true);
    const extra = document.createElement('p');
    extra.textContent = 'A late paragraph arrives after the page has loaded, as lazy pages do.';
    document.querySelector('article')!.append(extra);
    expect(await session.refresh()).toBe(true);
    expect(analyze).toHaveBeenCalledTimes(2);
    expect(document.querySelectorAll('mark.quotelens-mark').length).toBeGreaterThanOrEqual(5);
  });
});

describe('createPageSession: the stored setting', () => {
  it('applies the stored on/off setting before answering the first report', async () => {
    loadPage('markup-quotes.html');
    let resolveSetting!: (on: boolean) => void;
    const setting = new Promise<boolean>((r) => (resolveSetting = r));
    const session = createPageSession(deps({ highlightApi: fakeHighlightApi().api, initialHighlights: setting }));
    const report = session.report();
    setTimeout(() => resolveSetting(true), 5);
    const first = await report;
    expect(first.status === 'ok' && first.highlights).toMatchObject({ enabled: true, painted: 5 });
  });
});

describe('createPageSession: the same request twice', () => {
  it('leaves the painting in place when asked again for the state it already shows', async () => {
    loadPage('markup-quotes.html');
    const { api, registry } = fakeHighlightApi();
    const deleted: string[] = [];
    const spy = { ...api, registry: { set: api.registry.set, delete: (name: string) => (deleted.push(name), api.registry.delete(name)) } };
    const session = createPageSession(deps({ highlightApi: spy }));
    await session.setHighlights(true);
    const painted = new Map(registry);
    deleted.length = 0;
    // The popup's message and the stored setting's change both ask for "on".
    expect(await session.setHighlights(true)).toMatchObject({ enabled: true, painted: 5 });
    expect(deleted).toEqual([]);
    expect(new Map(registry)).toEqual(painted);
    expect(await session.setHighlights(false)).toMatchObject({ enabled: false, painted: 0 });
    expect(registry.size).toBe(0);
  });

  it('paints again after a change of page even when the setting did not change', async () => {
    loadPage('markup-quotes.html');
    const { api, registry } = fakeHighlightApi();
    const session = createPageSession(deps({ highlightApi: api }));
    await session.setHighlights(true);
    const live = () => [...registry.values()].flatMap((h) => h.ranges).filter((r) => r.startContainer.isConnected).length;
    expect(live()).toBe(5);
    // A re-render: the same text in new nodes, the old ranges now point at detached ones.
    document.body.innerHTML = document.body.innerHTML;
    expect(live()).toBe(0);
    await session.setHighlights(true);
    expect(live()).toBe(5);
  });
});

describe('createPageSession: the click’s fast path (issue 11)', () => {
  beforeEach(() => loadPage('markup-quotes.html'));

  it('starts analysing at once when asked to, before any message or stored setting', async () => {
    const analyze = vi.fn(handBuilt);
    createPageSession(deps({ analyze, analyseAtOnce: true, initialHighlights: new Promise(() => {}) }));
    await vi.waitFor(() => expect(analyze).toHaveBeenCalledTimes(1));
  });

  it('answers an early report as soon as the analysis exists, while painting waits; a plain one after painting', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let analysed = false;
    const analyze = (article: ArticleText) => ((analysed = true), handBuilt(article));
    // After the analysis, two yields go through (the early report's own, and one of anchoring's) and
    // every later one is held: anchoring and painting, whose slices are all spent on this clock (each
    // reading of it costs 30 ms), yield at every step and so wait for release.
    let after = 0;
    let clock = 0;
    const yieldToPage = () => (analysed && ++after > 2 ? held : Promise.resolve());
    const session = createPageSession(deps({
      highlightApi: fakeHighlightApi().api, analyze, yieldToPage, now: () => (clock += 30), analyseAtOnce: true, initialHighlights: Promise.resolve(true),
    }));
    const early = await session.report({ early: true });
    if (early.status !== 'ok') throw new Error(early.status);
    expect(early.analysis.quotes).toHaveLength(3);
    expect(early.highlights).toMatchObject({ enabled: true, painted: 0, pending: true });
    let answered = false;
    const plain = session.report().then((r) => ((answered = true), r));
    await new Promise((r) => setTimeout(r, 10));
    expect(answered).toBe(false);
    release();
    const final = await plain;
    expect(final.status === 'ok' && final.highlights).toEqual({ enabled: true, painted: 5, unanchored: 0, method: 'highlight-api' });
  });

  it('stamps each step of the click on one clock, in order', async () => {
    const session = createPageSession(deps({ highlightApi: fakeHighlightApi().api, startedAt: 1000, initialHighlights: Promise.resolve(true) }));
    await session.setHighlights(true);
    const report = await session.report();
    const at = report.status === 'ok' ? report.timings?.at : undefined;
    expect(at?.scriptStart).toBe(1000);
    expect(at?.received).toBeLessThanOrEqual(at!.anchored!);
    expect(at?.anchored).toBeLessThanOrEqual(at!.painted!);
  });
});

describe('leanReport: the page leaves the analysis to the background that keeps it', () => {
  beforeEach(() => loadPage('markup-quotes.html'));

  const readOff = (key?: string) => async () => {
    const article = extractArticle(document);
    return { status: 'ok' as const, article, analysis: handBuilt(article), timings: { parseMs: 1, extractMs: 2, analyzeMs: 3 }, key };
  };

  it('answers the key, the highlights and the timings, but not the analysis, for a reading the background keeps', async () => {
    const session = createPageSession(deps({ readOffPage: readOff('k7') }));
    await session.setHighlights(true);
    const lean = await session.leanReport();
    expect(lean).toMatchObject({ status: 'ok', readingKey: 'k7', highlights: { enabled: true, painted: 5 } });
    expect('analysis' in lean).toBe(false);
    const full = await session.report();
    expect(full.status === 'ok' && full.analysis.quotes.length).toBe(3);
  });

  it('answers in full when the page read itself (nothing is kept in the background)', async () => {
    const session = createPageSession(deps({ readOffPage: readOff(undefined) }));
    const lean = await session.leanReport({ early: true });
    expect(lean.status === 'ok' && 'analysis' in lean && lean.analysis.quotes.length).toBe(3);
  });
});
