import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { PageReport } from '@/lib/messaging/protocol';
import { clickChromiumAction, launchChromium, sendFromWorker, type ChromiumSession } from './support/chromium';
import { outerHtml, probePaint } from './support/probes';
import { servePages, type PageServer } from './support/server';

// Issue 13, the page's side: text the page does not render (a hover card hidden by the site's CSS
// inside a paragraph, a menu of visibility:hidden) never reaches Readability, so it is neither glued
// into the paragraph ("Ilhan OmarIlhan OmarHillicon Valley") nor analysed; the live page is only read.
type OkReport = Extract<PageReport, { status: 'ok' }>;
let server: PageServer;
let chromium: ChromiumSession;
let page: Page;
let tabId: number;
let before: string;
let report: OkReport;

beforeAll(async () => {
  server = await servePages(resolve('tests/browser/fixtures'));
  chromium = await launchChromium();
  await chromium.worker.evaluate('chrome.storage.local.set({ highlightsEnabled: true })');
  page = await chromium.browser.newPage();
  await page.goto(`${server.origin}/hidden-card.html`, { waitUntil: 'load' });
  before = await outerHtml(page);
  const clicked = await clickChromiumAction(chromium, page);
  tabId = clicked.tabId;
  await clicked.popup.waitForSelector('.speaker', { timeout: 15_000 });
  await clicked.popup.close();
  report = (await sendFromWorker(chromium, tabId, 'getReport')) as OkReport;
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('Chromium: text that is not rendered is not the article', () => {
  it('reads the paragraph without the hidden hover card spliced into it', () => {
    expect(report.status).toBe('ok');
    const { text } = report.analysis;
    expect(text).toContain('said Ilhan Omar, who chairs the finance committee.');
    expect(text).not.toContain('Hillicon');
    expect(text).not.toContain('sign up');
  });

  it('still finds both quotes and their speakers', () => {
    const speakers = report.analysis.quotes.map((q) => q.speakerMention?.text);
    expect(speakers).toEqual(expect.arrayContaining(['Ilhan Omar', 'Marta Lindqvist']));
  });

  it('paints every span, and switching off leaves the page byte for byte as it was', async () => {
    expect(report.highlights.unanchored).toBe(0);
    expect(report.highlights.painted).toBeGreaterThan(0);
    await sendFromWorker(chromium, tabId, 'setHighlights', { enabled: false });
    expect(await outerHtml(page)).toBe(before);
    expect((await probePaint(page)).highlights).toEqual({});
  });
});
