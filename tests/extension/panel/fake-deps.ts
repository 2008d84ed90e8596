import { vi } from 'vitest';
import type { CorrectionsBook } from '@/lib/corrections/book';
import type { HighlightState, PageReport } from '@/lib/messaging/protocol';
import type { ClickReading, PanelDeps } from '@/lib/panel/deps';

export const painted: HighlightState = { enabled: true, painted: 9, unanchored: 0, method: 'highlight-api' };

/** Tabs the fake browser knows: id -> URL (undefined: the browser hides it, no grant). */
export type FakeTabs = Record<number, { url?: string; windowId?: number }>;

/**
 * Panel deps with every browser call replaced: the content script answers `reports[tabId]` (an
 * Error is thrown, undefined means nobody is listening), storage is an in-memory value.
 */
export function fakeDeps(tabs: FakeTabs, reports: Record<number, PageReport | Error | undefined>, active = Number(Object.keys(tabs)[0])) {
  let book: CorrectionsBook = { pages: {} };
  const watchers = new Set<(b: CorrectionsBook) => void>();
  const send = vi.fn(async (type: string, _data: unknown, tabId: number) => {
    if (type !== 'getReport') return type === 'reveal' ? true : painted;
    const reply = reports[tabId];
    if (reply instanceof Error) throw reply;
    if (reply === undefined) throw new Error('Could not establish connection. Receiving end does not exist.');
    return reply;
  });
  const deps = {
    tabs: {
      get: vi.fn(async (id: number) => (tabs[id] ? { id, url: tabs[id].url, windowId: tabs[id].windowId ?? 1 } : Promise.reject(new Error(`No tab with id: ${id}`)))),
      query: vi.fn(async () => [{ id: active, url: tabs[active]?.url, windowId: tabs[active]?.windowId ?? 1 }]),
    },
    injectContentScript: vi.fn(async () => {}),
    send,
    // Nothing kept in the background: a lean report would fall back to the page's full one.
    fetchReading: vi.fn(async () => null),
    // No click reading: the popup takes the page's report (tests/extension/popup/click-reading.test.ts has the other way).
    clickReading: vi.fn(async (): Promise<ClickReading> => ({ reading: null, highlightsOn: true })),
    fileAccessAllowed: async () => false,
    highlightsSetting: { setValue: vi.fn(async () => {}) },
    corrections: {
      getValue: vi.fn(async () => book),
      update: vi.fn(async (change: (stored: CorrectionsBook) => CorrectionsBook) => {
        book = change(book);
        watchers.forEach((w) => w(book));
        return book;
      }),
      watch: (cb: (b: CorrectionsBook) => void) => (watchers.add(cb), () => void watchers.delete(cb)),
    },
    notifyTabReady: vi.fn(async () => {}),
    openSidePanel: vi.fn(async () => {}),
    canOpenSidePanel: true,
    copyText: vi.fn(async () => {}),
    download: vi.fn(),
    now: () => new Date('2026-03-01T12:00:00Z'),
  } satisfies Record<keyof PanelDeps, unknown>;
  return deps as typeof deps & PanelDeps;
}
