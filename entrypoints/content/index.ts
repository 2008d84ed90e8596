import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { backgroundMessaging, fromSentReading, type PageHtml, type PageReading } from '@/lib/messaging/background-protocol';
import type { PageStage } from '@/lib/messaging/protocol';
import { splitIntoParts } from '@/lib/messaging/page-parts';
import { isKeyedAnalysis, isReadingHead, isSentAnalysis, MAX_PAGE_HTML_CHARS } from '@/lib/messaging/validate-article';
import { epochNow } from '@/lib/page/stage-clock';
import { createPageSession, type PageSession } from '@/lib/page/page-session';
import { detectHighlightApi } from '@/lib/page/highlight-painter';
import { lazyInPageReader } from '@/lib/page/in-page-reader';
import { createBudget, yieldToPage } from '@/lib/page/scheduler';
import { serialisePage } from '@/lib/page/serialise-page';
import { corrections, highlightsEnabled, markBoilerplate, markDuplicates } from '@/lib/storage/items';
import { answerMessages } from './answer-messages';
import { startPageFeatures } from './page-features';

// The popup injects this script on every open (and sites chosen for "run automatically" load it
// too), so it can run many times in one page. The session (analysis, anchors, painted state) lives
// on the isolated world's global and is made only once; each injection takes over answering
// messages and the page features, because WXT stops the older script's context.
const SESSION_KEY = Symbol.for('quotelens.page-session');
type Holder = { [SESSION_KEY]?: { session: PageSession; onChange: Set<() => void> } };

/**
 * Sends the page to the context that reads it, a long one in parts (see page-parts): each part is
 * its own task, the page running in between, and the request that completes it goes once all arrived.
 */
async function sendInParts(type: 'readPage' | 'readPageDirect', page: PageHtml): Promise<unknown> {
  const parts = splitIntoParts(page.html);
  if (parts.length === 1) return backgroundMessaging.sendMessage(type, page);
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  const sent: Promise<unknown>[] = [];
  for (let index = 0; index < parts.length - 1; index++) {
    sent.push(backgroundMessaging.sendMessage('pagePart', { id, index, text: parts[index] }));
    await yieldToPage();
  }
  await Promise.all(sent);
  return backgroundMessaging.sendMessage(type, { ...page, html: parts[parts.length - 1], parts: { id, count: parts.length } });
}

/** Which context read the page, and so keeps its analysis for the page to fetch. */
type Reader = 'direct' | 'background';

/**
 * Chrome: straight to the offscreen document, which the click has readied; where there is none (a
 * page that runs Quotelens by itself, before any click) the service worker makes it and forwards the
 * page, whole. Firefox's background page reads it itself.
 */
async function sendPage(page: PageHtml): Promise<{ head: unknown; reader: Reader; early?: Promise<unknown> }> {
  if (import.meta.env.FIREFOX) return sendAskingAhead(page, 'readPage', 'awaitAnalysis', 'background');
  try {
    return await sendAskingAhead(page, 'readPageDirect', 'awaitAnalysisDirect', 'direct');
  } catch {
    return { head: await backgroundMessaging.sendMessage('readPage', page), reader: 'background' };
  }
}

/** Sends the page and, right behind it, asks for its analysis: it comes right behind the head (see analysis-waits). */
async function sendAskingAhead(
  page: PageHtml, type: 'readPage' | 'readPageDirect', ask: 'awaitAnalysis' | 'awaitAnalysisDirect', reader: Reader,
): Promise<{ head: unknown; reader: Reader; early: Promise<unknown> }> {
  const head = sendInParts(type, page);
  const early = backgroundMessaging.sendMessage(ask).catch(() => null);
  return { head: await head, reader, early };
}

/**
 * The analysis, kept by whichever context read the page: a message of its own, a task of its own.
 * The early answer when it is this reading's, else asked for by the reading's key.
 */
async function fetchAnalysis(reader: Reader, key: string, early?: Promise<unknown>): Promise<unknown> {
  const answered = early ? await early : null;
  await yieldToPage();
  if (isKeyedAnalysis(answered) && answered.key === key) return answered.analysis;
  const analysis: unknown = await backgroundMessaging.sendMessage(reader === 'direct' ? 'readAnalysisDirect' : 'readAnalysis', { key });
  await yieldToPage();
  return analysis;
}

/**
 * The normal path: the page is serialised here (without what is not rendered, and scripts and styles
 * emptied: see serialise-page) and parsed,
 * extracted and analysed in the background, so Readability never runs on the page's main thread.
 * Rejects when that fails (messaging broken, page too large, odd answer): the page then does it itself.
 */
async function readOffPage(doc: Document, stamp: (stage: PageStage) => void): Promise<PageReading> {
  const html = await serialisePage(doc, createBudget());
  if (html.length > MAX_PAGE_HTML_CHARS) throw new Error('Quotelens: page too large to send.');
  stamp('serialised');
  // Sending copies the string again (about as long as serialising it): each gets a task of its own.
  await yieldToPage();
  stamp('sent');
  const { head, reader, early } = await sendPage({ html, source: location.href });
  // Receiving a long page's reading, checking it and anchoring on it are tasks of their own, and the
  // reading comes in two messages (the article, then the analysis): together they held the page past 50 ms.
  await yieldToPage();
  if (!isReadingHead(head)) throw new Error('Quotelens: malformed answer from the background.');
  if (head.status !== 'ok') return head;
  const analysis = await fetchAnalysis(reader, head.key, early);
  if (!isSentAnalysis(analysis)) throw new Error('Quotelens: the background no longer has the analysis.');
  await yieldToPage();
  return fromSentReading({ ...head, analysis });
}

// Readability and the core come only when the page must read itself (see in-page-reader).
const inPageReader = lazyInPageReader(() => backgroundMessaging.sendMessage('loadPageReader'));

function showBadge(session: PageSession): void {
  const analysis = session.analysis();
  void backgroundMessaging.sendMessage('setBadge', { count: analysis ? analysis.quotes.length : null }).catch(() => {});
}

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  noScriptStartedPostMessage: true,
  main(ctx: ContentScriptContext) {
    const startedAt = epochNow();
    const holder = globalThis as Holder;
    let held = holder[SESSION_KEY];
    const first = !held;
    const highlightApi = detectHighlightApi(window);
    if (!held) {
      const onChange = new Set<() => void>();
      const session = createPageSession({
        doc: document,
        readOffPage,
        startedAt,
        analyseAtOnce: true,
        extract: async (doc) => (await inPageReader()).extract(doc),
        analyze: async (article) => (await inPageReader()).analyze(article, { source: location.href }),
        highlightApi,
        // Chromium's ::highlight() styles inherit, Firefox's do not (checked in both; see HighlightRuleScope).
        highlightRuleScope: import.meta.env.FIREFOX ? 'universal' : 'root',
        // Not ctx.setTimeout: a newer injection invalidates this ctx, and the flash must still end.
        setTimeout: (handler, ms) => setTimeout(handler, ms),
        onChange: () => onChange.forEach((listener) => listener()),
        initialHighlights: highlightsEnabled.getValue(),
        initialMarks: Promise.all([markDuplicates.getValue(), markBoilerplate.getValue()]).then(([duplicates, boilerplate]) => ({ duplicates, boilerplate })),
        initialCorrections: corrections.getValue(),
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
    // The popup's two checkboxes for duplicate and boilerplate marks: read both again on any change.
    const remark = async () => void session.setMarks({ duplicates: await markDuplicates.getValue(), boilerplate: await markBoilerplate.getValue() });
    ctx.onInvalidated(markDuplicates.watch(() => void remark()));
    ctx.onInvalidated(markBoilerplate.watch(() => void remark()));
    // The reader's corrections (made in the popup or side panel) recolour and drop quotes here too.
    const unwatchCorrections = corrections.watch((book) => void session.setCorrections(book));
    ctx.onInvalidated(unwatchCorrections);
  },
});
