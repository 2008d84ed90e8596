import type { PaintGroup } from './painter';
import { firstIndex } from '@/lib/analysis/text/first-index';

/**
 * Which groups to paint on a page with very many of them. Chromium rebuilds the markers of every
 * registered range in the frame after any range is added or removed, and invalidates their text
 * for painting: with ~8,500 ranges that frame took 35-57 ms of thread time (issue 6). Past this many
 * ranges only the groups around the reader's view are painted, and the window follows scrolling.
 * No real news page comes near it (the corpus' largest paints a few hundred).
 */
export const MAX_PAINTED_RANGES = 1500;

type Placed = { i: number; start: number; node: Text };

/** Groups with text, in document order (by article offset). */
export function placeGroups(groups: readonly (PaintGroup & { start: number })[]): Placed[] {
  return groups
    .map((g, i) => ({ i, start: g.start, node: g.segments[0]?.node }))
    .filter((g): g is Placed => !!g.node)
    .sort((a, b) => a.start - b.start);
}

/** The first placed group whose element is at or below the top of the viewport: O(log n) boxes read. */
export function firstInView(placed: readonly Placed[]): number {
  const bottomOf = (node: Text) => node.parentElement?.getBoundingClientRect().bottom ?? 0;
  return firstIndex(placed.length, (i) => bottomOf(placed[i].node) >= 0);
}

/** Groups below the view get three turns for each one above: readers mostly scroll on. */
const BELOW_PER_ABOVE = 3;

/**
 * The groups to paint: all of them (null) when their ranges fit in `limit`, else those nearest the
 * reader's view, going down and up from it, until their ranges reach `limit`.
 */
export function windowAround(groups: readonly (PaintGroup & { start: number })[], limit: number, placed = placeGroups(groups)): Set<number> | null {
  let total = 0;
  for (const g of groups) total += g.segments.length;
  if (total <= limit) return null;
  const chosen = new Set<number>();
  let below = firstInView(placed);
  let above = below - 1;
  let ranges = 0;
  const take = (k: number) => {
    chosen.add(placed[k].i);
    ranges += groups[placed[k].i].segments.length;
  };
  while (ranges < limit && (below < placed.length || above >= 0)) {
    for (let n = 0; n < BELOW_PER_ABOVE && below < placed.length && ranges < limit; n++) take(below++);
    if (above >= 0 && ranges < limit) take(above--);
  }
  return chosen;
}

/** How often, at most, a scrolling reader's window is chosen again (ms). */
export const FOLLOW_EVERY_MS = 120;

/**
 * Calls `moved` at most every FOLLOW_EVERY_MS while anything in the document scrolls or the window
 * resizes; returns how to stop. Passive listeners on the document and window: the page's DOM is
 * untouched and its scrolling never waits for us.
 */
export function followView(doc: Document, moved: () => void, setTimer: (handler: () => void, ms: number) => unknown): () => void {
  const win = doc.defaultView;
  let pending = false;
  let stopped = false;
  const onEvent = () => {
    if (pending || stopped) return;
    pending = true;
    setTimer(() => {
      pending = false;
      if (!stopped) moved();
    }, FOLLOW_EVERY_MS);
  };
  const options = { capture: true, passive: true } as const;
  doc.addEventListener('scroll', onEvent, options);
  win?.addEventListener('resize', onEvent, options);
  return () => {
    stopped = true;
    doc.removeEventListener('scroll', onEvent, options);
    win?.removeEventListener('resize', onEvent, options);
  };
}
