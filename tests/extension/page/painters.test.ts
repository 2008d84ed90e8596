import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlightPainter } from '@/lib/page/highlight-painter';
import { buildTextIndex, segmentsOf } from '@/lib/page/text-index';
import { createWrapperPainter } from '@/lib/page/wrapper-painter';
import type { PaintGroup } from '@/lib/page/painter';
import { createBudget } from '@/lib/page/scheduler';
import { fakeHighlightApi, rangeText } from './helpers';

function setUp(): PaintGroup[] {
  document.body.innerHTML = '';
  const p = document.createElement('p');
  p.append('The minister said the plan was ', Object.assign(document.createElement('em'), { textContent: 'not final' }), ' yet.');
  document.body.append(p, Object.assign(document.createElement('p'), { textContent: 'Minister Ada Reyes declined to comment.' }));
  const index = buildTextIndex(document.body);
  const span = (words: string) => {
    const at = index.text.indexOf(words);
    return segmentsOf(index, at, at + words.length);
  };
  return [
    { name: 'quotelens-quote-0', segments: span('the plan was not final') },
    { name: 'quotelens-official', segments: span('Minister Ada Reyes') },
    // Overlaps the quote: both names must end up on the shared text.
    { name: 'quotelens-quote-1', segments: span('plan was') },
  ];
}

describe('createWrapperPainter', () => {
  let groups: PaintGroup[];
  beforeEach(() => (groups = setUp()));

  it('wraps each covered piece in one prefixed <mark> carrying every name that covers it', () => {
    const painter = createWrapperPainter(document);
    expect(painter.paint(groups)).toBe(3);
    const marks = [...document.querySelectorAll('mark.quotelens-mark')].map((m) => [m.textContent, m.className]);
    expect(marks).toEqual([
      ['the ', 'quotelens-mark quotelens-quote-0'],
      ['plan was', 'quotelens-mark quotelens-quote-0 quotelens-quote-1'],
      [' ', 'quotelens-mark quotelens-quote-0'],
      ['not final', 'quotelens-mark quotelens-quote-0'],
      ['Minister Ada Reyes', 'quotelens-mark quotelens-official'],
    ]);
  });

  it('restores the exact original HTML and the very same text nodes when cleared', () => {
    const before = document.documentElement.outerHTML;
    const originals = groups.flatMap((g) => g.segments.map((s) => s.node));
    const painter = createWrapperPainter(document);
    painter.paint(groups);
    painter.paint(groups); // repainting must not stack wrappers
    expect(document.querySelectorAll('mark').length).toBe(5);
    painter.clear();
    expect(document.documentElement.outerHTML).toBe(before);
    for (const node of originals) expect(node.isConnected).toBe(true);
    expect(document.body.querySelectorAll('p')[0].childNodes.length).toBe(3);
  });

  it('locates a position of an original node inside the wrapped copy', () => {
    const painter = createWrapperPainter(document);
    painter.paint(groups);
    const seg = groups[1].segments[0];
    const live = painter.locate(seg.node, seg.start + 9);
    expect(live.node.isConnected).toBe(true);
    expect(live.node.data.slice(live.offset)).toBe('Ada Reyes');
  });
});

describe('createHighlightPainter', () => {
  let groups: PaintGroup[];
  beforeEach(() => (groups = setUp()));

  it('registers one highlight per name, officials above quotes, and never touches the DOM', () => {
    const before = document.documentElement.outerHTML;
    const { api, registry } = fakeHighlightApi();
    createHighlightPainter(document, api).paint(groups);
    expect([...registry.keys()].sort()).toEqual(['quotelens-official', 'quotelens-quote-0', 'quotelens-quote-1']);
    expect(rangeText(registry.get('quotelens-quote-0')!.ranges)).toBe('the plan was |not final');
    expect(registry.get('quotelens-official')!.priority).toBeGreaterThan(registry.get('quotelens-quote-0')!.priority);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('clears only the names it registered', () => {
    const { api, registry } = fakeHighlightApi();
    registry.set('page-own-highlight', { ranges: [], priority: 0 });
    const painter = createHighlightPainter(document, api);
    painter.paint(groups);
    painter.clear();
    expect([...registry.keys()]).toEqual(['page-own-highlight']);
  });
});

describe('createHighlightPainter: painting in slices', () => {
  const slicedBudget = (pauses: { count: number }) => createBudget(0, () => 0, async () => void pauses.count++);

  it('registers every highlight at once, then adds the ranges across yields, in the order given', async () => {
    const groups = setUp();
    const { api, registry } = fakeHighlightApi();
    const pauses = { count: 0 };
    const painter = createHighlightPainter(document, api);
    const done = painter.paintInSlices!(groups, { budget: slicedBudget(pauses), order: () => [2, 0, 1] });
    expect([...registry.keys()].sort()).toEqual(['quotelens-official', 'quotelens-quote-0', 'quotelens-quote-1']);
    expect(await done).toBe(true);
    expect(pauses.count).toBeGreaterThan(1);
    expect(rangeText(registry.get('quotelens-quote-0')!.ranges)).toBe('the plan was |not final');
    expect(registry.get('quotelens-official')!.priority).toBe(2);
    expect(registry.get('quotelens-quote-0')!.priority).toBe(1);
  });

  it('drops the ranges still to come when cleared mid-way, and leaves the page as it was', async () => {
    const groups = setUp();
    const before = document.documentElement.outerHTML;
    const { api, registry } = fakeHighlightApi();
    const painter = createHighlightPainter(document, api);
    const done = painter.paintInSlices!(groups, { budget: slicedBudget({ count: 0 }), order: () => [0, 1, 2] });
    painter.clear();
    expect(await done).toBe(false);
    expect(registry.size).toBe(0);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('createHighlightPainter: painting a window that follows the reader', () => {
  const budget = () => createBudget(0, () => 0, async () => {});
  const texts = (registry: ReturnType<typeof fakeHighlightApi>['registry']) =>
    [...registry.values()].flatMap((h) => rangeText(h.ranges).split('|')).filter(Boolean).sort();

  it('paints only the chosen groups, swaps them when the view moves, and stops following on clear', async () => {
    const groups = setUp();
    const { api, registry } = fakeHighlightApi();
    const painter = createHighlightPainter(document, api);
    let chosen = new Set([0]);
    let moved: (() => void) | null = null;
    let listening = 0;
    const window = {
      choose: () => chosen,
      onMove: (callback: () => void) => {
        moved = callback;
        listening++;
        return () => void listening--;
      },
      budget,
    };
    expect(await painter.paintInSlices!(groups, { budget: budget(), order: () => [0, 1, 2], window })).toBe(true);
    expect(texts(registry)).toEqual(['not final', 'the plan was ']);
    expect(listening).toBe(1);
    chosen = new Set([1, 2]);
    moved!();
    await vi.waitFor(() => expect(texts(registry)).toEqual(['Minister Ada Reyes', 'plan was']));
    painter.clear();
    expect(listening).toBe(0);
    expect(registry.size).toBe(0);
  });

  it('paints everything and does not follow when the window takes all groups', async () => {
    const groups = setUp();
    const { api, registry } = fakeHighlightApi();
    const painter = createHighlightPainter(document, api);
    const onMove = vi.fn(() => () => {});
    expect(await painter.paintInSlices!(groups, { budget: budget(), order: () => [0, 1, 2], window: { choose: () => null, onMove, budget } })).toBe(true);
    expect(texts(registry)).toEqual(['Minister Ada Reyes', 'not final', 'plan was', 'the plan was ']);
    expect(onMove).not.toHaveBeenCalled();
  });
});
