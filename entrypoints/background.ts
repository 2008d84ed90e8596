import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { backgroundMessaging, headOf, toSentReading } from '@/lib/messaging/background-protocol';
import { createReadingShelf } from '@/lib/messaging/reading-shelf';
import { isFromExtensionPage } from '@/lib/messaging/validate';
import { isAnalysisRequest, isFromOwnContentScript, isPageHtml, isReadingRequest, isSetBadgeData } from '@/lib/messaging/validate-article';
import { fromKnowledgeData } from '@/lib/site-memory/knowledge-data';
import { highlightsEnabled, siteMemory } from '@/lib/storage/items';
import { readInOffscreen } from './offscreen/offscreen-client';
import { readPageHtml } from './offscreen/read-page';
import { createSiteReading } from './offscreen/site-reading';

/** The command in wxt.config.ts's manifest `commands`. */
const TOGGLE_COMMAND = 'toggle-highlights';
const CONTENT_SCRIPT = '/content-scripts/content.js';

type Sender = { id?: string; tab?: { id?: number } };

/** Chrome MV3 has `action`, Firefox MV2 `browserAction`; the badge calls are the same. */
function toolbarAction() {
  const b = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  return b.action ?? b.browserAction;
}

function refuseUnless(fromUs: boolean, valid: boolean): void {
  if (!fromUs) throw new Error('Quotelens: message refused (not from the extension).');
  if (!valid) throw new Error('Quotelens: message refused (malformed payload).');
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
  const injected = browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT as '/content-scripts/content.js'] }).catch(() => {});
  await Promise.all([saved, injected]);
}

export default defineBackground(() => {
  // Firefox's MV2 background page has a DOM and reads the page itself; Chrome's service worker has
  // none and hands it to the offscreen document.
  const hasDom = typeof DOMParser === 'function';
  // The per-site memory (issue 4) lives in this context's storage; the offscreen document gets it along.
  const readWithSiteMemory = createSiteReading(siteMemory);
  // Each tab's last reading, for the panel (see reading-shelf): the page answers it with a key only.
  const shelf = createReadingShelf();
  browser.tabs.onRemoved.addListener((tabId) => shelf.drop(tabId));
  backgroundMessaging.onMessage('readPage', async ({ data, sender }) => {
    refuseUnlessOwn(sender as Sender, isPageHtml(data));
    const page = { html: data.html, source: data.source };
    const reading = await readWithSiteMemory(page, (p, site) =>
      hasDom ? toSentReading(readPageHtml(p, undefined, undefined, site && fromKnowledgeData(site))) : readInOffscreen(p, site));
    const head = headOf(shelf.put(sender.tab.id, reading));
    if (!head) throw new Error('Quotelens: the reading was not kept.');
    return head;
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
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      await toggleHighlights(id);
    })();
  });
});
