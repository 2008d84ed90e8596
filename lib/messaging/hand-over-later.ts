/**
 * Hand-overs that must happen once, but not before the moment that matters most. Chrome's offscreen
 * document gives the service worker a copy of each reading it made (for the panel and the site memory);
 * sending it turns the whole reading into JSON on the document's thread, which would hold up the page's
 * own request for its analysis. So the copy goes once the page has been answered (`due`), or after
 * `fallbackMs` should the page never ask.
 */
export interface HandOvers {
  /** Holds `send` under `key` until it is due. */
  hold(key: string, send: () => void): void;
  /** Sends what is held under `key` in a task of its own, after the current answer; nothing if none. */
  due(key: string): void;
}

export function createHandOvers(fallbackMs: number, timer: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis): HandOvers {
  const held = new Map<string, { send: () => void; fallback: ReturnType<typeof setTimeout> }>();
  const sendNow = (key: string) => {
    const handOver = held.get(key);
    if (!handOver) return;
    held.delete(key);
    timer.clearTimeout(handOver.fallback);
    handOver.send();
  };
  return {
    hold(key, send) {
      held.set(key, { send, fallback: timer.setTimeout(() => sendNow(key), fallbackMs) });
    },
    due(key) {
      if (held.has(key)) timer.setTimeout(() => sendNow(key), 0);
    },
  };
}
