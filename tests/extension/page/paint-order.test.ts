import { afterEach, describe, expect, it, vi } from 'vitest';
import { AT_ONCE_RANGES, paintOrder } from '@/lib/page/painter';

/** `count` groups of `each` ranges, one paragraph each, the paragraphs stacked 100 px apart from `top`. */
function groups(count: number, each: number, top: number) {
  document.body.innerHTML = '';
  return Array.from({ length: count }, (_, i) => {
    const p = document.createElement('p');
    p.textContent = `paragraph ${i}`;
    document.body.append(p);
    vi.spyOn(p, 'getBoundingClientRect').mockReturnValue({ top: top + i * 100, bottom: top + i * 100 + 90 } as DOMRect);
    const node = p.firstChild as Text;
    return { name: 'quotelens-quote-0', start: i * 50, segments: Array.from({ length: each }, () => ({ node, start: 0, end: 4 })) };
  });
}

describe('paintOrder', () => {
  afterEach(() => vi.restoreAllMocks());

  it('paints a page of few ranges in document order, reading no element box (no forced layout)', () => {
    const few = groups(10, 2, -350);
    expect([...paintOrder(few)]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const g of few) expect(g.segments[0].node.parentElement!.getBoundingClientRect).not.toHaveBeenCalled();
  });

  it('paints a page of many ranges from the reader\'s view down, then up', () => {
    const each = Math.ceil((AT_ONCE_RANGES + 1) / 10);
    // Paragraphs 0-3 are above the viewport's top (their bottoms < 0): painting starts at 4.
    const many = groups(10, each, -395);
    expect([...paintOrder(many)]).toEqual([4, 5, 6, 7, 8, 9, 3, 2, 1, 0]);
  });
});
