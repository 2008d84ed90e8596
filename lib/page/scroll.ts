import type { Painter } from './painter';
import type { Segment } from './text-index';

/**
 * Scrolls so the span starting at `segments[0]` is in view, centred when its element fits the
 * viewport. Works through nested scroll containers because it scrolls the element, not the window.
 */
export function scrollToSegments(win: Window, segments: Segment[], painter: Painter | null): boolean {
  const first = segments[0];
  if (!first) return false;
  const live = painter ? painter.locate(first.node, first.start) : { node: first.node, offset: first.start };
  const element = live.node.parentElement;
  if (!element || !live.node.isConnected) return false;
  const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  // A hidden tab paints no frames, so a smooth scroll there would never move: jump instead.
  const hidden = win.document.visibilityState === 'hidden';
  const behavior: ScrollBehavior = reduce || hidden ? 'instant' : 'smooth';
  const rect = element.getBoundingClientRect();
  if (rect.height <= win.innerHeight * 0.8) {
    element.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
    return true;
  }
  // A long paragraph: bring the span's own line to a third of the viewport instead of its block.
  const range = win.document.createRange();
  range.setStart(live.node, Math.min(live.offset, live.node.data.length));
  range.collapse(true);
  const top = range.getBoundingClientRect().top;
  win.scrollBy({ top: top - win.innerHeight / 3, behavior });
  return true;
}
