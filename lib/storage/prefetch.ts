/** How long a value read ahead stays good for the read it was made for. */
export const PREFETCH_FRESH_MS = 10_000;

type Readable<T> = {
  getValue(): Promise<T>;
  update(change: (value: T) => T): Promise<T>;
  /** Calls back on every change of the stored value, whichever context wrote it. */
  watch?(callback: (value: T) => void): () => void;
};

export type Prefetching<T> = Readable<T> & {
  /** Starts reading the value now, for the next getValue (within PREFETCH_FRESH_MS). */
  prefetch(): void;
};

/**
 * A storage item whose next read can start early: the toolbar click reads the per-site memory while
 * the page is still being serialised, so the background does not wait on storage between receiving
 * the page and handing it on (issue 11). The early value serves one read only, and none once the
 * value has been written meanwhile, by this item or, when the item can be watched, by any context.
 */
export function withPrefetch<T>(item: Readable<T>, now: () => number = Date.now): Prefetching<T> {
  let early: { at: number; value: Promise<T> } | null = null;
  // A write from another context (the reader's "Not boilerplate" in the popup, then a refresh of the
  // page) makes the early value stale too: it must not answer the refresh's read.
  item.watch?.(() => {
    early = null;
  });
  return {
    prefetch() {
      const value = item.getValue();
      // Unused or failed, it must not surface as an unhandled rejection; getValue reads again.
      value.catch(() => undefined);
      early = { at: now(), value };
    },
    getValue() {
      const ahead = early;
      early = null;
      return ahead && now() - ahead.at <= PREFETCH_FRESH_MS ? ahead.value.catch(() => item.getValue()) : item.getValue();
    },
    update(change) {
      early = null;
      return item.update(change);
    },
  };
}
