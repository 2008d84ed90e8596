import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyzeArticle } from '@/lib/analysis/analyze';
import type { ArticleText } from '@/lib/analysis/types';
import { extractArticle } from '@/lib/extract/extract-article';
import { backgroundMessaging } from '@/lib/messaging/background-protocol';
import { createPageSession, type PageSession } from '@/lib/page/page-session';
import { detectHighlightApi } from '@/lib/page/highlight-painter';
import { highlightsEnabled } from '@/lib/storage/items';
import { answerMessages } from './answer-messages';
import { startPageFeatures } from './page-features';

// The popup injects this script on every open (and sites chosen for "run automatically" load it
// too), so it can run many times in one page. The session (analysis, anchors, painted state) lives
// on the isolated world's global and is made only once; each injection takes over answering
// messages and the page features, because WXT stops the older script's context.
const SESSION_KEY = Symbol.for('quotelens.page-session');
type Holder = { [SESSION_KEY]?: { session: PageSession; onChange: Set<() => void> } };

/** The analysis runs in the background (off the page's main thread); here only if that fails. */
async function analyzeOffPage(article: ArticleText) {
  const source = location.href;
  try {
    return await backgroundMessaging.sendMessage('analyze', { article, source });
  } catch {
    return analyzeArticle(article, { source });
  }
}

function showBadge(session: PageSession): void {
  const analysis = session.analysis();
  void backgroundMessaging.sendMessage('setBadge', { count: analysis ? analysis.quotes.length : null }).catch(() => {});
}

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  noScriptStartedPostMessage: true,
  main(ctx: ContentScriptContext) {
    const holder = globalThis as Holder;
    let held = holder[SESSION_KEY];
    const first = !held;
    const highlightApi = detectHighlightApi(window);
    if (!held) {
      const onChange = new Set<() => void>();
      const session = createPageSession({
        doc: document,
        extract: (doc) => extractArticle(doc),
        analyze: analyzeOffPage,
        highlightApi,
        // Not ctx.setTimeout: a newer injection invalidates this ctx, and the flash must still end.
        setTimeout: (handler, ms) => setTimeout(handler, ms),
        onChange: () => onChange.forEach((listener) => listener()),
        initialHighlights: highlightsEnabled.getValue(),
      });
      held = holder[SESSION_KEY] = { session, onChange };
    }
    const { session } = held;
    answerMessages(ctx, session);
    // Wrapper painting changes the DOM itself, which the watch would take for the page changing.
    const hover = startPageFeatures(ctx, session, highlightApi !== null);
    const listener = () => {
      hover.sync();
      showBadge(session);
    };
    held.onChange.add(listener);
    ctx.onInvalidated(() => held.onChange.delete(listener));
    ctx.onInvalidated(() => {
      // The extension was reloaded or removed: leave the page as it was.
      if (browser.runtime?.id == null) {
        session.destroy();
        delete holder[SESSION_KEY];
      }
    });
    if (!first) showBadge(session);
    const unwatch = highlightsEnabled.watch((enabled) => void session.setHighlights(enabled));
    ctx.onInvalidated(unwatch);
  },
});
