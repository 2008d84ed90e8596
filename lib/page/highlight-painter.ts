import { FLASH_NAME, OFFICIAL_NAME } from './highlight-names';
import type { PaintGroup, Painter } from './painter';

/** The parts of the CSS Custom Highlight API we use; injectable because happy-dom has none. */
export interface HighlightApi {
  registry: { set(name: string, highlight: unknown): unknown; delete(name: string): boolean };
  create(ranges: AbstractRange[]): { priority: number };
}

/** The browser's Highlight API, or null where it is missing (then the wrapper painter is used). */
export function detectHighlightApi(win: Window & typeof globalThis): HighlightApi | null {
  const css = win.CSS as (typeof CSS & { highlights?: HighlightApi['registry'] }) | undefined;
  const Ctor = (win as unknown as { Highlight?: new (...ranges: AbstractRange[]) => { priority: number } }).Highlight;
  if (!css || !('highlights' in css) || !css.highlights || typeof Ctor !== 'function') return null;
  return { registry: css.highlights, create: (ranges) => new Ctor(...ranges) };
}

// Officials drawn over quotes, the flash over everything.
const PRIORITY: Record<string, number> = { [OFFICIAL_NAME]: 1, [FLASH_NAME]: 2 };

/** Paints with registered highlights: the page's DOM is never touched. */
export function createHighlightPainter(doc: Document, api: HighlightApi): Painter {
  let registered: string[] = [];
  const clear = () => {
    for (const name of registered) api.registry.delete(name);
    registered = [];
  };
  return {
    method: 'highlight-api',
    clear,
    locate: (node, offset) => ({ node, offset }),
    paint(groups: PaintGroup[]) {
      clear();
      const byName = new Map<string, AbstractRange[]>();
      for (const group of groups) {
        const ranges = byName.get(group.name) ?? [];
        for (const seg of group.segments) {
          const range = doc.createRange();
          range.setStart(seg.node, seg.start);
          range.setEnd(seg.node, seg.end);
          ranges.push(range);
        }
        byName.set(group.name, ranges);
      }
      for (const [name, ranges] of byName) {
        const highlight = api.create(ranges);
        highlight.priority = PRIORITY[name] ?? 0;
        api.registry.set(name, highlight);
        registered.push(name);
      }
      return groups.length;
    },
  };
}
