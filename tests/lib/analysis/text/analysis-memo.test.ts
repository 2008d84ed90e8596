import { describe, expect, it } from 'vitest';
import { memoized, withAnalysisMemo } from '@/lib/analysis/text/analysis-memo';
import { creditTailStart, isCreditLine } from '@/lib/analysis/boilerplate/credit';

describe('memoized', () => {
  it('computes every time outside an analysis', () => {
    let calls = 0;
    memoized('k', 'x', () => ++calls);
    memoized('k', 'x', () => ++calls);
    expect(calls).toBe(2);
  });

  it('computes once per kind and key inside one analysis, nested scopes included, and forgets afterwards', () => {
    let calls = 0;
    const values = withAnalysisMemo(() => [
      memoized('k', 'x', () => ++calls),
      memoized('k', 'x', () => ++calls),
      memoized('other kind', 'x', () => ++calls),
      withAnalysisMemo(() => memoized('k', 'x', () => ++calls)),
    ]);
    expect(values).toEqual([1, 1, 2, 1]);
    expect(memoized('k', 'x', () => ++calls)).toBe(3);
  });

  it('keeps a falsy or null answer too', () => {
    let calls = 0;
    withAnalysisMemo(() => {
      memoized('k', 'y', () => (calls++, null));
      memoized('k', 'y', () => (calls++, null));
    });
    expect(calls).toBe(1);
  });
});

describe('credit checks shared within an analysis', () => {
  it.each([
    ['Firefighters at the scene on Monday. Photo: Jane Roe/Reuters', true],
    ['The square after the storm.CreditJane Roe/The Daily', true],
    ['The square after the storm.CreditJane Roe/The Daily', false],
    ['Photo: Jane Roe/Reuters', false],
    ['The harbour reopened on Monday after a week of repairs.', true],
  ])('%s (glued %s) gives the same answers inside and outside', (line, glued) => {
    const outside = [isCreditLine(line), creditTailStart(line, glued), creditTailStart(line, !glued)];
    const inside = withAnalysisMemo(() => [
      isCreditLine(line), creditTailStart(line, glued), creditTailStart(line, !glued), isCreditLine(` ${line} `),
    ]);
    expect(inside).toEqual([...outside, outside[0]]);
  });
});

describe('memo keys', () => {
  it('tells apart keys of the same length that differ only between the sampled characters', () => {
    const base = 'x'.repeat(100);
    const keys = Array.from({ length: 40 }, (_, i) => `${base.slice(0, i + 30)}y${base.slice(i + 31)}`);
    const answers = withAnalysisMemo(() => keys.map((k, i) => [memoized('k', k, () => i), memoized('k', k, () => -1)]));
    expect(answers).toEqual(keys.map((_, i) => [i, i]));
  });
});
