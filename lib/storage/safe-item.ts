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
  return {
    key,
    fallback: options.fallback,
    async getValue() {
      try {
        return read(await item.getValue());
      } catch {
        return options.fallback;
      }
    },
    setValue: (value) => item.setValue(value),
    removeValue: () => item.removeValue(),
    watch(callback) {
      return item.watch((value) => callback(read(value)));
    },
  };
}

/** Parsers for simple settings. */
export const parseBoolean = (raw: unknown): boolean | null => (typeof raw === 'boolean' ? raw : null);
