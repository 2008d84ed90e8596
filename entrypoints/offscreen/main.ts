import { browser } from 'wxt/browser';
import { backgroundMessaging } from '@/lib/messaging/background-protocol';
import { refuseUnless } from '@/lib/messaging/validate';
import { createPartsInbox, holdPart, isPagePart, partsSenderOf, wholePage } from '@/lib/messaging/page-parts';
import { isFromOwnContentScript, isFromOwnExtensionContext, isPageHtml, MAX_PAGE_HTML_CHARS } from '@/lib/messaging/validate-article';
import { isSiteKnowledgeData } from '@/lib/site-memory/knowledge-data';
import { readSentPage } from './read-page';

// Chrome's offscreen document (created by the service worker, which has no DOMParser): it parses the
// page the content script serialised and runs Readability and the analysis, off the page's thread.
backgroundMessaging.onMessage('readPageOffscreen', ({ data, sender }) => {
  refuseUnless(
    isFromOwnExtensionContext(sender, browser.runtime.id, browser.runtime.getURL('/')),
    isPageHtml(data) && (data.site === undefined || isSiteKnowledgeData(data.site)),
  );
  return readSentPage(data, data.site);
});

// The page's own request, straight from its content script (one copy of the HTML fewer than through
// the service worker); the worker still holds the site memory and keeps the reading for the panel.
const inbox = createPartsInbox(MAX_PAGE_HTML_CHARS);
backgroundMessaging.onMessage('pagePart', ({ data, sender }) => {
  refuseUnless(isFromOwnContentScript(sender, browser.runtime.id), isPagePart(data));
  return holdPart(inbox, partsSenderOf(sender), data);
});
backgroundMessaging.onMessage('readPageDirect', async ({ data, sender }) => {
  refuseUnless(isFromOwnContentScript(sender, browser.runtime.id), isPageHtml(data));
  const { html, source } = wholePage(inbox, partsSenderOf(sender), data);
  const page = { html, source };
  const reading = readSentPage(page, await backgroundMessaging.sendMessage('siteKnowledge', { source: page.source }));
  return backgroundMessaging.sendMessage('keepReading', { tabId: sender.tab.id, source: page.source, reading });
});
