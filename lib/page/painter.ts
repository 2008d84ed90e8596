import { firstInView, placeGroups } from './paint-window';
import type { Budget } from './scheduler';
import type { Segment } from './text-index';

/** One anchored span to paint: the highlight name that styles it and the text it covers. */
export interface PaintGroup {
  name: string;
  segments: Segment[];
}

/** How to paint a large set of groups without a long task. */
export interface SlicedPaint {
  budget: Budget;
  /** Indexes into the groups, in the order to paint them (the reader's view first). */
  order(groups: readonly PaintGroup[]): Iterable<number>;
  /**
   * Paint only the groups `choose` returns (null: all), chosen again whenever `onMove` calls back
   * (the reader scrolled); `onMove` returns how to stop listening. Each repaint of the window runs
   * on a fresh `budget()`. See paint-window.ts for why a page may need it.
   */
  window?: { choose(): ReadonlySet<number> | null; onMove(moved: () => void): () => void; budget(): Budget };
}

/** Paints groups on the page and removes every trace again. */
export interface Painter {
  readonly method: 'highlight-api' | 'wrappers';
  /** Replaces whatever this painter showed before with `groups`; returns how many groups it painted. */
  paint(groups: PaintGroup[]): number;
  /**
   * Like paint, spread over the budget's slices where the painter can (the Highlight API: ranges
   * are added to highlights already registered). Resolves to false when a clear or another paint
   * came first and the rest was dropped.
   */
  paintInSlices?(groups: PaintGroup[], slices: SlicedPaint): Promise<boolean>;
  /** Removes everything this painter added. */
  clear(): void;
  /** Where a position in an original text node is now (wrappers split nodes; the API never does). */
  locate(node: Text, offset: number): { node: Text; offset: number };
}

/**
 * Paint order for a sliced paint: the first group at or below the top of the viewport onwards,
 * then the ones above it going up, so what the reader sees is painted in the first slice. `start`
 * (the article offset) gives document order; finding the group reads O(log n) element boxes.
 */
export function* readerFirst(groups: readonly (PaintGroup & { start: number })[]): Iterable<number> {
  const byPlace = placeGroups(groups);
  const lo = firstInView(byPlace);
  for (let k = lo; k < byPlace.length; k++) yield byPlace[k].i;
  for (let k = lo - 1; k >= 0; k--) yield byPlace[k].i;
  // Groups with no text (none in practice) last, so the count painted stays whole.
  for (let i = 0; i < groups.length; i++) if (!groups[i].segments[0]) yield i;
}

/**
 * Up to this many ranges a page is painted in one slice (a few ms), so the order does not matter and
 * no element box is read: reading one forces a layout, which on a large page took the rest of the slice
 * and pushed the highlights a frame or more later.
 */
export const AT_ONCE_RANGES = 400;

/** The paint order: document order when the page is painted at once, else the reader's view first. */
export function paintOrder(groups: readonly (PaintGroup & { start: number })[]): Iterable<number> {
  let ranges = 0;
  for (const group of groups) ranges += group.segments.length;
  return ranges <= AT_ONCE_RANGES ? groups.keys() : readerFirst(groups);
}
