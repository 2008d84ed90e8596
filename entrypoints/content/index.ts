import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { extractArticle } from '@/lib/extract/extract-article';
import { createPageSession, type PageSession } from '@/lib/page/page-session';
import { detectHighlightApi } from '@/lib/page/highlight-painter';
import { highlightsEnabled } from '@/lib/storage/items';
import { answerMessages } from './answer-messages';

// The popup injects this script on every open, so it can run many times in one page. The session
// (analysis, anchors, painted state) lives on the isolated world's global and is made only once;
// each injection just takes over answering messages, because WXT stops the older script's context.
const SESSION_KEY = Symbol.for('quotelens.page-session');
type Holder = { [SESSION_KEY]?: PageSession };

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  noScriptStartedPostMessage: true,
  main(ctx: ContentScriptContext) {
    const holder = globalThis as Holder;
    let session = holder[SESSION_KEY];
    const first = !session;
    if (!session) {
      session = createPageSession({
        doc: document,
        extract: (doc) => extractArticle(doc),
        analyze: (article) => analyzeArticle(article, { source: location.href }),
        highlightApi: detectHighlightApi(window),
        // Not ctx.setTimeout: a newer injection invalidates this ctx, and the flash must still end.
        setTimeout: (handler, ms) => setTimeout(handler, ms),
      });
      holder[SESSION_KEY] = session;
    }
    const current = session;
    answerMessages(ctx, current);
    ctx.onInvalidated(() => {
      // The extension was reloaded or removed: leave the page as it was.
      if (browser.runtime?.id == null) {
        current.destroy();
        delete holder[SESSION_KEY];
      }
    });
    if (first) void highlightsEnabled.getValue().then((enabled) => ctx.isValid && current.setHighlights(enabled));
    const unwatch = highlightsEnabled.watch((enabled) => current.setHighlights(enabled));
    ctx.onInvalidated(unwatch);
  },
});
