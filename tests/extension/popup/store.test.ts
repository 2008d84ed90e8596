import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundMessaging, toSentReading } from '@/lib/messaging/background-protocol';
import type { HighlightState, PageReport } from '@/lib/messaging/protocol';
import { browserDeps, type PanelDeps } from '@/lib/panel/deps';
import { createPanelStore } from '@/lib/panel/store';
import { strings } from '@/lib/panel/strings';
import { highlightsEnabled } from '@/lib/storage/items';
import { sampleAnalysis } from './sample-analysis';

const painted: HighlightState = { enabled: true, painted: 9, unanchored: 0, method: 'highlight-api' };

/** A content script stand-in: answers each message type with the given reply (or throws it). */
function fakePage(replies: { getReport?: PageReport | Error; setHighlights?: HighlightState | Error; reveal?: boolean | Error }) {
  return vi.fn(async (type: string, data: unknown, tabId: number) => {
    const reply = replies[type as keyof typeof replies];
    if (reply instanceof Error) throw reply;
    if (reply === undefined) throw new Error('No response');
    return reply;
  });
}

// The injection goes through the background (it takes over the click's own): stubbed here, as the
// messaging is, because @webext-core/messaging talks to `chrome.*`, which the fake does not provide.
let inject: ReturnType<typeof vi.fn<(tabId: number) => Promise<void>>>;

function depsWith(send: ReturnType<typeof fakePage>): PanelDeps {
  // The real browser deps (fakeBrowser under WxtVitest); only the messaging transport is replaced.
  return { ...browserDeps(), injectContentScript: inject, send: send as unknown as PanelDeps['send'] };
}

/**
 * The reader (Chrome's offscreen document) stand-in: it has no reading of a click, so the page answers.
 * Set up afresh after each fakeBrowser.reset(), which drops the browser-side listener.
 */
let stopReader: (() => void) | undefined;
const readerWithoutClickReadings = () => {
  stopReader?.();
  stopReader = backgroundMessaging.onMessage('clickReadingDirect', () => null);
};

async function openTab(url: string) {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

describe('popup store: load', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    readerWithoutClickReadings();
    inject = vi.fn(async () => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('injects the content script into the tab, asks for the report and shows the summary', async () => {
    const tabId = await openTab('http://127.0.0.1:5173/story.html');
    const send = fakePage({ getReport: { status: 'ok', analysis: sampleAnalysis, highlights: painted } });
    const store = createPanelStore(depsWith(send));
    await store.getState().load(`?tabId=${tabId}`);

    expect(inject).toHaveBeenCalledWith(tabId);
    expect(send).toHaveBeenCalledWith('getReport', { early: true, lean: true }, tabId);
    const state = store.getState();
    expect(state.view).toEqual({ kind: 'ready', analysis: sampleAnalysis });
    expect(state.tabId).toBe(tabId);
    expect(state.highlights).toEqual(painted);
  });

  it('shows an early summary at once, then takes the final highlight counts once the page has painted', async () => {
    const tabId = await openTab('http://127.0.0.1:5173/story.html');
    const pending: HighlightState = { enabled: true, painted: 0, unanchored: 0, method: 'none', pending: true };
    const final: HighlightState = { ...painted, unanchored: 2 };
    const send = vi.fn(async (type: string) => (type === 'getReport' ? { status: 'ok', analysis: sampleAnalysis, highlights: pending } : final));
    const store = createPanelStore({ ...browserDeps(), injectContentScript: inject, send: send as unknown as PanelDeps['send'] });
    await store.getState().load(`?tabId=${tabId}`);
    expect(store.getState().view).toEqual({ kind: 'ready', analysis: sampleAnalysis });
    await vi.waitFor(() => expect(store.getState().highlights).toEqual(final));
    // The counts are asked for without the analysis: "apply the setting shown", answered after the painting.
    expect(send.mock.calls.map((c) => c.slice(0, 2))).toEqual([['getReport', { early: true, lean: true }], ['setHighlights', { enabled: true }]]);
  });

  describe('a lean answer: the analysis comes from the background, not the page', () => {
    const article = { title: 'T', byline: null, siteName: null, lang: 'en', text: sampleAnalysis.text, bodyStart: 0, blocks: [] };
    const kept = (key: string) => toSentReading({ status: 'ok', article, analysis: sampleAnalysis, timings: { parseMs: 1, extractMs: 2, analyzeMs: 3 }, key });
    const lean = { status: 'ok', readingKey: 'k1', highlights: painted, timings: { indexMs: 4 } };

    it('fetches the kept reading under the page\'s key and shows its analysis', async () => {
      const tabId = await openTab('https://news.example/story');
      const send = vi.fn(async () => lean);
      const fetchReading = vi.fn(async () => kept('k1'));
      const store = createPanelStore({ ...browserDeps(), injectContentScript: inject, send: send as unknown as PanelDeps['send'], fetchReading });
      await store.getState().load(`?tabId=${tabId}`);
      expect(fetchReading).toHaveBeenCalledWith(tabId, 'k1');
      expect(store.getState().view).toEqual({ kind: 'ready', analysis: sampleAnalysis });
      expect(store.getState().highlights).toEqual(painted);
      expect(send).toHaveBeenCalledTimes(1);
    });

    it.each([
      ['the background lost it (worker restarted)', null],
      ['the background holds a newer reading', 'k2'],
      ['the background answered nonsense', 'nonsense'],
    ])('asks the page for its full report when %s', async (_name, held) => {
      const tabId = await openTab('https://news.example/story');
      const send = vi.fn(async (_type: string, data: { lean?: boolean } | undefined) => (data?.lean ? lean : { status: 'ok', analysis: sampleAnalysis, highlights: painted }));
      const fetchReading = vi.fn(async () => (held === 'nonsense' ? { status: 'ok' } : held && kept(held)));
      const store = createPanelStore({ ...browserDeps(), injectContentScript: inject, send: send as unknown as PanelDeps['send'], fetchReading });
      await store.getState().load(`?tabId=${tabId}`);
      expect(send.mock.calls.map((c) => c.slice(0, 2))).toEqual([['getReport', { early: true, lean: true }], ['getReport', { early: true }]]);
      expect(store.getState().view).toEqual({ kind: 'ready', analysis: sampleAnalysis });
    });
  });

  it.each([
    ['chrome://settings/', 'browser-page'],
    ['https://addons.mozilla.org/en-US/firefox/', 'web-store'],
    ['file:///home/reader/page.html', 'file-access'],
  ])('does not touch %s and explains why (%s)', async (url, reason) => {
    const tabId = await openTab(url);
    const send = fakePage({});
    const store = createPanelStore(depsWith(send));
    await store.getState().load(`?tabId=${tabId}`);
    expect(store.getState().view).toEqual({ kind: 'restricted', reason });
    expect(inject).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
  });

  it('shows the can\'t-run state when the browser refuses the injection', async () => {
    const tabId = await openTab('https://news.example/story.pdf');
    inject.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    const store = createPanelStore(depsWith(fakePage({})));
    await store.getState().load(`?tabId=${tabId}`);
    expect(store.getState().view).toEqual({ kind: 'restricted', reason: 'no-access' });
  });

  it.each([
    [{ status: 'no-article', message: 'No article text found.' } as PageReport, { kind: 'no-article', message: 'No article text found.' }],
    [{ status: 'error', message: 'Analysis failed: boom' } as PageReport, { kind: 'error', message: 'Analysis failed: boom' }],
    [new Error('No response'), { kind: 'error', message: strings.noAnswer }],
    [new Error('Could not establish connection. Receiving end does not exist.'), { kind: 'error', message: strings.noAnswer }],
    [{ status: 'weird' } as unknown as PageReport, { kind: 'error', message: strings.noAnswer }],
  ])('turns the page answer %j into its state', async (reply, view) => {
    const tabId = await openTab('https://news.example/story');
    const store = createPanelStore(depsWith(fakePage({ getReport: reply })));
    await store.getState().load(`?tabId=${tabId}`);
    expect(store.getState().view).toEqual(view);
    expect(store.getState().highlights).toBeNull();
  });
});

describe('popup store: actions', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    readerWithoutClickReadings();
  });

  it('turns highlights off: remembers the setting and tells the page', async () => {
    const off: HighlightState = { ...painted, enabled: false, painted: 0 };
    const send = fakePage({ setHighlights: off });
    const store = createPanelStore(depsWith(send), { tabId: 4, highlights: painted, view: { kind: 'ready', analysis: sampleAnalysis } });
    await store.getState().setHighlights(false);
    expect(send).toHaveBeenCalledWith('setHighlights', { enabled: false }, 4);
    expect(await highlightsEnabled.getValue()).toBe(false);
    expect(store.getState().highlights).toEqual(off);
    expect(store.getState().highlightsBusy).toBe(false);
  });

  it('puts the switch back and says so when the page does not answer', async () => {
    const store = createPanelStore(depsWith(fakePage({ setHighlights: new Error('tab closed') })), { tabId: 4, highlights: painted });
    await store.getState().setHighlights(false);
    expect(store.getState().highlights).toEqual(painted);
    expect(store.getState().notice).toBe(strings.highlightsFailed);
  });

  it('sends reveal with the span only', async () => {
    const send = fakePage({ reveal: true });
    const store = createPanelStore(depsWith(send), { tabId: 4 });
    const quote = sampleAnalysis.quotes[1];
    await store.getState().reveal(quote);
    expect(send).toHaveBeenCalledWith('reveal', { start: quote.start, end: quote.end }, 4);
    expect(store.getState().notice).toBeNull();
  });

  it.each([[false], [new Error('No response')]])('reports a reveal that failed (%s)', async (reply) => {
    const store = createPanelStore(depsWith(fakePage({ reveal: reply })), { tabId: 4 });
    await store.getState().reveal({ start: 0, end: 5 });
    expect(store.getState().notice).toBe(strings.revealFailed);
  });
});
