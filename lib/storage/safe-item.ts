import { storage } from '#imports';
import type { StorageItemKey } from '@wxt-dev/storage';

/**
 * A stored value that never surprises its readers: every read (getValue, watch) passes through
 * `parse`, and a missing, corrupted or unreadable value gives the fallback instead of an error.
 */
export interface SafeItem<T> {
  key: StorageItemKey;
  fallback: T;
  getValue(): Promise<T>;
  /** Writes can still fail (quota, extension reloaded): callers say so to the reader. */
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /**
   * Read, change and write back as one step: no other extension context (popup, side panel,
   * background) writing the same key in between can lose its change or have this one lost.
   */
  update(change: (value: T) => T): Promise<T>;
  /** Calls back with the parsed new value; returns the function that stops watching. */
  watch(callback: (value: T) => void): () => void;
}

export interface SafeItemOptions<T> {
  fallback: T;
  /** Starts at 1; raise it with a migration when the stored shape changes. */
  version: number;
  /** Upgrades from the previous version; each gets what the last one returned (maybe garbage). */
  migrations?: Record<number, (old: unknown) => unknown>;
  /** The value if `raw` is well-formed, else null. */
  parse(raw: unknown): T | null;
}

export function defineSafeItem<T>(key: StorageItemKey, options: SafeItemOptions<T>): SafeItem<T> {
  // `migrations` is always passed so WXT records the version (key$ = { v }) from the first write.
  const item = storage.defineItem<unknown>(key, { version: options.version, migrations: options.migrations ?? {} });
  const read = (raw: unknown): T => {
    if (raw == null) return options.fallback;
    try {
      return options.parse(raw) ?? options.fallback;
    } catch {
      return options.fallback;
    }
  };
  const getValue = async (): Promise<T> => {
    try {
      return read(await item.getValue());
    } catch {
      return options.fallback;
    }
  };
  return {
    key,
    fallback: options.fallback,
    getValue,
    setValue: (value) => item.setValue(value),
    removeValue: () => item.removeValue(),
    update(change) {
      return exclusively(key, async () => {
        const next = change(await getValue());
        await item.setValue(next);
        return next;
      });
    },
    watch(callback) {
      return item.watch((value) => callback(read(value)));
    },
  };
}

const localQueues = new Map<string, Promise<unknown>>();

/**
 * Runs `op` while holding the lock named `name`. Web Locks are shared by every page and worker of
 * the extension's origin, so the popup and the background take turns; where the API is missing
 * (tests, old engines) calls in this context still go one at a time.
 */
function exclusively<T>(name: string, op: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks?.request) return locks.request(`quotelens:${name}`, op) as Promise<T>;
  const before = localQueues.get(name) ?? Promise.resolve();
  const next = before.then(op, op);
  localQueues.set(name, next.catch(() => undefined));
  return next;
}

/** Parsers for simple settings. */
export const parseBoolean = (raw: unknown): boolean | null => (typeof raw === 'boolean' ? raw : null);
