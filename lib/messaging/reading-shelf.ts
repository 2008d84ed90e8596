import type { SentReading } from './background-protocol';

/**
 * How many tabs' readings the background keeps at once. A long article's reading is a few MB; the
 * panel asks for it seconds after it was made, so only recent tabs matter.
 */
export const SHELF_TABS = 8;

/**
 * The background's copy of the last reading it made for each tab, so the popup and the side panel
 * take the analysis from the background rather than from the page: sending it from the page would
 * serialise it on the page's main thread (issue 6: no task there over 50 ms).
 */
export interface ReadingShelf {
  /**
   * Keeps the tab's newest reading (the one before goes) and returns it marked with its key: the key
   * it already carries (made by the context that read it, which keeps a copy too), else a new one.
   */
  put(tabId: number, reading: SentReading): SentReading;
  /** The tab's reading under that key; null once replaced, dropped or never kept. */
  get(tabId: number, key: string): SentReading | null;
  drop(tabId: number): void;
}

export function createReadingShelf(newKey: () => string = () => crypto.randomUUID(), limit = SHELF_TABS): ReadingShelf {
  // A Map iterates in insertion order: re-inserting a tab makes it the newest, the first is the oldest.
  const byTab = new Map<number, { key: string; reading: SentReading }>();
  return {
    put(tabId, reading) {
      // "No article" is a short message: the page sends it itself.
      if (reading.status !== 'ok') return reading;
      const key = reading.key ?? newKey();
      const kept = { ...reading, key };
      byTab.delete(tabId);
      byTab.set(tabId, { key, reading: kept });
      while (byTab.size > limit) byTab.delete(byTab.keys().next().value!);
      return kept;
    },
    get(tabId, key) {
      const kept = byTab.get(tabId);
      return kept && kept.key === key ? kept.reading : null;
    },
    drop(tabId) {
      byTab.delete(tabId);
    },
  };
}
