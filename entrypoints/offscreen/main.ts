import { browser } from 'wxt/browser';
import { backgroundMessaging, toSentReading } from '@/lib/messaging/background-protocol';
import { isFromOwnExtensionContext, isPageHtml } from '@/lib/messaging/validate-article';
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
