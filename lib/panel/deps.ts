import { browser } from 'wxt/browser';
import type { CorrectionsBook } from '@/lib/corrections/book';
import { backgroundMessaging } from '@/lib/messaging/background-protocol';
import { sendMessage } from '@/lib/messaging/protocol';
import { notifyTabReady } from '@/lib/panel/panel-messages';
import { corrections, highlightsEnabled } from '@/lib/storage/items';
import type { SafeItem } from '@/lib/storage/safe-item';

/**
 * Everything the panel store needs from the browser, passed in so the store's flow can be tested
 * with fakeBrowser and stubs instead of a real extension context.
 */
export interface PanelDeps {
  tabs: Pick<typeof browser.tabs, 'get' | 'query'>;
  /**
   * Has the content script in the tab: the background injected it on the toolbar click, or injects
   * it now; rejects with the browser's refusal. The script guards itself, so twice is harmless.
   */
  injectContentScript(tabId: number): Promise<void>;
  send: typeof sendMessage;
  /** The reading the background keeps for a tab under a key (a lean report's), or null when it has none. */
  fetchReading(tabId: number, key: string): Promise<unknown>;
  /** The reading of the tab's latest toolbar click, from the context that reads pages (see click-readings). */
  clickReading(tabId: number): Promise<ClickReading>;
  fileAccessAllowed(): Promise<boolean>;
  highlightsSetting: { setValue(value: boolean): Promise<void> };
  corrections: Pick<SafeItem<CorrectionsBook>, 'getValue' | 'update' | 'watch'>;
  /** Tells an open side panel that the popup has just set up this tab (it may now ask it). */
  notifyTabReady(tabId: number): Promise<void>;
  /** Must run inside the click's user gesture: no await may come before it. */
  openSidePanel(windowId: number | null): Promise<void>;
  canOpenSidePanel: boolean;
  copyText(text: string): Promise<void>;
  download(fileName: string, mimeType: string, text: string): void;
  now(): Date;
}

// Firefox's sidebar API is not in the Chrome-based types WXT ships.
type FirefoxSidebar = { sidebarAction?: { open(): Promise<void> } };

/** Asks the background for the content script in a tab: it takes over the click's own injection. */
export async function injectContentScript(tabId: number): Promise<void> {
  await backgroundMessaging.sendMessage('injectTab', { tabId });
}

/**
 * A tab's kept reading. In Chrome the offscreen document that made it answers first: the service
 * worker gets its copy just after the page is answered, and the popup can ask before that.
 */
async function fetchReading(tabId: number, key: string): Promise<unknown> {
  const request = { tabId, key };
  if (!import.meta.env.FIREFOX) {
    const made = await backgroundMessaging.sendMessage('getReadingDirect', request).catch(() => null);
    if (made) return made;
  }
  return backgroundMessaging.sendMessage('getReading', request);
}

/** A click's reading as the reader answered it (null: none came), and the highlights setting the page applies. */
export interface ClickReading {
  reading: unknown;
  highlightsOn: boolean;
}

async function clickReading(tabId: number): Promise<ClickReading> {
  const type = import.meta.env.FIREFOX ? 'clickReading' : 'clickReadingDirect';
  const [reading, highlightsOn] = await Promise.all([
    backgroundMessaging.sendMessage(type, { tabId }).catch(() => null),
    highlightsEnabled.getValue(),
  ]);
  return { reading, highlightsOn };
}

/** The real browser: `browser` from wxt/browser works in Chrome MV3 and Firefox MV2 alike. */
export function browserDeps(doc: Document = document): PanelDeps {
  const sidebar = (browser as unknown as FirefoxSidebar).sidebarAction;
  return {
    tabs: browser.tabs,
    injectContentScript,
    send: sendMessage,
    fetchReading,
    clickReading,
    async fileAccessAllowed() {
      try {
        return await browser.extension.isAllowedFileSchemeAccess();
      } catch {
        return false;
      }
    },
    highlightsSetting: highlightsEnabled,
    corrections,
    notifyTabReady,
    openSidePanel(windowId) {
      if (sidebar) return sidebar.open();
      if (browser.sidePanel && windowId != null) return browser.sidePanel.open({ windowId });
      return Promise.reject(new Error('no side panel'));
    },
    canOpenSidePanel: Boolean(sidebar || browser.sidePanel),
    copyText: (text) => navigator.clipboard.writeText(text),
    download: (fileName, mimeType, text) => downloadText(doc, fileName, mimeType, text),
    now: () => new Date(),
  };
}

/** Saves text as a file from this extension page: a Blob URL on a temporary <a download>. */
export function downloadText(doc: Document, fileName: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
