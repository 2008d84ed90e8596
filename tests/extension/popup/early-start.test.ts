import { describe, expect, it, vi } from 'vitest';
import { startEarly } from '@/entrypoints/popup/early-start';
import type { HighlightState, PageReport } from '@/lib/messaging/protocol';
import { createPanelStore } from '@/lib/panel/store';
import { browserDeps } from '@/lib/panel/deps';
import { sampleAnalysis } from './sample-analysis';

const painted: HighlightState = { enabled: true, painted: 9, unanchored: 0, method: 'highlight-api' };
const report: PageReport = { status: 'ok', analysis: sampleAnalysis, highlights: painted };

const tabs = (active: number | null) => ({
  query: vi.fn(async () => (active == null ? [] : [{ id: active, url: 'https://news.example/a', windowId: 1 }])),
  get: vi.fn(async (id: number) => ({ id, url: 'https://news.example/b', windowId: 1 })),
});

/** The early deps: the given tabs and injection, a page that answers `getReport` with `reply`. */
function deps(active: number | null, inject: (tabId: number) => Promise<void>, reply: PageReport | Error = report) {
  const send = vi.fn(async (type: string) => {
    if (type !== 'getReport' || reply instanceof Error) throw reply instanceof Error ? reply : new Error('No response');
    return reply;
  });
  return {
    tabs: tabs(active) as never,
    injectContentScript: inject,
    send: send as never,
    fetchReading: vi.fn(async () => null),
    fileAccessAllowed: async () => false,
    corrections: { getValue: async () => ({ pages: {} }) } as never,
    sent: send,
  };
}

describe('startEarly: the popup injects and asks for the report before it renders', () => {
  it('injects into the active tab at once, and the store’s later request takes that same injection', async () => {
    const inject = vi.fn(async () => {});
    const early = startEarly('', deps(7, inject));
    await vi.waitFor(() => expect(inject).toHaveBeenCalledWith(7));
    await early.inject(7);
    await early.inject(7);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('asks the page for its report after the injection, without waiting for anyone', async () => {
    const inject = vi.fn(async () => {});
    const d = deps(7, inject);
    const early = startEarly('', d);
    await expect(early.first.target).resolves.toMatchObject({ tabId: 7 });
    await expect(early.first.view).resolves.toEqual({ view: { kind: 'ready', analysis: sampleAnalysis }, highlights: painted });
    expect(d.sent).toHaveBeenCalledWith('getReport', { early: true, lean: true }, 7);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('injects afresh for another tab than the one it started on', async () => {
    const inject = vi.fn(async () => {});
    const early = startEarly('?tabId=3', deps(7, inject));
    await early.first.view;
    await early.inject(5);
    expect(inject.mock.calls).toEqual([[3], [5]]);
  });

  it('turns a refused injection into the store’s usual view, and hands the refusal on when asked', async () => {
    const refused = new Error('Cannot access contents of url "chrome://settings/".');
    const inject = vi.fn(async () => {
      throw refused;
    });
    const d = deps(7, inject);
    const early = startEarly('', d);
    await expect(early.first.view).resolves.toEqual({ view: { kind: 'restricted', reason: 'no-access' }, highlights: null });
    await expect(early.inject(7)).rejects.toBe(refused);
    expect(d.sent).not.toHaveBeenCalled();
  });

  it('has no tab and no view when there is no tab, and injects nothing until asked', async () => {
    const inject = vi.fn(async () => {});
    const early = startEarly('', deps(null, inject));
    await expect(early.first.target).resolves.toBeNull();
    await expect(early.first.view).resolves.toBeNull();
    await early.inject(9);
    expect(inject.mock.calls).toEqual([[9]]);
  });

  it('is what the store shows first: the store sends nothing of its own', async () => {
    const inject = vi.fn(async () => {});
    const d = deps(7, inject);
    const early = startEarly('', d);
    const send = vi.fn(async () => {
      throw new Error('the store should not ask');
    });
    const store = createPanelStore({ ...browserDeps(), injectContentScript: early.inject, send: send as never });
    await store.getState().load('', early.first);
    expect(store.getState().view).toEqual({ kind: 'ready', analysis: sampleAnalysis });
    expect(store.getState().tabId).toBe(7);
    expect(store.getState().highlights).toEqual(painted);
    expect(send).not.toHaveBeenCalled();
    expect(d.sent).toHaveBeenCalledTimes(1);
  });

  it('reads the corrections beside the report, and the store takes that read instead of its own', async () => {
    const book = { pages: {} };
    const getValue = vi.fn(async () => book);
    const early = startEarly('', { ...deps(7, vi.fn(async () => {})), corrections: { getValue } as never });
    await expect(early.first.book).resolves.toBe(book);
    const storeRead = vi.fn(async () => ({ pages: {} }));
    const store = createPanelStore({ ...browserDeps(), injectContentScript: early.inject, corrections: { getValue: storeRead } as never });
    await store.getState().load('', early.first);
    expect(store.getState().book).toBe(book);
    expect(getValue).toHaveBeenCalledTimes(1);
    expect(storeRead).not.toHaveBeenCalled();
  });

  it('leaves the store to read the corrections when the early read failed', async () => {
    const failed = vi.fn(async () => Promise.reject(new Error('storage gone')));
    const early = startEarly('', { ...deps(7, vi.fn(async () => {})), corrections: { getValue: failed } as never });
    await expect(early.first.book).resolves.toBeNull();
    const book = { pages: {} };
    const store = createPanelStore({ ...browserDeps(), injectContentScript: early.inject, corrections: { getValue: async () => book } as never });
    await store.getState().load('', early.first);
    expect(store.getState().book).toBe(book);
    expect(store.getState().view.kind).toBe('ready');
  });
});
