import type { SentReading } from './background-protocol';
import { waitOrGiveUp, type Timer } from './wait-or-give-up';

/** How long after a toolbar click its popup may still take that click's reading. */
export const CLICK_FRESH_MS = 10_000;

/** How long the popup's request waits for the click's reading before it answers null. */
export const CLICK_READING_WAIT_MS = 20_000;

/** Tabs whose last reading is kept here for a popup (the reading shelf's own limit). */
export const CLICK_TABS = 8;

/**
 * The reading a toolbar click started, for that click's popup, straight from the context that reads
 * pages (Chrome's offscreen document, Firefox's background page; issue 11).
 *
 * The popup used to wait for the page: for the injection's outcome, then for the page's report (sent
 * once the page had anchored its reading), then fetch the analysis here by the report's key. In Chrome
 * the popup shares one thread with the offscreen document, so each of those steps queued behind the
 * reading itself: 50-100 ms between the reading made and the summary shown. Asked here, the answer
 * goes the moment the reading is made.
 *
 * A reading answers the tab's latest click when it was made at or after that click; a click with no
 * such reading yet waits for the next one. A popup whose page was read before (its second opening:
 * no new reading comes) gets null after the wait, and takes the page's report instead.
 */
export interface ClickReadings {
  /** The toolbar was clicked on this tab at `at` (epoch ms, the clicking context's clock). */
  clicked(tabId: number, at: number): void;
  /** A reading of this tab was made now. */
  made(tabId: number, reading: SentReading): void;
  /** The latest click's reading: at once when made, when made if it is coming, null otherwise. */
  forClick(tabId: number): Promise<SentReading | null>;
}

interface TabState {
  clickedAt?: number;
  reading?: { at: number; reading: SentReading };
  waiting: ((reading: SentReading | null) => void)[];
}

export function createClickReadings(now: () => number = Date.now, timer: Timer = globalThis, waitMs = CLICK_READING_WAIT_MS): ClickReadings {
  const tabs = new Map<number, TabState>();
  /** The tab's state, moved to the end of the map's order: the first entry is the least recently used. */
  const stateOf = (tabId: number): TabState => {
    const state = tabs.get(tabId) ?? { waiting: [] };
    tabs.delete(tabId);
    tabs.set(tabId, state);
    for (const [oldest, old] of tabs) {
      if (tabs.size <= CLICK_TABS) break;
      if (old.waiting.length) continue;
      tabs.delete(oldest);
    }
    return state;
  };
  const fresh = (state: TabState) => state.clickedAt !== undefined && now() - state.clickedAt <= CLICK_FRESH_MS;
  const answers = (state: TabState) => (fresh(state) && state.reading && state.reading.at >= state.clickedAt! ? state.reading.reading : null);
  return {
    clicked(tabId, at) {
      stateOf(tabId).clickedAt = at;
    },
    made(tabId, reading) {
      const state = stateOf(tabId);
      state.reading = { at: now(), reading };
      const answer = answers(state);
      if (!answer) return;
      for (const resolve of state.waiting.splice(0)) resolve(answer);
    },
    forClick(tabId) {
      const state = tabs.get(tabId);
      if (!state || !fresh(state)) return Promise.resolve(null);
      const made = answers(state);
      if (made) return Promise.resolve(made);
      return waitOrGiveUp<SentReading>(timer, waitMs, (answer) => {
        state.waiting.push(answer);
        return () => {
          const at = state.waiting.indexOf(answer);
          if (at >= 0) state.waiting.splice(at, 1);
        };
      });
    },
  };
}
