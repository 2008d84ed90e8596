import { describe, expect, it, vi } from 'vitest';
import { lazyInPageReader, provideInPageReader, type InPageReader } from '@/lib/page/in-page-reader';

const reader = { extract: vi.fn(), analyze: vi.fn() } as unknown as InPageReader;

describe('the in-page reader is loaded only when the page must read itself', () => {
  it('does not load anything until it is first asked for', () => {
    const load = vi.fn(async (): Promise<unknown> => undefined);
    lazyInPageReader(load, {});
    expect(load).not.toHaveBeenCalled();
  });

  it('loads once and hands over what page-reader.js provided', async () => {
    const scope = {};
    const load = vi.fn(async (): Promise<unknown> => provideInPageReader(reader, scope));
    const get = lazyInPageReader(load, scope);
    const [first, second] = await Promise.all([get(), get()]);
    expect(first).toBe(reader);
    expect(second).toBe(reader);
    await get();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('rejects clearly when the script ran but left no reader, and tries again next time', async () => {
    const scope = {};
    const load = vi.fn(async (): Promise<unknown> => undefined);
    const get = lazyInPageReader(load, scope);
    await expect(get()).rejects.toThrow('could not load the page reader');
    load.mockImplementation(async () => provideInPageReader(reader, scope));
    await expect(get()).resolves.toBe(reader);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('passes on the background\'s refusal to load it', async () => {
    const get = lazyInPageReader(() => Promise.reject(new Error('Cannot access contents of the page')), {});
    await expect(get()).rejects.toThrow('Cannot access');
  });
});
