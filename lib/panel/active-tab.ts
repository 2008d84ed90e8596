import type { PanelDeps } from '@/lib/panel/deps';

export interface TargetTab {
  tabId: number;
  /** Undefined when the browser hides the URL from us (no activeTab grant for that tab). */
  url: string | undefined;
  /** The window the tab is in, for opening the side panel there. */
  windowId?: number;
}

/** Reads `?tabId=N` (a positive integer) from the page's query string; anything else is ignored. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw == null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * The tab the popup or panel reports on: an explicit `?tabId=` (browser tests open the page in a tab of its
 * own, where "the active tab" would be the popup itself), else the active tab of the current window.
 */
export async function findTargetTab(search: string, tabs: PanelDeps['tabs']): Promise<TargetTab | null> {
  const explicit = tabIdFromSearch(search);
  if (explicit != null) {
    const tab = await tabs.get(explicit);
    return { tabId: explicit, url: tab?.url, windowId: tab?.windowId };
  }
  const [active] = await tabs.query({ active: true, currentWindow: true });
  if (active?.id == null) return null;
  return { tabId: active.id, url: active.url, windowId: active.windowId };
}
