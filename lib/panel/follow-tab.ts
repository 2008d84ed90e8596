import type { CorrectionsBook } from '@/lib/corrections/book';
import type { PanelStore } from '@/lib/panel/store';

/** The browser events the side panel follows, passed in so tests can fire them. */
export interface TabEvents {
  /** The window this panel belongs to; activations in other windows are not ours. */
  windowId: number | null;
  onActivated: { addListener(cb: (info: { tabId: number; windowId: number }) => void): void; removeListener(cb: (info: { tabId: number; windowId: number }) => void): void };
  onUpdated: {
    addListener(cb: (tabId: number, change: { status?: string }) => void): void;
    removeListener(cb: (tabId: number, change: { status?: string }) => void): void;
  };
  /** The popup's "I have just set this tab up" message. */
  onTabReady(cb: (tabId: number) => void): () => void;
}

/**
 * Keeps the side panel on the active tab: a switch of tab, a finished load (the page navigated, so
 * its content script is gone) or the popup having set the tab up all make it ask again.
 */
export function followActiveTab(store: PanelStore, events: TabEvents): () => void {
  const activated = (info: { tabId: number; windowId: number }) => {
    if (events.windowId == null || info.windowId === events.windowId) void store.getState().loadTab(info.tabId);
  };
  const updated = (tabId: number, change: { status?: string }) => {
    if (tabId === store.getState().tabId && change.status === 'complete') void store.getState().loadTab(tabId);
  };
  events.onActivated.addListener(activated);
  events.onUpdated.addListener(updated);
  const stopReady = events.onTabReady((tabId) => {
    if (tabId === store.getState().tabId) void store.getState().loadTab(tabId);
  });
  return () => {
    events.onActivated.removeListener(activated);
    events.onUpdated.removeListener(updated);
    stopReady();
  };
}

/** Reflects corrections made on the other surface (popup <-> panel) as they are stored. */
export function watchCorrections(store: PanelStore, watch: (cb: (book: CorrectionsBook) => void) => () => void): () => void {
  return watch((book) => store.getState().setBook(book));
}
