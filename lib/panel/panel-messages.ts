import { browser } from 'wxt/browser';
import { isFromExtensionPage, type SenderLike } from '@/lib/messaging/validate';

/**
 * The one message between the extension's own pages: the popup tells an open side panel that it
 * has just set a tab up, so the panel may ask that tab again. Plain runtime messaging, because
 * the content-script protocol (lib/messaging) is for tabs.
 */
const TAB_READY = 'quotelens:tab-ready';

interface TabReadyMessage {
  type: typeof TAB_READY;
  tabId: number;
}

/** Sent by the popup once the page has answered; nobody listening (no panel open) is not an error. */
export async function notifyTabReady(tabId: number): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: TAB_READY, tabId } satisfies TabReadyMessage);
  } catch {
    // No side panel open.
  }
}

/** Shape and origin check of a tab-ready message: only our own pages, only a positive tab id. */
export function isTabReady(message: unknown, sender: SenderLike | undefined, runtimeId: string, origin: string): message is TabReadyMessage {
  if (!isFromExtensionPage(sender, runtimeId, origin)) return false;
  if (typeof message !== 'object' || message === null) return false;
  const { type, tabId } = message as { type?: unknown; tabId?: unknown };
  return type === TAB_READY && typeof tabId === 'number' && Number.isSafeInteger(tabId) && tabId > 0;
}

/** Listens for the popup's tab-ready message; returns the function that stops listening. */
export function onTabReady(callback: (tabId: number) => void): () => void {
  const listener = (message: unknown, sender: SenderLike) => {
    if (isTabReady(message, sender, browser.runtime.id, browser.runtime.getURL('/'))) callback(message.tabId);
    // No answer: other listeners (if any) keep the channel.
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
