import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SentReading } from '@/lib/messaging/background-protocol';
import { CLICK_FRESH_MS, CLICK_READING_WAIT_MS, CLICK_TABS, createClickReadings } from '@/lib/messaging/click-readings';

/** A reading told apart by its key (the module never looks inside it). */
const reading = (key: string) => ({ status: 'ok', key }) as unknown as SentReading;

describe("a click's popup takes the click's reading from the reader (issue 11)", () => {
  let clock = 1_000;
  const now = () => clock;
  beforeEach(() => {
    vi.useFakeTimers();
    clock = 1_000;
  });
  afterEach(() => vi.useRealTimers());

  it('answers a popup that asked before the reading was made, the moment it is made', async () => {
    const clicks = createClickReadings(now);
    clicks.clicked(3, clock);
    let answered: SentReading | null | undefined;
    void clicks.forClick(3).then((r) => (answered = r));
    await Promise.resolve();
    expect(answered).toBeUndefined();
    clock += 80;
    clicks.made(3, reading('k1'));
    await vi.waitFor(() => expect(answered).toEqual(reading('k1')));
  });

  it('answers at once a popup that opened after the reading was made (its window took longer than the page)', async () => {
    const clicks = createClickReadings(now);
    clicks.clicked(3, clock);
    clock += 90;
    clicks.made(3, reading('k1'));
    clock += 200;
    await expect(clicks.forClick(3)).resolves.toEqual(reading('k1'));
  });

  it('takes a reading that arrived before the news of the click, when it was made after the click itself', async () => {
    const clicks = createClickReadings(now);
    const clickedAt = clock;
    clock += 40;
    clicks.made(3, reading('k1'));
    clicks.clicked(3, clickedAt);
    await expect(clicks.forClick(3)).resolves.toEqual(reading('k1'));
  });

  it('never answers with a reading older than the click (an earlier visit): it waits for the new one', async () => {
    const clicks = createClickReadings(now);
    clicks.made(3, reading('old'));
    clock += 5_000;
    clicks.clicked(3, clock);
    const asked = clicks.forClick(3);
    clock += 100;
    clicks.made(3, reading('new'));
    await expect(asked).resolves.toEqual(reading('new'));
  });

  it('answers null when no reading comes in time (a page read before: no new reading), so the page answers instead', async () => {
    const clicks = createClickReadings(now);
    clicks.clicked(3, clock);
    const asked = clicks.forClick(3);
    vi.advanceTimersByTime(CLICK_READING_WAIT_MS);
    await expect(asked).resolves.toBeNull();
  });

  it('answers null at once without a click, or for a stale one', async () => {
    const clicks = createClickReadings(now);
    await expect(clicks.forClick(3)).resolves.toBeNull();
    clicks.clicked(3, clock);
    clicks.made(3, reading('k1'));
    clock += CLICK_FRESH_MS + 1;
    await expect(clicks.forClick(3)).resolves.toBeNull();
  });

  it('keeps tabs apart', async () => {
    const clicks = createClickReadings(now);
    clicks.clicked(1, clock);
    clicks.clicked(2, clock);
    const first = clicks.forClick(1);
    clicks.made(2, reading('two'));
    clicks.made(1, reading('one'));
    await expect(first).resolves.toEqual(reading('one'));
    await expect(clicks.forClick(2)).resolves.toEqual(reading('two'));
  });

  it(`holds at most ${CLICK_TABS} idle tabs, dropping the least recently used`, async () => {
    const clicks = createClickReadings(now);
    for (let tab = 1; tab <= CLICK_TABS + 1; tab++) {
      clicks.clicked(tab, clock);
      clicks.made(tab, reading(`k${tab}`));
    }
    await expect(clicks.forClick(1)).resolves.toBeNull();
    await expect(clicks.forClick(CLICK_TABS + 1)).resolves.toEqual(reading(`k${CLICK_TABS + 1}`));
  });
});
