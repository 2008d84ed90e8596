import { describe, expect, it, vi } from 'vitest';
import { correctionsFor } from '@/lib/corrections/book';
import { createPanelStore } from '@/lib/panel/store';
import { strings } from '@/lib/panel/strings';
import { sampleAnalysis } from '../popup/sample-analysis';
import { fakeDeps, painted } from './fake-deps';

const ok = { status: 'ok', analysis: sampleAnalysis, highlights: painted } as const;
const other = { ...sampleAnalysis, source: 'https://news.example/other', title: 'Another story' };

describe('side panel store: following tabs', () => {
  it('never injects: it shows the summary of a tab whose content script answers', async () => {
    const deps = fakeDeps({ 5: {} }, { 5: ok });
    const store = createPanelStore(deps, { surface: 'sidepanel' });
    await store.getState().load('');
    expect(deps.injectContentScript).not.toHaveBeenCalled();
    expect(store.getState().view).toEqual({ kind: 'ready', analysis: sampleAnalysis });
    expect(store.getState().tabId).toBe(5);
    expect(deps.notifyTabReady).not.toHaveBeenCalled();
  });

  it.each([
    ['nobody listening', undefined],
    ['a refused message', new Error('No response')],
  ])('asks for the toolbar click when the page has no content script (%s)', async (_, reply) => {
    const deps = fakeDeps({ 6: {} }, { 6: reply });
    const store = createPanelStore(deps, { surface: 'sidepanel' });
    await store.getState().load('');
    expect(store.getState().view).toEqual({ kind: 'needs-click' });
    expect(store.getState().corrected).toBeNull();
  });

  it('still explains browser pages it can see', async () => {
    const store = createPanelStore(fakeDeps({ 7: { url: 'chrome://newtab/' } }, {}), { surface: 'sidepanel' });
    await store.getState().load('');
    expect(store.getState().view).toEqual({ kind: 'restricted', reason: 'browser-page' });
  });

  it('keeps only the latest of overlapping tab loads', async () => {
    const deps = fakeDeps({ 1: {}, 2: {} }, { 1: ok, 2: { ...ok, analysis: other } });
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r));
    const send = deps.send.getMockImplementation()!;
    deps.send.mockImplementation(async (type: string, data: unknown, tabId: number) => {
      if (tabId === 1) await slow;
      return send(type, data, tabId);
    });
    const store = createPanelStore(deps, { surface: 'sidepanel' });
    const first = store.getState().loadTab(1);
    const second = store.getState().loadTab(2);
    await second;
    release();
    await first;
    expect(store.getState().tabId).toBe(2);
    expect(store.getState().view).toEqual({ kind: 'ready', analysis: other });
  });
});

describe('popup store: telling the side panel', () => {
  it('injects, shows the summary and tells an open panel that the tab is ready', async () => {
    const deps = fakeDeps({ 3: { url: 'https://news.example/harbour-ferry', windowId: 8 } }, { 3: ok });
    const store = createPanelStore(deps, { surface: 'popup' });
    await store.getState().load('');
    expect(deps.injectContentScript).toHaveBeenCalledWith(3);
    expect(deps.notifyTabReady).toHaveBeenCalledWith(3);
    expect(store.getState().windowId).toBe(8);
  });

  it('opens the side panel for its window, straight from the call', async () => {
    const deps = fakeDeps({ 3: { windowId: 8 } }, { 3: ok });
    const store = createPanelStore(deps, { surface: 'popup' });
    await store.getState().load('');
    const opening = store.getState().openSidePanel();
    // Synchronously, before any await: the browser's user-gesture rule.
    expect(deps.openSidePanel).toHaveBeenCalledWith(8);
    expect(await opening).toBe(true);
  });

  it('says so when the side panel cannot be opened', async () => {
    const deps = fakeDeps({ 3: {} }, { 3: ok });
    deps.openSidePanel.mockRejectedValueOnce(new Error('user gesture required'));
    const store = createPanelStore(deps, { surface: 'popup' });
    expect(await store.getState().openSidePanel()).toBe(false);
    expect(store.getState().notice).toBe(strings.sidePanelFailed);
  });
});

describe('corrections in the store', () => {
  async function ready() {
    const deps = fakeDeps({ 3: {} }, { 3: ok });
    const store = createPanelStore(deps, { surface: 'sidepanel' });
    await store.getState().load('');
    return { deps, store };
  }
  const [q1, , , q4] = sampleAnalysis.quotes;

  it('reassigns a quote, stores it for the page URL and shows it corrected', async () => {
    const { deps, store } = await ready();
    await store.getState().correct(q4, { speaker: { id: 'e3', name: 'Tomas Okafor' } });
    const stored = await deps.corrections.getValue();
    expect(correctionsFor(stored, sampleAnalysis.source)).toHaveLength(1);
    const corrected = store.getState().corrected!;
    expect(corrected.analysis.quotes.find((q) => q.id === q4.id)?.speakerId).toBe('e3');
    expect(corrected.reassigned.has(q4.id)).toBe(true);
  });

  it('dismisses and restores a quote', async () => {
    const { store } = await ready();
    await store.getState().correct(q1, { dismiss: true });
    expect(store.getState().corrected!.dismissed.map((q) => q.id)).toEqual([q1.id]);
    expect(store.getState().corrected!.analysis.quotes).toHaveLength(6);
    await store.getState().undoCorrection(q1.id);
    expect(store.getState().corrected!.dismissed).toEqual([]);
    expect(store.getState().corrected!.analysis.quotes).toHaveLength(7);
  });

  it('keeps speaker colours as on the page when a correction changes who speaks first', async () => {
    const { store } = await ready();
    const before = new Map(store.getState().colors);
    await store.getState().correct(q1, { speaker: { id: 'e3', name: 'Tomas Okafor' } });
    expect(store.getState().colors).toEqual(before);
  });

  it('applies corrections stored before the page was loaded', async () => {
    const { deps, store } = await ready();
    await store.getState().correct(q1, { dismiss: true });
    const again = createPanelStore(deps, { surface: 'popup' });
    await again.getState().load('');
    expect(again.getState().corrected!.dismissed.map((q) => q.id)).toEqual([q1.id]);
  });

  it('keeps a correction stored meanwhile by another panel', async () => {
    const { deps, store } = await ready();
    const other = createPanelStore(deps, { surface: 'popup' });
    await other.getState().load('');
    // Both panels start from the same book; each adds one correction.
    await Promise.all([store.getState().correct(q1, { dismiss: true }), other.getState().correct(q4, { dismiss: true })]);
    expect(correctionsFor(await deps.corrections.getValue(), sampleAnalysis.source)).toHaveLength(2);
  });

  it('puts the view back and says so when storage refuses the write', async () => {
    const { deps, store } = await ready();
    deps.corrections.update.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await store.getState().correct(q1, { dismiss: true });
    expect(store.getState().corrected!.dismissed).toEqual([]);
    expect(store.getState().notice).toBe(strings.correctionFailed);
  });
});

describe('exports from the store', () => {
  it.each([
    ['csv', 'quotelens-harbour-council-approves-a-winter-ferry-timetable-2026-03-01.csv', 'text/csv;charset=utf-8'],
    ['json', 'quotelens-harbour-council-approves-a-winter-ferry-timetable-2026-03-01.json', 'application/json'],
  ] as const)('downloads %s with the corrections applied', async (format, name, mime) => {
    const deps = fakeDeps({ 3: {} }, { 3: ok });
    const store = createPanelStore(deps, { surface: 'sidepanel' });
    await store.getState().load('');
    await store.getState().correct(sampleAnalysis.quotes[6], { dismiss: true });
    await store.getState().exportAs(format);
    expect(deps.download).toHaveBeenCalledWith(name, mime, expect.any(String));
    const text = deps.download.mock.calls[0][2] as string;
    expect(text).toContain('Nobody should wait two hours for a boat.');
    expect(text).not.toContain('a half measure.');
    expect(store.getState().status).toBe(strings.exportDone[format]);
  });

  it('copies Markdown to the clipboard and reports a failed copy', async () => {
    const deps = fakeDeps({ 3: {} }, { 3: ok });
    const store = createPanelStore(deps, { surface: 'popup' });
    await store.getState().load('');
    await store.getState().exportAs('markdown');
    expect(deps.copyText).toHaveBeenCalledWith(expect.stringContaining('### Elena Varga (Harbour Mayor)'));
    deps.copyText.mockRejectedValueOnce(new Error('Document is not focused.'));
    await store.getState().exportAs('markdown');
    expect(store.getState().notice).toBe(strings.exportFailed);
    expect(store.getState().status).toBeNull();
  });
});

describe('store made with a ready view', () => {
  it('shows it without a load', () => {
    const store = createPanelStore(fakeDeps({}, {}), { view: { kind: 'ready', analysis: sampleAnalysis } });
    expect(store.getState().corrected?.analysis).toBe(sampleAnalysis);
    vi.restoreAllMocks();
  });
});
