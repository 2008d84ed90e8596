import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SentReading } from '@/lib/messaging/background-protocol';
import { ANALYSIS_WAIT_MS, createAnalysisWaits, UNTAKEN_TABS } from '@/lib/messaging/analysis-waits';

/** A reading told apart by its key (the waits never look inside it). */
const reading = (key: string) => ({ status: 'ok', key }) as unknown as SentReading;

describe('a page asks for its analysis before the reading exists', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('answers the request the moment the tab\'s reading is made', async () => {
    const waits = createAnalysisWaits();
    const asked = waits.next(3);
    let answered: SentReading | null | undefined;
    void asked.then((r) => (answered = r));
    await Promise.resolve();
    expect(answered).toBeUndefined();
    waits.made(3, reading('k1'));
    await expect(asked).resolves.toEqual(reading('k1'));
  });

  it('answers at once when the reading was made before the request came in (the document was busy making it)', async () => {
    const waits = createAnalysisWaits();
    waits.made(3, reading('k1'));
    await expect(waits.next(3)).resolves.toEqual(reading('k1'));
  });

  it('gives each reading to one request: a second one waits for the next reading', async () => {
    const waits = createAnalysisWaits();
    waits.made(3, reading('k1'));
    await waits.next(3);
    const second = waits.next(3);
    waits.made(3, reading('k2'));
    await expect(second).resolves.toEqual(reading('k2'));
  });

  it('keeps tabs apart', async () => {
    const waits = createAnalysisWaits();
    const first = waits.next(1);
    waits.made(2, reading('other tab'));
    waits.made(1, reading('mine'));
    await expect(first).resolves.toEqual(reading('mine'));
    await expect(waits.next(2)).resolves.toEqual(reading('other tab'));
  });

  it('serves the newest of two readings made unasked', async () => {
    const waits = createAnalysisWaits();
    waits.made(3, reading('old'));
    waits.made(3, reading('new'));
    await expect(waits.next(3)).resolves.toEqual(reading('new'));
  });

  it('gives up with null when no reading comes in time, and a late one waits for the next request', async () => {
    const waits = createAnalysisWaits();
    const asked = waits.next(3);
    vi.advanceTimersByTime(ANALYSIS_WAIT_MS);
    await expect(asked).resolves.toBeNull();
    waits.made(3, reading('late'));
    await expect(waits.next(3)).resolves.toEqual(reading('late'));
  });

  it('answers an earlier request still waiting with null when the page asks again', async () => {
    const waits = createAnalysisWaits();
    const earlier = waits.next(3);
    const later = waits.next(3);
    await expect(earlier).resolves.toBeNull();
    waits.made(3, reading('k1'));
    await expect(later).resolves.toEqual(reading('k1'));
  });

  it('keeps untaken readings for a bounded number of tabs, dropping the oldest', async () => {
    const waits = createAnalysisWaits();
    for (let tab = 0; tab <= UNTAKEN_TABS; tab++) waits.made(tab, reading(`tab ${tab}`));
    const oldest = waits.next(0);
    vi.advanceTimersByTime(ANALYSIS_WAIT_MS);
    await expect(oldest).resolves.toBeNull();
    await expect(waits.next(UNTAKEN_TABS)).resolves.toEqual(reading(`tab ${UNTAKEN_TABS}`));
  });
});
