import type { Segment } from './text-index';

/** One anchored span to paint: the highlight name that styles it and the text it covers. */
export interface PaintGroup {
  name: string;
  segments: Segment[];
}

/** Paints groups on the page and removes every trace again. */
export interface Painter {
  readonly method: 'highlight-api' | 'wrappers';
  /** Replaces whatever this painter showed before with `groups`; returns how many groups it painted. */
  paint(groups: PaintGroup[]): number;
  /** Removes everything this painter added. */
  clear(): void;
  /** Where a position in an original text node is now (wrappers split nodes; the API never does). */
  locate(node: Text, offset: number): { node: Text; offset: number };
}
