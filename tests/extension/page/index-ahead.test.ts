import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extractArticle } from '@/lib/extract/extract-article';
import type { PageReading } from '@/lib/messaging/background-protocol';
import type { PageStage } from '@/lib/messaging/protocol';
import { createPageSession, type PageSessionDeps } from '@/lib/page/page-session';
import * as slices from '@/lib/page/text-index-slices';
import { analysisOf, fakeHighlightApi, loadPage, personOf, quoteOf } from './helpers';

// Counts the walks over the live page that build its text index.
vi.mock('@/lib/page/text-index-slices', async (original) => {
  const real = await original<typeof import('@/lib/page/text-index-slices')>();
  return { ...real, buildTextIndexInSlices: vi.fn(real.buildTextIndexInSlices) };
});
const indexBuilds = () => vi.mocked(slices.buildTextIndexInSlices).mock.calls.length;

/** The background's reading of the page, held back until `answer` is called. */
function heldReading() {
  let answer!: () => void;
  const answered = new Promise<void>((r) => (answer = r));
  let sent = false;
  const readOffPage = async (_doc: Document, stamp: (stage: PageStage) => void): Promise<PageReading> => {
    stamp('serialised');
    stamp('sent');
    sent = true;
    await answered;
    const article = extractArticle(document);
    const analysis = analysisOf(
      article,
      [quoteOf(article, 'We need more time to read the fine print before we sign anything,', 'p1')],
      [personOf(article, 'p1', 'Jane Whitlow', 'Councillor')],
    );
    return { status: 'ok', article, analysis, timings: { parseMs: 1, extractMs: 2, analyzeMs: 3 }, key: 'k1' };
  };
  return { readOffPage, answer, wasSent: () => sent };
}

function deps(overrides: Partial<PageSessionDeps>): PageSessionDeps {
  return {
    doc: document,
    extract: (doc) => extractArticle(doc),
    analyze: () => {
      throw new Error('read off the page in these tests');
    },
    highlightApi: fakeHighlightApi().api,
    setTimeout: () => {},
    yieldToPage: () => Promise.resolve(),
    analyseAtOnce: true,
    ...overrides,
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the page indexes its text while it waits for its reading (issue 11)', () => {
  beforeEach(() => {
    loadPage('markup-quotes.html');
    vi.mocked(slices.buildTextIndexInSlices).mockClear();
  });

  it('builds the index once, before the reading comes, and anchors on it', async () => {
    const held = heldReading();
    const session = createPageSession(deps({ readOffPage: held.readOffPage, initialHighlights: Promise.resolve(true) }));
    await vi.waitFor(() => expect(held.wasSent()).toBe(true));
    await settle();
    expect(indexBuilds()).toBe(1);
    held.answer();
    const state = await session.setHighlights(true);
    expect(state).toMatchObject({ enabled: true, painted: 2, unanchored: 0 });
    expect(indexBuilds()).toBe(1);
  });

  it('builds nothing ahead when highlights are off', async () => {
    const held = heldReading();
    const session = createPageSession(deps({ readOffPage: held.readOffPage, initialHighlights: Promise.resolve(false) }));
    await vi.waitFor(() => expect(held.wasSent()).toBe(true));
    await settle();
    held.answer();
    await session.report();
    expect(indexBuilds()).toBe(0);
  });

  it('indexes again when the page changed while it waited', async () => {
    const held = heldReading();
    const session = createPageSession(deps({ readOffPage: held.readOffPage, initialHighlights: Promise.resolve(true) }));
    await vi.waitFor(() => expect(held.wasSent()).toBe(true));
    await settle();
    document.querySelector('.byline')!.remove();
    held.answer();
    const state = await session.setHighlights(true);
    expect(state).toMatchObject({ enabled: true, painted: 2, unanchored: 0 });
    expect(indexBuilds()).toBe(2);
  });
});
