import { describe, expect, it } from 'vitest';
import { cleanText, cutSpans, offsetOfSnippet, squash } from '@/lib/cli/lab-text';
import type { Boilerplate } from '@/lib/analysis/types';

const text = 'Title\n\nFirst line.\n\nImage\n\nSecond line.\n\nImage';
const image = (start: number): Boilerplate => ({ start, end: start + 5, text: 'Image', reason: 'navigation' });
const grouped = { ...image(20), occurrences: [{ start: 20, end: 25 }, { start: 41, end: 46 }] };

describe('lab clean text (as ../shared/eval scores it)', () => {
  it('cuts each item span only, the way the scorers read the contract', () => {
    expect(squash(cleanText(text, cutSpans([grouped])))).toBe('Title First line. Second line. Image');
  });

  it('cuts every repeat when asked', () => {
    expect(squash(cleanText(text, cutSpans([grouped], true)))).toBe('Title First line. Second line.');
  });

  it('starts at the body when given where it starts', () => {
    expect(squash(cleanText(text, [], 7))).toBe('First line. Image Second line. Image');
  });

  it.each([
    ['First line.', 7],
    ['line. Image', 13],
    ['Second   line.\nImage', 27],
    ['absent', -1],
  ])('finds the squashed snippet %j at %i', (snippet, offset) => {
    expect(offsetOfSnippet(text, snippet)).toBe(offset);
  });
});
