import { describe, expect, it } from 'vitest';
import { findInOrder, findNearest, normaliseText } from '@/lib/page/match-text';

describe('findNearest', () => {
  it.each([
    ['pick the occurrence after the hint', 'vote ... vote ......... vote', 'vote', 20, 24],
    ['pick the occurrence before the hint', 'vote ......... vote ... vote', 'vote', 12, 15],
    ['find the only occurrence anywhere', 'the senator spoke', 'senator', 0, 4],
    ['report a missing needle', 'the senator spoke', 'governor', 5, -1],
    ['refuse an empty needle', 'anything', '', 0, -1],
  ])('should %s', (_name, haystack, needle, hint, expected) => {
    expect(findNearest(haystack, needle, hint)).toBe(expected);
  });
});

describe('findInOrder', () => {
  it.each([
    ['Home. Budget talks. Home.', 'Home.', 6, 20],
    ['Home. Budget talks.', 'Home.', 6, 0],
    ['Budget talks.', 'Weather', 0, -1],
  ])('finds %j after %j', (haystack, needle, from, expected) => {
    expect(findInOrder(haystack, needle, from)).toBe(expected);
  });
});

describe('normaliseText', () => {
  it.each([
    ['re\u00ADelection', 'reelection'],
    ['two\n\n  lines', 'two lines'],
    ['zero\u200Bwidth', 'zerowidth'],
  ])('normalises %j', (raw, expected) => {
    expect(normaliseText(raw)).toBe(expected);
  });
});
