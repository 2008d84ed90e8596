import { BOILERPLATE_NAME, DUPLICATE_NAME, FLASH_NAME, OFFICIAL_NAME } from './highlight-names';
import type { PaintGroup, Painter, SlicedPaint } from './painter';
import type { Budget } from './scheduler';

/** A registered highlight: set-like, so ranges can be added after it is registered. */
export interface HighlightLike {
  priority: number;
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
}

/** The parts of the CSS Custom Highlight API we use; injectable because happy-dom has none. */
export interface HighlightApi {
  registry: { set(name: string, highlight: unknown): unknown; delete(name: string): boolean };
  create(ranges: AbstractRange[]): HighlightLike;
}

/** The browser's Highlight API, or null where it is missing (then the wrapper painter is used). */
export function detectHighlightApi(win: Window & typeof globalThis): HighlightApi | null {
  const css = win.CSS as (typeof CSS & { highlights?: HighlightApi['registry'] }) | undefined;
  const Ctor = (win as unknown as { Highlight?: new (...ranges: AbstractRange[]) => HighlightLike }).Highlight;
  if (!css || !('highlights' in css) || !css.highlights || typeof Ctor !== 'function') return null;
  return { registry: css.highlights, create: (ranges) => new Ctor(...ranges) };
}

// Duplicate and boilerplate washes under quotes (which get 1 by default), officials over quotes, the flash over everything.
const PRIORITY: Record<string, number> = { [BOILERPLATE_NAME]: 0, [DUPLICATE_NAME]: 0, [OFFICIAL_NAME]: 2, [FLASH_NAME]: 3 };

/** Paints with registered highlights: the page's DOM is never touched. */
export function createHighlightPainter(doc: Document, api: HighlightApi): Painter {
  let registered: string[] = [];
  // Bumped by every clear and paint: ranges still queued for an older paint are dropped.
  let generation = 0;
  // Stops following the reader's view (windowed paints only).
  let unfollow: (() => void) | null = null;
  const clear = () => {
    generation++;
    unfollow?.();
    unfollow = null;
    for (const name of registered) api.registry.delete(name);
    registered = [];
  };
  const rangeOf = (seg: PaintGroup['segments'][number]) => {
    const range = doc.createRange();
    range.setStart(seg.node, seg.start);
    range.setEnd(seg.node, seg.end);
    return range;
  };
  /** One (empty unless `fill`) highlight per name, registered at once so the styles apply as ranges come. */
  const register = (groups: PaintGroup[], fill: boolean) => {
    clear();
    const byName = new Map<string, HighlightLike>();
    for (const group of groups) {
      if (byName.has(group.name)) continue;
      const highlight = api.create([]);
      highlight.priority = PRIORITY[group.name] ?? 1;
      byName.set(group.name, highlight);
    }
    if (fill) for (const group of groups) for (const seg of group.segments) byName.get(group.name)!.add(rangeOf(seg));
    for (const [name, highlight] of byName) {
      api.registry.set(name, highlight);
      registered.push(name);
    }
    return byName;
  };
  return {
    method: 'highlight-api',
    clear,
    locate: (node, offset) => ({ node, offset }),
    paint(groups: PaintGroup[]) {
      register(groups, true);
      return groups.length;
    },
    async paintInSlices(groups: PaintGroup[], slices: SlicedPaint) {
      const byName = register([...groups], false);
      const mine = generation;
      const live = () => generation === mine;
      // The ranges of each group on the page, kept so a group leaving the window can be taken off.
      const shown = new Map<number, AbstractRange[]>();
      /** Makes the painted groups those of `wanted` (null: all), reader's view first, in the budget's slices. */
      const fill = async (wanted: ReadonlySet<number> | null, budget: Budget): Promise<boolean> => {
        for (const [i, ranges] of shown) {
          if (wanted?.has(i) ?? true) continue;
          const highlight = byName.get(groups[i].name)!;
          for (const range of ranges) highlight.delete(range);
          shown.delete(i);
        }
        for (const i of slices.order(groups)) {
          if (shown.has(i) || (wanted && !wanted.has(i))) continue;
          const group = groups[i];
          const ranges = group.segments.map(rangeOf);
          for (const range of ranges) byName.get(group.name)!.add(range);
          shown.set(i, ranges);
          if (budget.spent()) {
            await budget.check();
            if (!live()) return false;
          }
        }
        return live();
      };
      // Painting goes on in the caller's task while its slice lasts (a small page is painted at once).
      await slices.budget.check();
      if (!live()) return false;
      const view = slices.window;
      const first = view ? view.choose() : null;
      const done = await fill(first, slices.budget);
      if (done && view && first) {
        // Follow the reader: one repaint of the window at a time, the latest view winning.
        let running = false;
        let again = false;
        const refill = async () => {
          if (running) return void (again = true);
          running = true;
          do {
            again = false;
            await fill(view.choose(), view.budget());
          } while (again && live());
          running = false;
        };
        unfollow = view.onMove(() => void refill());
        // The reader may have scrolled while the first window was painted.
        void refill();
      }
      return done;
    },
  };
}
