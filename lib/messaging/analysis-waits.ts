import type { SentReading } from './background-protocol';
import { waitOrGiveUp, type Timer } from './wait-or-give-up';

/** How long a page's early request for its analysis waits for the reading before it gives up. */
export const ANALYSIS_WAIT_MS = 20_000;

/** Readings made and not yet taken are kept for this many tabs at most (the shelf's own limit). */
export const UNTAKEN_TABS = 8;

/**
 * Chrome's offscreen document answers a page's request for its analysis before the reading exists
 * (issue 11). The page used to ask once it had the reading's head: one more crossing from the page to
 * the document, each through the browser, on the click's path (6-60 ms seen, the most while a popup
 * opens). Now it asks right after sending its HTML, and the answer goes the moment the reading is
 * made, a message (and so a task in the page) of its own, just behind the head's.
 *
 * A request takes its tab's reading made since the last request, or else waits for the next one;
 * each reading serves one request. The page checks the reading's key against its head's, and asks
 * for it by key if they differ (a reading it never asked for early, made by another path).
 */
export interface AnalysisWaits {
  /** The tab's next reading not yet taken: at once if it is made already, null if none comes in time. */
  next(tabId: number): Promise<SentReading | null>;
  /** A reading for the tab is made: to the request waiting for it, else kept for the next one. */
  made(tabId: number, reading: SentReading): void;
}

export function createAnalysisWaits(waitMs = ANALYSIS_WAIT_MS, timer: Timer = globalThis): AnalysisWaits {
  const untaken = new Map<number, SentReading>();
  const waiting = new Map<number, (reading: SentReading | null) => void>();
  return {
    next(tabId) {
      const made = untaken.get(tabId);
      if (made) {
        untaken.delete(tabId);
        return Promise.resolve(made);
      }
      // An earlier request still waiting (the page asked again) is answered with nothing.
      waiting.get(tabId)?.(null);
      return waitOrGiveUp<SentReading>(timer, waitMs, (answer) => {
        waiting.set(tabId, answer);
        return () => {
          if (waiting.get(tabId) === answer) waiting.delete(tabId);
        };
      });
    },
    made(tabId, reading) {
      const waiter = waiting.get(tabId);
      if (waiter) return waiter(reading);
      untaken.delete(tabId);
      untaken.set(tabId, reading);
      // A Map iterates in insertion order: the first is the oldest.
      while (untaken.size > UNTAKEN_TABS) untaken.delete(untaken.keys().next().value!);
    },
  };
}
