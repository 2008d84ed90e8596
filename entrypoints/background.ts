import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { backgroundMessaging, headOf, keyedAnalysisOf, type SentReading } from '@/lib/messaging/background-protocol';
import { createAnalysisWaits } from '@/lib/messaging/analysis-waits';
import { createClickStarts } from '@/lib/messaging/click-starts';
import { createClickReadings } from '@/lib/messaging/click-readings';
import { createReadingShelf } from '@/lib/messaging/reading-shelf';
import { isFromExtensionPage, refuseUnless } from '@/lib/messaging/validate';
import { createPartsInbox, holdPart, isPagePart, partsSenderOf, wholePage } from '@/lib/messaging/page-parts';
import { isAnalysisRequest, isFromOwnContentScript, isFromOwnExtensionContext, isKeepReadingRequest, isPageHtml, isReadingRequest, isSetBadgeData, isSourceRequest, isTabRequest, MAX_PAGE_HTML_CHARS } from '@/lib/messaging/validate-article';
import { highlightsEnabled, siteMemory } from '@/lib/storage/items';
import { withPrefetch } from '@/lib/storage/prefetch';
import { practiseOnce } from '@/lib/warm-up/practise-once';
import { ensureOffscreen, prepareOffscreen, readInOffscreen } from './offscreen/offscreen-client';
import { readSentPage } from './offscreen/read-page';
import { createSiteReading } from './offscreen/site-reading';

/** The command in wxt.config.ts's manifest `commands`. */
const TOGGLE_COMMAND = 'toggle-highlights';
const CONTENT_SCRIPT = '/content-scripts/content.js';
const POPUP = '/popup.html';
const PAGE_READER = '/page-reader.js';

type Sender = { id?: string; tab?: { id?: number }; frameId?: number };

/** Chrome MV3 has `action`, Firefox MV2 `browserAction`; the badge calls are the same. */
function toolbarAction() {
  const b = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  return b.action ?? b.browserAction;
}

/** Injects the content script (it guards itself against running twice). */
async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT as '/content-scripts/content.js'] });
}

/**
 * The toolbar click: open the popup and, at the same moment, start the page's work, so the page is
 * being read while the popup loads rather than after (issue 11). The popup is set for this tab only
 * while it opens, so the next click comes here again. Should opening fail, the popup stays set for the
 * tab: the reader's next click opens it the ordinary way, and it injects the script itself.
 */
function openPopupAndStart(tab: { id?: number; windowId?: number }, starts: ReturnType<typeof createClickStarts>): void {
  const action = toolbarAction();
  if (!action || tab.id == null) return;
  const tabId = tab.id;
  // The injection is asked for first: the browser takes the requests in order, and opening the popup
  // (a new document) takes it longer than starting the page's work.
  starts.start(tabId, injectContentScript);
  void action.setPopup({ tabId, popup: POPUP });
  // Firefox opens a popup only inside the click's handler: no await may come before this call.
  const opened = action.openPopup(tab.windowId == null ? undefined : { windowId: tab.windowId });
  opened.then(
    () => action.setPopup({ tabId, popup: '' }),
    (error: unknown) => console.warn('Quotelens: could not open the popup;', error),
  );
}

/** Our content script in some tab, with a well-formed payload. */
function refuseUnlessOwn(sender: Sender | undefined, valid: boolean): asserts sender is { id: string; tab: { id: number } } {
  refuseUnless(isFromOwnContentScript(sender, browser.runtime.id), valid);
}

/** Flips the global highlights setting (every page follows it) and starts Quotelens on this tab. */
async function toggleHighlights(tabId: number | undefined): Promise<void> {
  const enabled = !(await highlightsEnabled.getValue());
  const saved = highlightsEnabled.setValue(enabled);
  if (!enabled || tabId == null) return saved;
  // The shortcut grants activeTab, like a click; the script guards itself against running twice. It
  // is injected while the setting is saved (the click's fast path): it starts reading the page at
  // once, and paints when the saved setting reaches it, whichever comes first.
  const injected = injectContentScript(tabId).catch(() => {});
  await Promise.all([saved, injected]);
}

export default defineBackground(() => {
  // Firefox's MV2 background page has a DOM and reads the page itself; Chrome's service worker has
  // none and hands it to the offscreen document. The build constant keeps Readability and the core
  // out of Chrome's worker, which compiles its script on every wake-up (the click's path).
  const readHere = import.meta.env.FIREFOX && typeof DOMParser === 'function' ? readSentPage : null;
  const hasDom = readHere !== null;
  // The reader's first click of a session should be as quick as the next (issue 11): Firefox practises
  // here once, when idle; Chrome makes its offscreen document at the browser's start, which practises.
  const practice = readHere ? practiseOnce((page) => readHere(page)) : null;
  if (!hasDom) {
    browser.runtime.onStartup.addListener(prepareOffscreen);
    browser.runtime.onInstalled.addListener(prepareOffscreen);
  }
  // The per-site memory (issue 4) lives in this context's storage; the offscreen document gets it along.
  // Read ahead on the click (see withPrefetch): storage is then no step between page and reader.
  const memory = withPrefetch(siteMemory);
  const readWithSiteMemory = createSiteReading(memory);
  // Each tab's last reading, for the panel (see reading-shelf): the page answers it with a key only.
  const shelf = createReadingShelf();
  browser.tabs.onRemoved.addListener((tabId) => shelf.drop(tabId));
  /** Shelves a tab's reading and answers its head (the page then fetches the analysis). */
  const headOfKept = (kept: SentReading) => {
    const head = headOf(kept);
    if (!head) throw new Error('Quotelens: the reading was not kept.');
    return head;
  };
  const keep = (tabId: number, reading: SentReading) => headOfKept(shelf.put(tabId, reading));
  const clickStarts = createClickStarts();
  /** Chrome: the clicked page's site knowledge, to the offscreen document before the page gets there. */
  const sendKnowledgeAhead = async (source: string) => {
    const [site] = await Promise.all([readWithSiteMemory.knowledgeOf(source), ensureOffscreen()]);
    await backgroundMessaging.sendMessage('siteKnowledgeAhead', { source, site: site ?? null });
  };
  // The click's popup takes the reading from whoever reads pages, the moment it is made (see click-readings).
  const clicks = hasDom ? createClickReadings() : null;
  /** Chrome: the click, to the offscreen document that will read the page. */
  const sendClickAhead = async (tabId: number, at: number) => {
    await ensureOffscreen();
    await backgroundMessaging.sendMessage('tabClicked', { tabId, at });
  };
  toolbarAction()?.onClicked.addListener((tab) => {
    const at = Date.now();
    openPopupAndStart(tab, clickStarts);
    memory.prefetch();
    if (tab.id != null) clicks?.clicked(tab.id, at);
    if (!hasDom) {
      prepareOffscreen();
      if (tab.id != null) sendClickAhead(tab.id, at).catch(() => undefined);
      // Without it (no address: the click gave no access) the document asks when the page arrives.
      if (tab.url) sendKnowledgeAhead(tab.url).catch(() => undefined);
    }
  });
  backgroundMessaging.onMessage('injectTab', ({ data, sender }) => {
    refuseUnless(isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/')), isTabRequest(data));
    return clickStarts.claim(data.tabId, injectContentScript);
  });
  // Firefox reads here, so a long page's parts come here; Chrome's worker must leave them unanswered:
  // the content script then knows there is no offscreen document to take them and sends the page whole.
  const inbox = createPartsInbox(MAX_PAGE_HTML_CHARS);
  if (hasDom) {
    backgroundMessaging.onMessage('pagePart', ({ data, sender }) => {
      refuseUnlessOwn(sender as Sender, isPagePart(data));
      return holdPart(inbox, partsSenderOf(sender), data);
    });
  }
  // Firefox's page asks for its analysis right behind its HTML (see analysis-waits).
  const waits = createAnalysisWaits();
  backgroundMessaging.onMessage('readPage', async ({ data, sender }) => {
    refuseUnlessOwn(sender as Sender, isPageHtml(data));
    practice?.skip();
    const { html, source } = wholePage(inbox, partsSenderOf(sender), data);
    const page = { html, source };
    const reading = await readWithSiteMemory(page, (p, site) =>
      readHere ? readHere(p, site) : readInOffscreen(p, site));
    const kept = shelf.put(sender.tab.id, reading);
    if (hasDom) waits.made(sender.tab.id, kept);
    clicks?.made(sender.tab.id, kept);
    return headOfKept(kept);
  });
  if (clicks) {
    backgroundMessaging.onMessage('clickReading', ({ data, sender }) => {
      refuseUnless(isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/')), isTabRequest(data));
      return clicks.forClick(data.tabId);
    });
  }
  if (hasDom) {
    backgroundMessaging.onMessage('awaitAnalysis', async ({ sender }) => {
      refuseUnlessOwn(sender as Sender, true);
      return keyedAnalysisOf(await waits.next(sender.tab.id));
    });
  }

  // Chrome: the offscreen document, read by the page directly (readPageDirect), asks for the site's
  // knowledge and hands back the reading to keep, as readPage would have done here.
  const fromOwnPage = (sender: unknown) => isFromOwnExtensionContext(sender as Sender & { url?: string }, browser.runtime.id, browser.runtime.getURL('/'));
  backgroundMessaging.onMessage('siteKnowledge', async ({ data, sender }) => {
    refuseUnless(fromOwnPage(sender), isSourceRequest(data));
    return (await readWithSiteMemory.knowledgeOf(data.source)) ?? null;
  });
  backgroundMessaging.onMessage('keepReading', ({ data, sender }) => {
    refuseUnless(fromOwnPage(sender), isKeepReadingRequest(data));
    readWithSiteMemory.remember(data.source, data.reading);
    return keep(data.tabId, data.reading);
  });

  backgroundMessaging.onMessage('loadPageReader', async ({ sender }) => {
    refuseUnlessOwn(sender as Sender, true);
    const frameIds = [(sender as Sender).frameId ?? 0];
    await browser.scripting.executeScript({ target: { tabId: sender.tab.id, frameIds }, files: [PAGE_READER as '/page-reader.js'] });
  });

  backgroundMessaging.onMessage('readAnalysis', ({ data, sender }) => {
    refuseUnlessOwn(sender as Sender, isAnalysisRequest(data));
    const kept = shelf.get(sender.tab.id, data.key);
    return kept?.status === 'ok' ? kept.analysis : null;
  });

  backgroundMessaging.onMessage('getReading', ({ data, sender }) => {
    // Only the extension's own pages (popup, side panel, even when opened in a tab), never a content
    // script: its sender URL is the web page's.
    refuseUnless(isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/')), isReadingRequest(data));
    return shelf.get(data.tabId, data.key);
  });

  backgroundMessaging.onMessage('setBadge', async ({ data, sender }) => {
    refuseUnlessOwn(sender as Sender, isSetBadgeData(data));
    const action = toolbarAction();
    if (!action) return;
    const text = data.count == null ? '' : data.count > 999 ? '999+' : String(data.count);
    await action.setBadgeText({ tabId: sender.tab.id, text });
    await action.setBadgeBackgroundColor({ tabId: sender.tab.id, color: '#0b5cad' });
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_COMMAND) return;
    // The shortcut may start a reading too (the click's fast path): have the document ready for it.
    if (!hasDom) prepareOffscreen();
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      await toggleHighlights(id);
    })();
  });
});
