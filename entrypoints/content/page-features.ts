import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { commonContainer, createDomWatch } from '@/lib/page/dom-watch';
import { createHoverCard } from '@/lib/page/hover-card';
import { startHoverCard, type HoverController } from '@/lib/page/hover-controller';
import type { PageSession } from '@/lib/page/page-session';

const BASE_DEBOUNCE_MS = 800;
const MAX_DEBOUNCE_MS = 30_000;

/**
 * The parts of the page side bound to this script's context: the hover card, and re-analysis when
 * the page changes (SPA navigation, content loading late). All stop when the context is invalidated.
 */
export function startPageFeatures(ctx: ContentScriptContext, session: PageSession, watchDom: boolean): HoverController {
  const hover = startHoverCard(document, session, createHoverCard(document));
  ctx.onInvalidated(() => hover.stop());
  if (!watchDom || !document.body) return hover;

  let container: Element | null = null;
  let debounce = BASE_DEBOUNCE_MS;
  const noteContainer = () => {
    container = commonContainer(session.painted().map((s) => s.segments[0].node));
  };
  const refresh = async (clearFirst: boolean) => {
    if (!ctx.isValid) return;
    const changed = await session.refresh({ clearFirst });
    noteContainer();
    // A page that keeps changing without changing the article costs less and less.
    debounce = changed ? BASE_DEBOUNCE_MS : Math.min(MAX_DEBOUNCE_MS, debounce * 2);
    watch.setDebounce(debounce);
  };
  const watch = createDomWatch(window, () => void refresh(false), {
    debounceMs: debounce,
    // Once the article is known, only changes inside it or around it (text added beside it, the
    // article replaced) matter, not tickers and widgets elsewhere on the page.
    relevant: (record) =>
      !container || !container.isConnected || container.contains(record.target) || record.target.contains(container),
  });
  watch.observe(document.body);
  ctx.onInvalidated(() => watch.stop());
  void session.report().then(noteContainer);

  // Another view in a single-page app: old highlights go at once, then the new article is read.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    hover.hide();
    void refresh(true);
  });
  return hover;
}
