import { describe, expect, it } from 'vitest';
import { garbageCollector, interleavedMedians, median } from '@/lib/cli/timing';

describe('median', () => {
  it.each([
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('%j → %d', (values, expected) => expect(median(values)).toBe(expected));
});

describe('interleavedMedians', () => {
  it('runs the tasks in turns, warm-up turns first, with the hook before every call', () => {
    const calls: string[] = [];
    const result = interleavedMedians(
      { a: () => void calls.push('a'), b: () => void calls.push('b') },
      3,
      2,
      () => void calls.push('-'),
    );
    expect(calls.join('')).toBe('-a-b'.repeat(5));
    expect(Object.keys(result.wall)).toEqual(['a', 'b']);
    expect(Object.keys(result.cpu)).toEqual(['a', 'b']);
  });

  it('times only the measured turns: a task slow in its warm-up turn does not count', () => {
    let call = 0;
    const busy = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    const { wall } = interleavedMedians({ slowFirst: () => busy(call++ === 0 ? 60 : 1) }, 3, 1);
    expect(wall.slowFirst).toBeLessThan(30);
    expect(wall.slowFirst).toBeGreaterThanOrEqual(1);
  });
});

describe('garbageCollector', () => {
  it('gives a full and a young-generation collection that can be called', () => {
    const gc = garbageCollector();
    expect(gc).not.toBeNull();
    expect(() => {
      gc!.young();
      gc!.full();
    }).not.toThrow();
  });
});
