import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { backgroundMessaging } from '@/lib/messaging/background-protocol';
import { isAnalyzeData, isFromOwnContentScript, isSetBadgeData } from '@/lib/messaging/validate-article';
import { highlightsEnabled } from '@/lib/storage/items';

/** The command in wxt.config.ts's manifest `commands`. */
const TOGGLE_COMMAND = 'toggle-highlights';
const CONTENT_SCRIPT = '/content-scripts/content.js';

type Sender = { id?: string; tab?: { id?: number } };

/** Chrome MV3 has `action`, Firefox MV2 `browserAction`; the badge calls are the same. */
function toolbarAction() {
  const b = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  return b.action ?? b.browserAction;
}

function refuseUnlessOwn(sender: Sender | undefined, valid: boolean): asserts sender is { id: string; tab: { id: number } } {
  if (!isFromOwnContentScript(sender, browser.runtime.id)) throw new Error('Quotelens: message refused (not from the extension).');
  if (!valid) throw new Error('Quotelens: message refused (malformed payload).');
}

/** Flips the global highlights setting (every page follows it) and starts Quotelens on this tab. */
async function toggleHighlights(tabId: number | undefined): Promise<void> {
  const enabled = !(await highlightsEnabled.getValue());
  await highlightsEnabled.setValue(enabled);
  if (!enabled || tabId == null) return;
  // The shortcut grants activeTab, like a click; the script guards itself against running twice.
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT as '/content-scripts/content.js'] }).catch(() => {});
}

export default defineBackground(() => {
  backgroundMessaging.onMessage('analyze', ({ data, sender }) => {
    refuseUnlessOwn(sender as Sender, isAnalyzeData(data));
    return analyzeArticle(data.article, { source: data.source });
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
