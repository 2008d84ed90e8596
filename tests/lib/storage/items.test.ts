import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { quoteRef } from '@/lib/corrections/apply-corrections';
import { addCorrection, emptyBook } from '@/lib/corrections/book';
import { defineCorrectionsItem } from '@/lib/storage/corrections-item';
import { defineSafeItem, parseBoolean } from '@/lib/storage/safe-item';
import { sampleAnalysis } from '../../extension/popup/sample-analysis';

// Items are defined inside each test, after the storage is seeded, because WXT runs an item's
// migrations when it is defined.
const flag = () => defineSafeItem<boolean>('local:testFlag', { fallback: true, version: 1, parse: parseBoolean });
const book = addCorrection(emptyBook(), 'https://news.example/a', { action: 'dismiss', quote: quoteRef(sampleAnalysis.quotes[0]) }, 1);

describe('safe storage items', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it.each([
    ['missing', undefined, true],
    ['a string', 'false', true],
    ['a number', 0, true],
    ['an object', { enabled: false }, true],
    ['false', false, false],
  ])('a boolean setting stored as %s reads as the fallback or its value', async (_, stored, expected) => {
    if (stored !== undefined) await fakeBrowser.storage.local.set({ testFlag: stored });
    expect(await flag().getValue()).toBe(expected);
  });

  it('records its version on the first write', async () => {
    const item = flag();
    await item.setValue(false);
    expect(await fakeBrowser.storage.local.get(['testFlag', 'testFlag$'])).toEqual({ testFlag: false, testFlag$: { v: 1 } });
  });

  it('reads the fallback when storage itself fails', async () => {
    const item = flag();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error'));
    expect(await item.getValue()).toBe(true);
    vi.restoreAllMocks();
  });

  it('hands watchers parsed values', async () => {
    const item = flag();
    const seen: boolean[] = [];
    const stop = item.watch((v) => seen.push(v));
    await fakeBrowser.storage.local.set({ testFlag: false });
    await fakeBrowser.storage.local.set({ testFlag: 'garbage' });
    stop();
    expect(seen).toEqual([false, true]);
  });

  it('migrates an older stored shape to the current version', async () => {
    await fakeBrowser.storage.local.set({ testCount: '7' });
    const item = defineSafeItem<number>('local:testCount', {
      fallback: 0,
      version: 2,
      migrations: { 2: (old) => Number(old) },
      parse: (raw) => (typeof raw === 'number' && Number.isFinite(raw) ? raw : null),
    });
    expect(await item.getValue()).toBe(7);
    expect(await fakeBrowser.storage.local.get('testCount$')).toEqual({ testCount$: { v: 2 } });
  });

  it('falls back instead of throwing when the stored version is newer than this build (downgrade)', async () => {
    await fakeBrowser.storage.local.set({ testFlag: 'from the future', testFlag$: { v: 9 } });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await flag().getValue()).toBe(true);
    error.mockRestore();
  });

  it('update() lets concurrent read-change-writes from one context all land', async () => {
    const counter = defineSafeItem<number>('local:testCounter', {
      fallback: 0,
      version: 1,
      parse: (raw) => (typeof raw === 'number' ? raw : null),
    });
    // Without serialising, every update would read 0 and the last write would win with 1.
    await Promise.all(Array.from({ length: 20 }, () => counter.update((n) => n + 1)));
    expect(await counter.getValue()).toBe(20);
  });

  it('update() starts from the fallback when the stored value is corrupt, and keeps going after a failed change', async () => {
    await fakeBrowser.storage.local.set({ testCounter: 'garbage' });
    const counter = defineSafeItem<number>('local:testCounter', {
      fallback: 5,
      version: 1,
      parse: (raw) => (typeof raw === 'number' ? raw : null),
    });
    const failing = counter.update(() => {
      throw new Error('bad change');
    });
    const after = counter.update((n) => n + 1);
    await expect(failing).rejects.toThrow('bad change');
    expect(await after).toBe(6);
    expect(await counter.getValue()).toBe(6);
  });
});

describe('the corrections item', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('round-trips a book', async () => {
    const item = defineCorrectionsItem();
    await item.setValue(book);
    expect(await defineCorrectionsItem().getValue()).toEqual(book);
  });

  it.each([
    ['missing', undefined],
    ['a string', '{"pages":'],
    ['null pages', { pages: null }],
    ['a list', [book]],
  ])('reads an empty book when the stored value is %s', async (_, stored) => {
    if (stored !== undefined) await fakeBrowser.storage.local.set({ corrections: stored });
    expect(await defineCorrectionsItem().getValue()).toEqual(emptyBook());
  });

  it('never shares its fallback for mutation', async () => {
    const value = await defineCorrectionsItem().getValue();
    expect(Object.isFrozen(value)).toBe(true);
  });
});
