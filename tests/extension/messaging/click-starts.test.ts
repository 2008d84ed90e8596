import { describe, expect, it, vi } from 'vitest';
import { CLAIM_WITHIN_MS, createClickStarts, RETRY_AFTER_MS } from '@/lib/messaging/click-starts';

/** A clock the test moves by hand. */
const clock = () => {
  let t = 1_000;
  return { now: () => t, pass: (ms: number) => void (t += ms) };
};

describe('the toolbar click starts the page\'s work; the popup takes it over', () => {
  it('gives the popup the click\'s injection instead of injecting again', async () => {
    const time = clock();
    const starts = createClickStarts(time.now);
    const inject = vi.fn(async () => undefined);
    starts.start(5, inject);
    time.pass(300);
    await starts.claim(5, inject);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('hands over the browser\'s refusal (a browser page) once every try was refused, so the popup can say why', async () => {
    const starts = createClickStarts(clock().now, async () => {});
    const refuse = vi.fn(() => Promise.reject(new Error('Cannot access a chrome:// URL')));
    starts.start(5, refuse);
    await expect(starts.claim(5, refuse)).rejects.toThrow('Cannot access');
    expect(refuse).toHaveBeenCalledTimes(3);
  });

  it('tries a refused click injection again a moment later (Chrome refuses one at the click now and then)', async () => {
    const waits: number[] = [];
    const starts = createClickStarts(clock().now, async (ms) => void waits.push(ms));
    const inject = vi.fn()
      .mockRejectedValueOnce(new Error('Cannot access contents of the page.'))
      .mockResolvedValue(undefined);
    starts.start(5, inject);
    await expect(starts.claim(5, inject)).resolves.toBeUndefined();
    expect(inject).toHaveBeenCalledTimes(2);
    expect(waits).toEqual([RETRY_AFTER_MS]);
  });

  it('and once more when the popup claims it, should the retry be refused too', async () => {
    const starts = createClickStarts(clock().now, async () => {});
    const inject = vi.fn()
      .mockRejectedValueOnce(new Error('Cannot access contents of the page.'))
      .mockRejectedValueOnce(new Error('Cannot access contents of the page.'))
      .mockResolvedValue(undefined);
    starts.start(5, inject);
    await expect(starts.claim(5, inject)).resolves.toBeUndefined();
    expect(inject).toHaveBeenCalledTimes(3);
  });

  it('hands each click over once: a second opening of the popup injects itself', async () => {
    const starts = createClickStarts(clock().now);
    const inject = vi.fn(async () => undefined);
    starts.start(5, inject);
    await starts.claim(5, inject);
    await starts.claim(5, inject);
    expect(inject).toHaveBeenCalledTimes(2);
  });

  it('does not hand a stale click (its popup never opened) to a later opening', async () => {
    const time = clock();
    const starts = createClickStarts(time.now);
    const stale = vi.fn(() => Promise.reject(new Error('old refusal')));
    starts.start(5, stale);
    time.pass(CLAIM_WITHIN_MS + 1);
    const fresh = vi.fn(async () => undefined);
    await expect(starts.claim(5, fresh)).resolves.toBeUndefined();
    expect(fresh).toHaveBeenCalledWith(5);
  });

  it('keeps tabs apart: another tab\'s click is not this tab\'s', async () => {
    const starts = createClickStarts(clock().now);
    const clicked = vi.fn(async () => undefined);
    starts.start(5, clicked);
    const other = vi.fn(async () => undefined);
    await starts.claim(6, other);
    expect(other).toHaveBeenCalledWith(6);
    expect(clicked).toHaveBeenCalledTimes(1);
  });
});
