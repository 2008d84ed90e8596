import { describe, expect, it, vi } from 'vitest';
import { PREFETCH_FRESH_MS, withPrefetch } from '@/lib/storage/prefetch';

/** A stored number whose reads return what is stored at the moment they are made. */
function store(initial = 1) {
  let value = initial;
  return {
    getValue: vi.fn(async () => value),
    update: vi.fn(async (change: (v: number) => number) => (value = change(value))),
    set: (v: number) => void (value = v),
  };
}

describe('a storage read started early (on the click)', () => {
  it('serves the next read from the early one, without reading again', async () => {
    const item = store(1);
    const early = withPrefetch(item, () => 0);
    early.prefetch();
    item.set(2);
    expect(await early.getValue()).toBe(1);
    expect(item.getValue).toHaveBeenCalledTimes(1);
  });

  it('serves one read only: the next reads storage again', async () => {
    const item = store(1);
    const early = withPrefetch(item, () => 0);
    early.prefetch();
    await early.getValue();
    item.set(2);
    expect(await early.getValue()).toBe(2);
  });

  it('is dropped once another context wrote the value meanwhile (the item is watched)', async () => {
    const item = store(1);
    let changed: ((value: number) => void) | null = null;
    const early = withPrefetch({ ...item, watch: (callback: (value: number) => void) => ((changed = callback), () => {}) }, () => 0);
    early.prefetch();
    item.set(2);
    changed!(2);
    expect(await early.getValue()).toBe(2);
  });

  it('is dropped once this item was written meanwhile', async () => {
    const item = store(1);
    const early = withPrefetch(item, () => 0);
    early.prefetch();
    await early.update((v) => v + 10);
    expect(await early.getValue()).toBe(11);
  });

  it('is dropped when too old (a click whose page never arrived)', async () => {
    let t = 0;
    const item = store(1);
    const early = withPrefetch(item, () => t);
    early.prefetch();
    item.set(2);
    t = PREFETCH_FRESH_MS + 1;
    expect(await early.getValue()).toBe(2);
  });

  it('reads again when the early read failed', async () => {
    const item = store(3);
    item.getValue.mockRejectedValueOnce(new Error('storage busy'));
    const early = withPrefetch(item, () => 0);
    early.prefetch();
    expect(await early.getValue()).toBe(3);
  });
});
