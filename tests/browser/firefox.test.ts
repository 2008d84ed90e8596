import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { fromSentReading, type SentReading } from '@/lib/messaging/background-protocol';
import type { LeanPageReport, PageReport } from '@/lib/messaging/protocol';
import { clickFirefoxAction, closeFirefoxPopupPanel, launchFirefox, openFirefoxPopup, sendFromExtensionPage, type FirefoxSession } from './support/firefox';
import { foreign, outerHtml, probePaint, settledScroll } from './support/probes';
import { servePages, type PageServer } from './support/server';

const SHOTS = resolve('tests/browser/screenshots');
const READY = `!!document.querySelector('.speaker, #root:not([data-static]) .counts') || /no article/i.test(document.querySelector('.status__title')?.textContent ?? '')`;
let server: PageServer;
let firefox: FirefoxSession;
const requests: string[] = [];
const pageErrors: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  page.on('request', (req) => void requests.push(req.url()));
  page.on('pageerror', (error) => void pageErrors.push(String(error)));
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return page;
}

/** Clicks the toolbar button on `page`, then opens the popup in a tab to drive it. */
async function clickAndOpenPopup(page: Page): Promise<{ popup: Page; tabId: number }> {
  const tabId = await clickFirefoxAction(firefox, page);
  const popup = await openFirefoxPopup(firefox, tabId, READY);
  return { popup, tabId };
}

// Interval polling: a background tab runs no animation frames, so the default 'raf' polling would stall.
const waitFor = (page: Page, expression: string) => page.waitForFunction(expression, { polling: 100, timeout: 10_000 });

const totalRanges = (h: Record<string, number>) => Object.values(h).reduce((a, b) => a + b, 0);

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await servePages(resolve('tests/fixtures'));
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox: the seed article', () => {
  let page: Page;
  let popup: Page;
  let tabId: number;
  let before: string;
  let report: Extract<PageReport, { status: 'ok' }>;
  const send = (type: string, data?: unknown) => sendFromExtensionPage(popup, tabId, type, data);

  beforeAll(async () => {
    page = await open('/seed/article.html');
    before = await outerHtml(page);
    ({ popup, tabId } = await clickAndOpenPopup(page));
    await popup.evaluate('browser.storage.local.set({ highlightsEnabled: true })');
    report = (await send('getReport')) as typeof report;
    await send('setHighlights', { enabled: true });
  });

  it('reports the article with its quotes, every span found again in the page', () => {
    expect(report.status).toBe('ok');
    expect(report.analysis.quotes.length).toBeGreaterThan(0);
    const officialMentions = report.analysis.entities
      .filter((e) => e.type === 'person' && e.title)
      .reduce((n, e) => n + e.mentions.length, 0);
    // Duplicate and boilerplate marks are on by default: every occurrence of a group, every place of a line.
    const duplicateMarks = report.analysis.duplicates.reduce((n, g) => n + g.occurrences.length, 0);
    const boilerplateMarks = report.analysis.boilerplate.reduce((n, b) => n + (b.occurrences?.length || 1), 0);
    expect(report.highlights).toMatchObject({ painted: report.analysis.quotes.length + officialMentions + duplicateMarks + boilerplateMarks, unanchored: 0 });
  });

  it('paints with the Highlight API in the page document, leaving the DOM untouched', async () => {
    const probe = await probePaint(page);
    expect(probe.highlights['quotelens-official']).toBeGreaterThan(0);
    const duplicateMarks = report.analysis.duplicates.reduce((n, g) => n + g.occurrences.length, 0);
    expect(probe.highlights['quotelens-duplicate'] ?? 0).toBeGreaterThanOrEqual(duplicateMarks);
    expect(totalRanges(probe.highlights)).toBeGreaterThanOrEqual(report.highlights.painted);
    expect(probe.marks).toBe(0);
    expect(probe.adoptedSheets).toBe(1);
    expect(await outerHtml(page)).toBe(before);
  });

  it('shows speakers and counts in the popup', async () => {
    const speakers = new Set(report.analysis.quotes.map((q) => q.speakerId));
    expect(await popup.$$eval('.speaker', (els) => els.length)).toBe(speakers.size);
    expect(await popup.$eval('[data-count="quotes"]', (el) => el.textContent ?? '')).toContain(String(report.analysis.quotes.length));
    await popup.screenshot({ path: `${SHOTS}/firefox-popup.png` });
  });

  it('keeps answering after a second injection without painting twice', async () => {
    const probe = await probePaint(page);
    await popup.evaluate(`browser.scripting.executeScript({ target: { tabId: ${tabId} }, files: ['/content-scripts/content.js'] }).then(() => true)`);
    const again = (await send('getReport')) as typeof report;
    expect(again.analysis.quotes).toEqual(report.analysis.quotes);
    expect(await probePaint(page)).toEqual(probe);
  });

  it('scrolls the page to a quote clicked in the popup', async () => {
    await page.evaluate('window.scrollTo(0, 0)');
    const last = [...report.analysis.quotes].sort((a, b) => b.start - a.start)[0];
    const buttons = await popup.$$('.quote__button');
    const texts = await Promise.all(buttons.map((b) => b.evaluate((el) => el.textContent ?? '')));
    await buttons[texts.findIndex((t) => t.includes(last.text))].click();
    expect(await settledScroll(page)).toBeGreaterThan(100);
  });

  it('toggles highlights off from the popup switch, leaving outerHTML byte-identical', async () => {
    await popup.click('button[role="switch"]');
    await waitFor(popup, `document.querySelector('button[role="switch"][aria-checked="false"]:not([disabled])')`);
    expect(await probePaint(page)).toEqual({ highlights: {}, marks: 0, adoptedSheets: 0 });
    expect(await outerHtml(page)).toBe(before);
    await popup.click('button[role="switch"]');
    await waitFor(popup, `document.querySelector('button[role="switch"][aria-checked="true"]:not([disabled])')`);
    expect(totalRanges((await probePaint(page)).highlights)).toBeGreaterThanOrEqual(report.highlights.painted);
  });

  it.each([
    ['reveal', { start: -3, end: 3 }],
    ['setHighlights', { enabled: 1 }],
  ])('refuses the malformed message %s %j', async (type, data) => {
    await expect(send(type, data)).rejects.toThrow(/refused/);
  });

  it('shows the highlights on screen (screenshot)', async () => {
    await page.bringToFront();
    const shot = await page.screenshot({ path: `${SHOTS}/firefox-page-highlights.png` });
    expect(shot.length).toBeGreaterThan(10_000);
  });

  afterAll(async () => {
    await popup?.close().catch(() => {});
    await closeFirefoxPopupPanel(firefox);
  });
});

describe('Firefox: other pages', () => {
  afterEach(() => closeFirefoxPopupPanel(firefox));

  it('shows the no-article state on a sign-in page', async () => {
    const page = await open('/pages/no-article.html');
    const before = await outerHtml(page);
    const { popup, tabId } = await clickAndOpenPopup(page);
    expect(await popup.$eval('.popup', (el) => el.textContent ?? '')).toMatch(/no article/i);
    expect(((await sendFromExtensionPage(popup, tabId, 'getReport')) as PageReport).status).toBe('no-article');
    expect(await outerHtml(page)).toBe(before);
    await popup.close();
  });

  it('treats markup and template syntax inside quotes as text', async () => {
    const page = await open('/pages/markup-quotes.html');
    const before = await outerHtml(page);
    const { popup, tabId } = await clickAndOpenPopup(page);
    const report = (await sendFromExtensionPage(popup, tabId, 'getReport')) as Extract<PageReport, { status: 'ok' }>;
    expect(report.highlights).toMatchObject({ enabled: true, unanchored: 0 });
    expect(report.highlights.painted).toBeGreaterThan(0);
    // The popup took the analysis from the background page, which keeps it under the page's key.
    const lean = (await sendFromExtensionPage(popup, tabId, 'getReport', { lean: true })) as LeanPageReport;
    expect(lean.readingKey).toEqual(expect.any(String));
    const message = JSON.stringify({ id: 1, type: 'getReading', data: { tabId, key: lean.readingKey }, timestamp: 0 });
    const kept = ((await popup.evaluate(`browser.runtime.sendMessage(${message})`)) as { res?: SentReading | null }).res;
    const restored = kept && fromSentReading(kept);
    expect(restored && restored.status === 'ok' && restored.analysis.quotes).toEqual(report.analysis.quotes);
    const texts = await popup.$$eval('.quote__text', (els) => els.map((el) => el.textContent ?? ''));
    expect(texts.some((t) => t.includes("<script>alert('tickets')</script>"))).toBe(true);
    expect(await page.evaluate('document.scripts.length')).toBe(0);
    await sendFromExtensionPage(popup, tabId, 'setHighlights', { enabled: false });
    expect(await outerHtml(page)).toBe(before);
    await sendFromExtensionPage(popup, tabId, 'setHighlights', { enabled: true });
    await popup.close();
  });

  it('made no request beyond 127.0.0.1 and raised no page error', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(foreign(requests)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
