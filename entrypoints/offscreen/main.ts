import { browser } from 'wxt/browser';
import { backgroundMessaging, toSentReading } from '@/lib/messaging/background-protocol';
import { isFromOwnContentScript, isFromOwnExtensionContext, isPageHtml } from '@/lib/messaging/validate-article';
import { fromKnowledgeData, isSiteKnowledgeData } from '@/lib/site-memory/knowledge-data';
import { readPageHtml } from './read-page';

// Chrome's offscreen document (created by the service worker, which has no DOMParser): it parses the
// page the content script serialised and runs Readability and the analysis, off the page's thread.
backgroundMessaging.onMessage('readPageOffscreen', ({ data, sender }) => {
  if (!isFromOwnExtensionContext(sender, browser.runtime.id, browser.runtime.getURL('/'))) {
    throw new Error('Quotelens: message refused (not from the extension).');
  }
  if (!isPageHtml(data) || (data.site !== undefined && !isSiteKnowledgeData(data.site))) {
    throw new Error('Quotelens: message refused (malformed payload).');
  }
  return toSentReading(readPageHtml(data, undefined, undefined, data.site && fromKnowledgeData(data.site)));
});

// The page's own request, straight from its content script (one copy of the HTML fewer than through
// the service worker); the worker still holds the site memory and keeps the reading for the panel.
backgroundMessaging.onMessage('readPageDirect', async ({ data, sender }) => {
  if (!isFromOwnContentScript(sender, browser.runtime.id)) throw new Error('Quotelens: message refused (not from the extension).');
  if (!isPageHtml(data)) throw new Error('Quotelens: message refused (malformed payload).');
  const page = { html: data.html, source: data.source };
  const site = await backgroundMessaging.sendMessage('siteKnowledge', { source: page.source });
  const reading = toSentReading(readPageHtml(page, undefined, undefined, site ? fromKnowledgeData(site) : undefined));
  return backgroundMessaging.sendMessage('keepReading', { tabId: sender.tab.id, source: page.source, reading });
});
