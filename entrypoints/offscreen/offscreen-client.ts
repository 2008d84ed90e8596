import { browser } from 'wxt/browser';
import { backgroundMessaging, type PageHtml, type SentReading } from '@/lib/messaging/background-protocol';
import type { SiteKnowledgeData } from '@/lib/site-memory/knowledge-data';

const OFFSCREEN_PATH = '/offscreen.html';

let creating: Promise<void> | null = null;

async function offscreenExists(url: string): Promise<boolean> {
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  return contexts.length > 0;
}

/**
 * Makes the offscreen document on first use and keeps it: asked again, it is already there (checked
 * through getContexts, since the service worker may have been restarted while the document lived).
 */
export async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const exists = await offscreenExists(url);
  // A document being created is listed before its script has run (the click starts one while the
  // page is being serialised): a message sent to it now would find no listener, so wait for it.
  if (creating) return creating;
  if (exists) return;
  creating = browser.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER'],
      justification: 'Parse the page the reader asked about and find its article, off the page’s main thread.',
    })
    .catch(async (error: unknown) => {
      // Another request made it in the meantime: only one offscreen document may exist.
      if (!(await offscreenExists(url))) throw error;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/**
 * Called on the toolbar click: the document (and its parser code) loads while the page is still being
 * serialised, instead of after the page's HTML has arrived. Failures surface on the real request.
 */
export function prepareOffscreen(): void {
  ensureOffscreen().catch(() => undefined);
}

/** Chrome MV3: the service worker has no DOM, so the offscreen document reads the page. */
export async function readInOffscreen(page: PageHtml, site?: SiteKnowledgeData): Promise<SentReading> {
  await ensureOffscreen();
  return backgroundMessaging.sendMessage('readPageOffscreen', site ? { ...page, site } : page);
}
