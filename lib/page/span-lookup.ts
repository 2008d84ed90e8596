import type { PlannedKind, PlannedSpan } from './highlight-plan';
import type { Segment } from './text-index';

/** A planned span found again in the page: the live text it covers. */
export interface AnchoredSpan extends PlannedSpan {
  segments: Segment[];
}

/**
 * Finds which anchored spans cover a DOM position (what the caret API returns under the mouse).
 * Highlight API ranges are not elements, so hover is hit-tested against the anchored text instead.
 */
export interface SpanLookup {
  at(node: Node, offset: number): AnchoredSpan[];
}

const RANK: Record<PlannedKind, number> = { official: 0, quote: 1, duplicate: 2, boilerplate: 3 };

export function createSpanLookup(spans: readonly AnchoredSpan[]): SpanLookup {
  const byNode = new Map<Node, { start: number; end: number; span: AnchoredSpan }[]>();
  for (const span of spans) {
    for (const seg of span.segments) {
      const list = byNode.get(seg.node) ?? [];
      list.push({ start: seg.start, end: seg.end, span });
      byNode.set(seg.node, list);
    }
  }
  return {
    at(node, offset) {
      const hits = (byNode.get(node) ?? []).filter((c) => offset >= c.start && offset < c.end).map((c) => c.span);
      // Officials first: a name inside a quote is the more specific thing under the pointer; the
      // washes for duplicates and boilerplate last, under the quotes they may contain.
      return hits.sort((a, b) => RANK[a.kind] - RANK[b.kind]);
    },
  };
}

/** createSpanLookup, built on the first question rather than at once. */
export function lazySpanLookup(spans: readonly AnchoredSpan[]): SpanLookup {
  let built: SpanLookup | null = null;
  return { at: (node, offset) => (built ??= createSpanLookup(spans)).at(node, offset) };
}
