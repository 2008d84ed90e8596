import { cardContent } from './card-content';
import type { HoverCard } from './hover-card';
import type { PageSession } from './page-session';
import type { AnchoredSpan } from './span-lookup';
import type { Segment } from './text-index';

type CaretDoc = Document & {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

/** The text position under a point, if the point is really over that character (not just nearest). */
export function textAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  let node: Node | null = null;
  let offset = 0;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    if (pos) ({ offsetNode: node, offset } = pos);
  } else if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    if (range) [node, offset] = [range.startContainer, range.startOffset];
  }
  if (!node || node.nodeType !== 3) return null;
  const length = (node as Text).data.length;
  // The caret sits between characters: the one under the pointer is on either side of it.
  for (const at of [offset, offset - 1]) {
    if (at < 0 || at >= length) continue;
    const range = doc.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    for (const r of Array.from(range.getClientRects())) {
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return { node, offset: at };
    }
  }
  return null;
}

const rectOf = (doc: Document, seg: Segment) => {
  const range = doc.createRange();
  range.setStart(seg.node, seg.start);
  range.setEnd(seg.node, Math.min(seg.end, seg.node.data.length));
  return range.getClientRects()[0] ?? range.getBoundingClientRect();
};

export interface HoverController {
  /** Shows the card for the next (+1) or previous (-1) quote, scrolling it into view. */
  step(direction: 1 | -1): boolean;
  hide(): void;
  /** Call when the session repainted: a card for a span no longer painted must go. */
  sync(): void;
  stop(): void;
}

const THROTTLE_MS = 60;

/**
 * Hover card for highlighted quotes and officials' names. The Highlight API's ranges are not
 * elements, so the pointer is hit-tested against the anchored text (throttled); from the keyboard,
 * Alt+Shift+J / Alt+Shift+K walk through the quotes and Escape closes the card.
 */
export function startHoverCard(doc: Document, session: PageSession, card: HoverCard): HoverController {
  const win = doc.defaultView!;
  const abort = new AbortController();
  const { signal } = abort;
  let current: AnchoredSpan | null = null;
  let cursor = -1;
  let viaKeyboard = false;
  let timer = false;
  let pending: { x: number; y: number } | null = null;

  const hide = () => {
    current = null;
    card.hide();
  };

  const show = (span: AnchoredSpan, fromKeyboard: boolean) => {
    const analysis = session.analysis();
    const content = analysis && cardContent(analysis, span);
    const first = span.segments[0];
    if (!content || !first?.node.isConnected) return hide();
    current = span;
    viaKeyboard = fromKeyboard;
    card.show(content, rectOf(doc, first), fromKeyboard);
  };

  const hitTest = (x: number, y: number) => {
    if (!session.painted().length) return current && hide();
    const at = textAt(doc, x, y);
    const span = at ? session.lookup().at(at.node, at.offset)[0] : undefined;
    if (!span) return current && hide();
    if (span !== current) show(span, false);
  };

  win.addEventListener('mousemove', (event) => {
    pending = { x: event.clientX, y: event.clientY };
    if (timer) return;
    timer = true;
    // At most one hit test per interval, at the last position seen, so the card follows the pointer.
    win.setTimeout(() => {
      timer = false;
      if (pending && !signal.aborted) hitTest(pending.x, pending.y);
      pending = null;
    }, THROTTLE_MS);
  }, { signal, passive: true });

  const step = (direction: 1 | -1): boolean => {
    const quotes = session.painted().filter((s) => s.kind === 'quote');
    if (!quotes.length) return false;
    cursor = (cursor + direction + quotes.length) % quotes.length;
    const span = quotes[cursor];
    const element = span.segments[0]?.node.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    show(span, true);
    return true;
  };

  win.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && card.visible) return hide();
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    const direction = event.code === 'KeyJ' ? 1 : event.code === 'KeyK' ? -1 : 0;
    if (direction && step(direction)) event.preventDefault();
  }, { signal });

  // The card is fixed to the viewport: follow the text when the page scrolls.
  win.addEventListener('scroll', () => {
    if (current) show(current, viaKeyboard);
  }, { signal, passive: true, capture: true });

  return {
    step,
    hide,
    sync() {
      if (current && !session.painted().includes(current)) hide();
    },
    stop() {
      abort.abort();
      hide();
    },
  };
}
