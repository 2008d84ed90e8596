import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandOvers } from '@/lib/messaging/hand-over-later';

describe('hand-overs held until the page is answered', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends once it is due, in a later task, and only once', () => {
    const handOvers = createHandOvers(1000);
    const send = vi.fn();
    handOvers.hold('k1', send);
    handOvers.due('k1');
    expect(send).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(send).toHaveBeenCalledTimes(1);
    handOvers.due('k1');
    vi.advanceTimersByTime(5000);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sends after the fallback when the page never asks', () => {
    const handOvers = createHandOvers(1000);
    const send = vi.fn();
    handOvers.hold('k1', send);
    vi.advanceTimersByTime(999);
    expect(send).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('keeps each key apart, and a key never held is nothing to send', () => {
    const handOvers = createHandOvers(1000);
    const first = vi.fn();
    const second = vi.fn();
    handOvers.hold('k1', first);
    handOvers.hold('k2', second);
    handOvers.due('k2');
    handOvers.due('never');
    vi.advanceTimersByTime(0);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });
});
