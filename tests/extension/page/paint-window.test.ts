import { afterEach, describe, expect, it, vi } from 'vitest';
import { followView, FOLLOW_EVERY_MS, windowAround } from '@/lib/page/paint-window';

/**
 * Paragraphs 100 px tall, stacked; the reader's view starts at `scrollTop`. happy-dom lays nothing
 * out, so each paragraph reports the box it would have.
 */
function page(count: number, scrollTop: number) {
  document.body.innerHTML = '';
  const groups = [];
  for (let i = 0; i < count; i++) {
    const p = document.createElement('p');
    p.textContent = `Paragraph ${i}: the clerk said so.`;
    p.getBoundingClientRect = () => ({ top: i * 100 - scrollTop, bottom: (i + 1) * 100 - scrollTop }) as DOMRect;
    document.body.append(p);
    const node = p.firstChild as Text;
    // Two ranges per group, as a quote running over a line break would give.
    groups.push({ name: 'quotelens-quote-0', start: i * 40, segments: [{ node, start: 0, end: 4 }, { node, start: 5, end: 9 }] });
  }
  return groups;
}

describe('windowAround', () => {
  it.each([
    // count, scrollTop, limit: every group fits, so all are painted (null)
    [10, 0, 20],
    [10, 500, 100],
  ])('paints all %i groups when their ranges fit (view at %i px, limit %i)', (count, scrollTop, limit) => {
    expect(windowAround(page(count, scrollTop), limit)).toBeNull();
  });

  it.each([
    // scrollTop, limit (ranges), groups expected: from the first in view, three below for each above
    [0, 8, [0, 1, 2, 3]],
    [1050, 8, [10, 11, 12, 9]],
    [1050, 16, [10, 11, 12, 9, 13, 14, 15, 8]],
    [9850, 6, [98, 99, 97]],
  ])('with the view at %i px and %i ranges, paints groups %j', (scrollTop, limit, expected) => {
    const chosen = windowAround(page(100, scrollTop), limit)!;
    expect([...chosen]).toEqual(expected);
  });
});

describe('followView', () => {
  afterEach(() => vi.useRealTimers());

  it('calls back once per interval while scrolling, and never after it is stopped', () => {
    vi.useFakeTimers();
    const moved = vi.fn();
    const stop = followView(document, moved, (handler, ms) => setTimeout(handler, ms));
    for (let i = 0; i < 5; i++) document.dispatchEvent(new Event('scroll'));
    expect(moved).not.toHaveBeenCalled();
    vi.advanceTimersByTime(FOLLOW_EVERY_MS);
    expect(moved).toHaveBeenCalledTimes(1);
    // A scroll inside the page (a scrolling element) reaches the document's capturing listener too.
    document.body.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('resize'));
    vi.advanceTimersByTime(FOLLOW_EVERY_MS);
    expect(moved).toHaveBeenCalledTimes(2);
    document.dispatchEvent(new Event('scroll'));
    stop();
    vi.advanceTimersByTime(FOLLOW_EVERY_MS * 2);
    document.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(FOLLOW_EVERY_MS * 2);
    expect(moved).toHaveBeenCalledTimes(2);
  });
});
