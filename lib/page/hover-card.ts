import { CARD_STRINGS, type CardContent } from './card-content';

export const CARD_TAG = 'quotelens-card';

const CARD_CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; pointer-events: none; }
.card { font: 13px/1.4 system-ui, sans-serif; max-width: 320px; padding: 8px 10px; border-radius: 6px;
  background: #fff; color: #1a1a1a; border: 1px solid #888; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.heading { font-weight: 600; margin: 0 0 4px; }
dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; }
dt { color: #555; } dd { margin: 0; }
.hint { margin-top: 6px; color: #555; font-size: 11px; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f1f1f; color: #eee; border-color: #777; } dt, .hint { color: #bbb; }
}`;

export interface HoverCard {
  /** Shows `content` next to `rect` (viewport coordinates); the host joins the page only now. */
  show(content: CardContent, rect: { left: number; top: number; bottom: number }, withHint?: boolean): void;
  hide(): void;
  readonly visible: boolean;
}

/**
 * The card lives in a closed shadow root on an element appended to <html> only while shown, so the
 * page's styles and scripts cannot reach into it and hiding leaves the page's DOM as it was. All page
 * text goes in through textContent.
 */
export function createHoverCard(doc: Document): HoverCard {
  let host: HTMLElement | null = null;
  let body: HTMLElement | null = null;

  const build = () => {
    host = doc.createElement(CARD_TAG);
    const root = host.attachShadow({ mode: 'closed' });
    const View = doc.defaultView as (Window & typeof globalThis) | null;
    const Sheet = View?.CSSStyleSheet ?? globalThis.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in root) {
      const sheet = new Sheet();
      sheet.replaceSync(CARD_CSS);
      root.adoptedStyleSheets = [sheet];
    }
    body = doc.createElement('div');
    body.className = 'card';
    body.setAttribute('role', 'status');
    body.setAttribute('aria-live', 'polite');
    root.appendChild(body);
  };

  const render = (content: CardContent, withHint: boolean) => {
    const card = body!;
    card.replaceChildren();
    const heading = doc.createElement('p');
    heading.className = 'heading';
    heading.textContent = content.heading;
    const list = doc.createElement('dl');
    for (const line of content.lines) {
      const dt = doc.createElement('dt');
      dt.textContent = line.label;
      const dd = doc.createElement('dd');
      dd.textContent = line.value;
      list.append(dt, dd);
    }
    card.append(heading, list);
    if (withHint) {
      const hint = doc.createElement('p');
      hint.className = 'hint';
      hint.textContent = CARD_STRINGS.hint;
      card.append(hint);
    }
  };

  return {
    get visible() {
      return !!host?.isConnected;
    },
    show(content, rect, withHint = false) {
      if (!host) build();
      render(content, withHint);
      const view = doc.defaultView;
      const width = view?.innerWidth ?? 1024;
      const height = view?.innerHeight ?? 768;
      const left = Math.max(4, Math.min(rect.left, width - 330));
      // Below the text when there is room, above it otherwise.
      const below = rect.bottom + 6;
      host!.style.left = `${Math.round(left)}px`;
      host!.style.top = below < height - 120 ? `${Math.round(below)}px` : '';
      host!.style.bottom = below < height - 120 ? '' : `${Math.round(height - rect.top + 6)}px`;
      if (!host!.isConnected) doc.documentElement.appendChild(host!);
    },
    hide() {
      host?.remove();
    },
  };
}
