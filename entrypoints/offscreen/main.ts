import { browser } from 'wxt/browser';
import { backgroundMessaging, headOf, keyedAnalysisOf } from '@/lib/messaging/background-protocol';
import { createAnalysisWaits } from '@/lib/messaging/analysis-waits';
import { createClickReadings } from '@/lib/messaging/click-readings';
import { createHandOvers } from '@/lib/messaging/hand-over-later';
import { createKnowledgeAhead } from '@/lib/messaging/knowledge-ahead';
import { createReadingShelf } from '@/lib/messaging/reading-shelf';
import { isFromExtensionPage, refuseUnless } from '@/lib/messaging/validate';
import { createPartsInbox, holdPart, isPagePart, partsSenderOf, wholePage } from '@/lib/messaging/page-parts';
import { isAnalysisRequest, isFromOwnContentScript, isFromOwnExtensionContext, isKnowledgeAheadData, isPageHtml, isReadingRequest, isTabClick, isTabRequest, MAX_PAGE_HTML_CHARS } from '@/lib/messaging/validate-article';
import { isSiteKnowledgeData } from '@/lib/site-memory/knowledge-data';
import { practiseOnce } from '@/lib/warm-up/practise-once';
import { readSentPage, readSentPageAsKnowledgeComes } from './read-page';

/** When the worker gets its copy of a reading whose page never asked for the analysis (ms). */
const WORKER_COPY_FALLBACK_MS = 2000;

// Chrome's offscreen document (created by the service worker, which has no DOMParser): it parses the
// page the content script serialised and runs Readability and the analysis, off the page's thread.
// Made at the browser's start (or the first click): read a practice page while idle, so the first
// real page finds the code compiled. A real page first makes it pointless.
const practice = practiseOnce((page) => readSentPage(page));

backgroundMessaging.onMessage('readPageOffscreen', ({ data, sender }) => {
  practice.skip();
  refuseUnless(
    isFromOwnExtensionContext(sender, browser.runtime.id, browser.runtime.getURL('/')),
    isPageHtml(data) && (data.site === undefined || isSiteKnowledgeData(data.site)),
  );
  return readSentPage(data, data.site);
});

// The page's own request, straight from its content script (one copy of the HTML fewer than through
// the service worker). This document keeps the reading and answers the page itself, its head here and
// the analysis on readAnalysisDirect (issue 11); the worker, which holds the site memory and keeps
// readings for the panel, gets its copy (same key) once the page has its analysis (see hand-over-later).
// The popup asks here first (getReadingDirect), as it may well ask before that copy is in.
const inbox = createPartsInbox(MAX_PAGE_HTML_CHARS);
const kept = createReadingShelf();
const handOvers = createHandOvers(WORKER_COPY_FALLBACK_MS);
const waits = createAnalysisWaits();
backgroundMessaging.onMessage('pagePart', ({ data, sender }) => {
  refuseUnless(isFromOwnContentScript(sender, browser.runtime.id), isPagePart(data));
  return holdPart(inbox, partsSenderOf(sender), data);
});
const ahead = createKnowledgeAhead();
backgroundMessaging.onMessage('siteKnowledgeAhead', ({ data, sender }) => {
  refuseUnless(isFromOwnExtensionContext(sender, browser.runtime.id, browser.runtime.getURL('/')), isKnowledgeAheadData(data));
  ahead.put(data.source, data.site);
});
// The click's popup takes its reading from here the moment it is made (see click-readings).
const clicks = createClickReadings();
backgroundMessaging.onMessage('tabClicked', ({ data, sender }) => {
  refuseUnless(isFromOwnExtensionContext(sender, browser.runtime.id, browser.runtime.getURL('/')), isTabClick(data));
  clicks.clicked(data.tabId, data.at);
});
backgroundMessaging.onMessage('clickReadingDirect', ({ data, sender }) => {
  refuseUnless(isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/')), isTabRequest(data));
  return clicks.forClick(data.tabId);
});
backgroundMessaging.onMessage('readPageDirect', async ({ data, sender }) => {
  practice.skip();
  refuseUnless(isFromOwnContentScript(sender, browser.runtime.id), isPageHtml(data));
  const { html, source } = wholePage(inbox, partsSenderOf(sender), data);
  const sentAhead = ahead.take(source);
  const site = sentAhead !== undefined ? Promise.resolve(sentAhead) : backgroundMessaging.sendMessage('siteKnowledge', { source }).catch(() => null);
  const tabId = sender.tab.id;
  const reading = kept.put(tabId, await readSentPageAsKnowledgeComes({ html, source }, site));
  const keep = () => void backgroundMessaging.sendMessage('keepReading', { tabId, source, reading }).catch(() => {});
  if (reading.status !== 'ok' || !reading.key) keep();
  else handOvers.hold(reading.key, keep);
  waits.made(tabId, reading);
  clicks.made(tabId, reading);
  const head = headOf(reading);
  if (!head) throw new Error('Quotelens: the reading was not kept.');
  return head;
});
// The page's early request, sent right behind its HTML: answered as soon as the reading is made.
backgroundMessaging.onMessage('awaitAnalysisDirect', async ({ sender }) => {
  refuseUnless(isFromOwnContentScript(sender, browser.runtime.id), true);
  const answer = keyedAnalysisOf(await waits.next(sender.tab.id));
  if (answer) handOvers.due(answer.key);
  return answer;
});
backgroundMessaging.onMessage('readAnalysisDirect', ({ data, sender }) => {
  refuseUnless(isFromOwnContentScript(sender, browser.runtime.id), isAnalysisRequest(data));
  const reading = kept.get(sender.tab.id, data.key);
  handOvers.due(data.key);
  return reading?.status === 'ok' ? reading.analysis : null;
});
backgroundMessaging.onMessage('getReadingDirect', ({ data, sender }) => {
  refuseUnless(isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/')), isReadingRequest(data));
  return kept.get(data.tabId, data.key);
});
