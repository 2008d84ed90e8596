import { browser } from 'wxt/browser';
import { findTargetTab } from '@/lib/panel/active-tab';
import { injectContentScript } from '@/lib/panel/deps';

/** The content script's injection, started by the popup's first lines. */
export interface EarlyStart {
  /** Injects into `tabId`: the injection already under way when it is that tab, else a new one. */
  inject(tabId: number): Promise<void>;
}

/**
 * Starts the page's work the moment the popup's script runs, before React is even loaded (issue 11):
 * the content script serialises the page while the popup renders, instead of after. The store still
 * decides (restricted pages, file access) and takes this injection through `inject`; on a page where
 * injecting is refused, this early attempt just fails quietly and the store reports why.
 */
export function startEarly(search: string, inject: (tabId: number) => Promise<void> = injectContentScript, tabs = browser.tabs): EarlyStart {
  const target = findTargetTab(search, tabs).catch(() => null);
  const injected = target.then((t) => (t ? inject(t.tabId) : undefined));
  injected.catch(() => undefined);
  return {
    inject: async (tabId) => ((await target)?.tabId === tabId ? injected : inject(tabId)),
  };
}
