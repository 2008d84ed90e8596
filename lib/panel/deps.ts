import { browser, type PublicPath } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging/protocol';
import { highlightsEnabled } from '@/lib/storage/items';

/**
 * Everything the popup store needs from the browser, passed in so the store's flow can be tested
 * with fakeBrowser and stubs instead of a real extension context.
 */
export interface PanelDeps {
  tabs: Pick<typeof browser.tabs, 'get' | 'query'>;
  /** Injects the content script; it guards itself, so injecting twice is harmless. */
  injectContentScript(tabId: number): Promise<void>;
  send: typeof sendMessage;
  fileAccessAllowed(): Promise<boolean>;
  highlightsSetting: { setValue(value: boolean): Promise<void> };
}

// Built by `wxt build` from entrypoints/content/index.ts (registration: 'runtime'). Typed as a plain
// string so this compiles before that entrypoint exists and wxt lists it among the public paths.
const CONTENT_SCRIPT: string = '/content-scripts/content.js';

/** The real browser: `browser` from wxt/browser works in Chrome MV3 and Firefox MV2 alike. */
export function browserDeps(): PanelDeps {
  return {
    tabs: browser.tabs,
    async injectContentScript(tabId) {
      await browser.scripting.executeScript({
        target: { tabId },
        files: [CONTENT_SCRIPT as Extract<PublicPath, `${string}.js`>],
      });
    },
    send: sendMessage,
    async fileAccessAllowed() {
      try {
        return await browser.extension.isAllowedFileSchemeAccess();
      } catch {
        return false;
      }
    },
    highlightsSetting: highlightsEnabled,
  };
}
