import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { fromSentReading, type SentReading } from '@/lib/messaging/background-protocol';
import type { LeanPageReport, PageReport } from '@/lib/messaging/protocol';
import { clickChromiumAction, injectFromWorker, launchChromium, sendFromWorker, type ChromiumSession } from './support/chromium';
import { foreign, outerHtml, probePaint, settledScroll } from './support/probes';
import { servePages, type PageServer } from './support/server';

const SHOTS = resolve('tests/browser/screenshots');
let server: PageServer;
let chromium: ChromiumSession;
const requests: string[] = [];
const pageErrors: string[] = [];

/** Opens a fixture page in a new tab, recording its requests and errors. */
async function open(path: string): Promise<Page> {
  const page = await chromium.browser.newPage();
  page.on('request', (req) => void requests.push(req.url()));
  page.on('pageerror', (error) => void pageErrors.push(String(error)));
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return page;
}

const totalRanges = (h: Record<string, number>) => Object.values(h).reduce((a, b) => a + b, 0);

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await servePages(resolve('tests/fixtures'));
  chromium = await launchChromium();
});

/** Each page starts with highlights on, whatever an earlier test left in storage. */
const resetSettings = () => chromium.worker.evaluate('chrome.storage.local.set({ highlightsEnabled: true })');

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('Chromium: the seed article', () => {
  let page: Page;
  let popup: Page;
  let tabId: number;
  let before: string;
  let report: Extract<PageReport, { status: 'ok' }>;
  const send = (type: string, data?: unknown) => sendFromWorker(chromium, tabId, type, data);

  beforeAll(async () => {
    await resetSettings();
    page = await open('/seed/article.html');
    before = await outerHtml(page);
    ({ popup, tabId } = await clickChromiumAction(chromium, page));
    await popup.waitForSelector('.speaker', { timeout: 15_000 });
    report = (await send('getReport')) as typeof report;
  });

  it('answers the popup lean, and the background hands the popup the same analysis under that key', async () => {
    const lean = (await send('getReport', { lean: true })) as LeanPageReport;
    expect(lean).toMatchObject({ status: 'ok', readingKey: expect.any(String) });
    expect('analysis' in lean).toBe(false);
    const ask = (key: string) =>
      popup.evaluate(`chrome.runtime.sendMessage(${JSON.stringify({ id: 1, type: 'getReading', data: { tabId, key }, timestamp: 0 })})`) as Promise<{ res?: SentReading | null }>;
    const kept = (await ask(lean.readingKey)).res;
    if (!kept || kept.status !== 'ok') throw new Error(`the background kept nothing: ${JSON.stringify(kept)?.slice(0, 200)}`);
    const restored = fromSentReading(kept);
    expect(restored.status === 'ok' && restored.analysis.quotes).toEqual(report.analysis.quotes);
    expect((await ask('not-the-key')).res).toBeNull();
  });

  it('loads Readability and the core into the page only on the content script\'s request (the in-page fallback)', async () => {
    const inPage = (func: string) =>
      chromium.worker.evaluate(`chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: ${func} }).then((r) => r[0].result)`);
    const readerThere = `() => typeof globalThis[Symbol.for('quotelens.in-page-reader')]?.extract === 'function'`;
    // The click injected the small content script only.
    expect(await inPage(readerThere)).toBe(false);
    // From the content script's world, the request the fallback makes; the background runs page-reader.js.
    const asked = await inPage(`() => chrome.runtime.sendMessage({ id: 1, type: 'loadPageReader', timestamp: 0 }).then((r) => r.err?.message ?? 'ok')`);
    expect(asked).toBe('ok');
    const quotes = await inPage(`() => {
      const reader = globalThis[Symbol.for('quotelens.in-page-reader')];
      return reader.analyze(reader.extract(document), { source: location.href }).quotes.length;
    }`);
    expect(quotes).toBe(report.analysis.quotes.length);
  });

  it('has the offscreen document read the page straight from the content script and answer it, the worker getting a copy', async () => {
    // Only the offscreen document answers readPageDirect and readAnalysisDirect: the worker has no such handlers.
    const fromPage = (message: object) => chromium.worker.evaluate(`chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: (m) =>
      chrome.runtime.sendMessage(m), args: [${JSON.stringify(message)}] }).then((r) => r[0].result)`);
    const head = (await fromPage({ id: 2, type: 'readPageDirect', data: { html: '<!DOCTYPE html><html><body><p>-</p></body></html>', source: 'x' }, timestamp: 0 })) as { res?: unknown };
    expect(head.res).toMatchObject({ status: 'no-article' });
    const read = (await chromium.worker.evaluate(`chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: () =>
      chrome.runtime.sendMessage({ id: 3, type: 'readPageDirect', data: { html: document.documentElement.outerHTML, source: location.href }, timestamp: 0 })
    }).then((r) => r[0].result)`)) as { res?: { status: string; key?: string }; err?: unknown };
    expect(read.err).toBeUndefined();
    expect(read.res).toMatchObject({ status: 'ok', key: expect.any(String) });
    const key = read.res!.key!;
    // A short article's analysis comes along in the same answer (one round trip fewer).
    expect((read.res as { analysis?: { quotes?: unknown[] } }).analysis?.quotes?.length).toBeGreaterThan(0);
    // The popup may ask before the worker has its copy: the offscreen document answers it at once.
    const made = (await popup.evaluate(`chrome.runtime.sendMessage(${JSON.stringify({ id: 6, type: 'getReadingDirect', data: { tabId, key }, timestamp: 0 })})`)) as { res?: SentReading | null };
    expect(made.res).toMatchObject({ status: 'ok', key });
    const analysis = (await fromPage({ id: 4, type: 'readAnalysisDirect', data: { key }, timestamp: 0 })) as { res?: { quotes?: unknown[] } | null };
    expect(analysis.res?.quotes?.length).toBeGreaterThan(0);
    // The worker's copy (for the panel) follows the page's answer, under the same key.
    const kept = async () => (await popup.evaluate(`chrome.runtime.sendMessage(${JSON.stringify({ id: 5, type: 'getReading', data: { tabId, key }, timestamp: 0 })})`)) as { res?: SentReading | null };
    let copy = await kept();
    for (let tries = 0; !copy.res && tries < 20; tries++) copy = await new Promise((r) => setTimeout(r, 100)).then(kept);
    expect(copy.res).toMatchObject({ status: 'ok', key });
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
    expect(report.highlights).toEqual({
      enabled: true,
      painted: report.analysis.quotes.length + officialMentions + duplicateMarks + boilerplateMarks,
      unanchored: 0,
      method: 'highlight-api',
    });
  });

  it('paints with the Highlight API in the page document, leaving the DOM untouched', async () => {
    const probe = await probePaint(page);
    expect(Object.keys(probe.highlights).some((n) => n.startsWith('quotelens-quote-'))).toBe(true);
    expect(probe.highlights['quotelens-official']).toBeGreaterThan(0);
    const duplicateMarks = report.analysis.duplicates.reduce((n, g) => n + g.occurrences.length, 0);
    expect(probe.highlights['quotelens-duplicate'] ?? 0).toBeGreaterThanOrEqual(duplicateMarks);
    expect(totalRanges(probe.highlights)).toBeGreaterThanOrEqual(report.highlights.painted);
    expect(probe.marks).toBe(0);
    expect(probe.adoptedSheets).toBe(1);
    expect(await outerHtml(page)).toBe(before);
  });

  it('shows speakers and counts in the real popup', async () => {
    const speakers = new Set(report.analysis.quotes.map((q) => q.speakerId));
    expect(await popup.$$eval('.speaker', (els) => els.length)).toBe(speakers.size);
    const quotesChip = await popup.$eval('[data-count="quotes"]', (el) => el.textContent ?? '');
    expect(quotesChip).toContain(String(report.analysis.quotes.length));
    await popup.screenshot({ path: `${SHOTS}/chromium-popup.png` });
  });

  it('keeps answering after a second injection without painting twice', async () => {
    const probe = await probePaint(page);
    await injectFromWorker(chromium, tabId);
    const again = (await send('getReport')) as typeof report;
    expect(again.analysis.quotes).toEqual(report.analysis.quotes);
    expect(await probePaint(page)).toEqual(probe);
  });

  it('scrolls to a quote and flashes it when the popup item is clicked', async () => {
    await page.evaluate('window.scrollTo(0, 0)');
    // The quote that starts last in the article sits far below the fold.
    const last = [...report.analysis.quotes].sort((a, b) => b.start - a.start)[0];
    const buttons = await popup.$$('.quote__button');
    const texts = await Promise.all(buttons.map((b) => b.evaluate((el) => el.textContent ?? '')));
    await buttons[texts.findIndex((t) => t.includes(last.text))].click();
    await page.waitForFunction('CSS.highlights.has("quotelens-flash")', { timeout: 3000 });
    expect(await settledScroll(page)).toBeGreaterThan(100);
    await page.screenshot({ path: `${SHOTS}/chromium-page-highlights.png` });
    await page.waitForFunction('!CSS.highlights.has("quotelens-flash")', { timeout: 5000 });
  });

  it('scrolls on a reveal message for a span late in the article', async () => {
    await page.evaluate('window.scrollTo(0, 0)');
    const last = [...report.analysis.quotes].sort((a, b) => b.start - a.start)[0];
    expect(await send('reveal', { start: last.start, end: last.end })).toBe(true);
    expect(await settledScroll(page)).toBeGreaterThan(100);
  });

  it('toggles highlights off from the popup switch, leaving outerHTML byte-identical', async () => {
    await popup.click('button[role="switch"]');
    await popup.waitForSelector('button[role="switch"][aria-checked="false"]:not([disabled])');
    const probe = await probePaint(page);
    expect(probe).toEqual({ highlights: {}, marks: 0, adoptedSheets: 0 });
    expect(await outerHtml(page)).toBe(before);
    await popup.click('button[role="switch"]');
    await popup.waitForSelector('button[role="switch"][aria-checked="true"]:not([disabled])');
    expect(totalRanges((await probePaint(page)).highlights)).toBeGreaterThanOrEqual(report.highlights.painted);
  });

  it('restores outerHTML exactly when switched off by message, even right after a flash', async () => {
    const first = report.analysis.quotes[0];
    await send('reveal', { start: first.start, end: first.end });
    expect(await send('setHighlights', { enabled: false })).toMatchObject({ enabled: false, painted: 0, method: 'none' });
    expect(await outerHtml(page)).toBe(before);
    expect((await probePaint(page)).adoptedSheets).toBe(0);
    await send('setHighlights', { enabled: true });
  });

  it.each([
    ['reveal', { start: 'x', end: 3 }],
    ['reveal', { start: 5, end: 2 }],
    ['setHighlights', { enabled: 'yes' }],
    ['getReport', { extra: true }],
  ])('refuses the malformed message %s %j', async (type, data) => {
    await expect(send(type, data)).rejects.toThrow(/refused/);
  });

  afterAll(async () => {
    await popup?.close().catch(() => {});
  });
});

describe('Chromium: other pages', () => {
  beforeAll(resetSettings);
  it('shows the no-article state on a sign-in page', async () => {
    const page = await open('/pages/no-article.html');
    const before = await outerHtml(page);
    const { popup, tabId } = await clickChromiumAction(chromium, page);
    // Wait for any settled view, then require the no-article one (fails fast if an article is shown).
    await popup.waitForFunction(`document.querySelector('.summary, .speaker, .counts') || /no article/i.test(document.querySelector('.status__title')?.textContent ?? '')`, {
      timeout: 15_000,
    });
    expect(await popup.$eval('.popup', (el) => el.textContent ?? '')).toMatch(/no article/i);
    const report = (await sendFromWorker(chromium, tabId, 'getReport')) as PageReport;
    expect(report.status).toBe('no-article');
    expect(await outerHtml(page)).toBe(before);
    await popup.screenshot({ path: `${SHOTS}/chromium-popup-no-article.png` });
    await popup.close();
  });

  it('treats markup and template syntax inside quotes as text', async () => {
    const page = await open('/pages/markup-quotes.html');
    const before = await outerHtml(page);
    const { popup, tabId } = await clickChromiumAction(chromium, page);
    await popup.waitForSelector('.speaker', { timeout: 15_000 });
    const report = (await sendFromWorker(chromium, tabId, 'getReport')) as Extract<PageReport, { status: 'ok' }>;
    expect(report.highlights.unanchored).toBe(0);
    expect(report.highlights.painted).toBeGreaterThan(0);
    const texts = await popup.$$eval('.quote__text', (els) => els.map((el) => el.textContent ?? ''));
    expect(texts.some((t) => t.includes("<script>alert('tickets')</script>"))).toBe(true);
    expect(await popup.$$eval('.popup script, .popup b', (els) => els.length)).toBe(0);
    expect(await page.evaluate('document.scripts.length')).toBe(0);
    expect(await outerHtml(page)).toBe(before);
    await sendFromWorker(chromium, tabId, 'setHighlights', { enabled: false });
    expect(await outerHtml(page)).toBe(before);
    await popup.close();
  });

  it('made no request beyond 127.0.0.1 and raised no page error', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(foreign(requests)).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(server.requests.every((p) => p.startsWith('/seed/') || p.startsWith('/pages/') || p === '/favicon.ico')).toBe(true);
  });
});
