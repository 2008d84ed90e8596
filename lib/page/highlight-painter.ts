import { BOILERPLATE_NAME, DUPLICATE_NAME, FLASH_NAME, OFFICIAL_NAME } from './highlight-names';
import type { PaintGroup, Painter, SlicedPaint } from './painter';

/** A registered highlight: set-like, so ranges can be added after it is registered. */
export interface HighlightLike {
  priority: number;
  add(range: AbstractRange): unknown;
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
  const clear = () => {
    generation++;
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
      // The caller finishes its own work in this task; ranges come in the next ones.
      await slices.budget.pause();
      if (generation !== mine) return false;
      for (const i of slices.order(groups)) {
        const group = groups[i];
        for (const seg of group.segments) byName.get(group.name)!.add(rangeOf(seg));
        if (slices.budget.spent()) {
          await slices.budget.check();
          if (generation !== mine) return false;
        }
      }
      return generation === mine;
    },
  };
}
