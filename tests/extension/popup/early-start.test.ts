import { describe, expect, it, vi } from 'vitest';
import { startEarly } from '@/entrypoints/popup/early-start';

const tabs = (active: number | null) => ({
  query: vi.fn(async () => (active == null ? [] : [{ id: active, url: 'https://news.example/a', windowId: 1 }])),
  get: vi.fn(async (id: number) => ({ id, url: 'https://news.example/b', windowId: 1 })),
});

describe('startEarly: the popup injects before it renders', () => {
  it('injects into the active tab at once, and the store’s later request takes that same injection', async () => {
    const inject = vi.fn(async () => {});
    const early = startEarly('', inject, tabs(7) as never);
    await vi.waitFor(() => expect(inject).toHaveBeenCalledWith(7));
    await early.inject(7);
    await early.inject(7);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('injects afresh for another tab than the one it started on', async () => {
    const inject = vi.fn(async () => {});
    const early = startEarly('?tabId=3', inject, tabs(7) as never);
    await early.inject(5);
    expect(inject.mock.calls).toEqual([[3], [5]]);
  });

  it('fails quietly where injecting is refused, and hands the refusal to the store when it asks', async () => {
    const refused = new Error('Cannot access contents of url "chrome://settings/".');
    const inject = vi.fn(async () => {
      throw refused;
    });
    const early = startEarly('', inject, tabs(7) as never);
    await expect(early.inject(7)).rejects.toBe(refused);
  });

  it('injects nothing when there is no tab', async () => {
    const inject = vi.fn(async () => {});
    const early = startEarly('', inject, tabs(null) as never);
    await early.inject(9);
    expect(inject.mock.calls).toEqual([[9]]);
  });
});
