import { describe, expect, it } from 'vitest';
import { firstIndex } from '@/lib/analysis/text/first-index';

describe('firstIndex over a sorted list', () => {
  const ends = [4, 9, 9, 15, 30];
  it.each([
    [0, 0],
    [4, 1],
    [8, 1],
    [9, 3],
    [29, 4],
    [30, 5],
    [99, 5],
  ])('the first span ending after %i is number %i', (offset, expected) => {
    expect(firstIndex(ends.length, (i) => ends[i] > offset)).toBe(expected);
  });

  it('gives 0 for an empty list and agrees with a linear scan on random sorted lists', () => {
    expect(firstIndex(0, () => true)).toBe(0);
    for (let n = 1; n < 60; n++) {
      const sorted = Array.from({ length: n }, (_, i) => i * 3 + (i % 4));
      for (let offset = -2; offset < n * 3 + 6; offset++) {
        const linear = sorted.findIndex((v) => v > offset);
        expect(firstIndex(n, (i) => sorted[i] > offset)).toBe(linear < 0 ? n : linear);
      }
    }
  });
});
