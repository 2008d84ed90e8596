import { describe, expect, it } from 'vitest';
import { withAnalysisMemo } from '@/lib/analysis/text/analysis-memo';
import { segmentStarts } from '@/lib/analysis/text/segments';

describe('segmentStarts', () => {
  it.each([
    ['The ferry left at dawn. It returned at noon.', 'en', [0, 24]],
    ['Le bac est parti. Il est revenu.', 'fr', [0, 18]],
    ['One line only', 'en', [0]],
    ['', 'en', []],
  ])('%j (%s)', (text, locale, starts) => {
    expect(segmentStarts(text, locale)).toEqual(starts);
  });

  it('keeps answers only inside withAnalysisMemo, and forgets them after', () => {
    const text = 'The council met. The vote was close.';
    const outside = segmentStarts(text, 'en');
    expect(segmentStarts(text, 'en')).not.toBe(outside);
    const [first, second, otherLocale] = withAnalysisMemo(() => [segmentStarts(text, 'en'), segmentStarts(text, 'en'), segmentStarts(text, 'de')]);
    expect(second).toBe(first);
    expect(otherLocale).not.toBe(first);
    expect(first).toEqual(outside);
    expect(segmentStarts(text, 'en')).not.toBe(first);
  });

  it('forgets the answers when the work throws', () => {
    const text = 'A short one. Another.';
    let kept: number[] | null = null;
    expect(() =>
      withAnalysisMemo(() => {
        kept = segmentStarts(text, 'en');
        throw new Error('stage failed');
      }),
    ).toThrow('stage failed');
    expect(segmentStarts(text, 'en')).not.toBe(kept);
  });
});
