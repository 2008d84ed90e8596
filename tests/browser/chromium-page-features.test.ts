import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { PageReport } from '@/lib/messaging/protocol';
import { clickChromiumAction, launchChromium, sendFromWorker, type ChromiumSession } from './support/chromium';
import { outerHtml } from './support/probes';
import { servePages, type PageServer } from './support/server';

type OkReport = Extract<PageReport, { status: 'ok' }>;
let server: PageServer;
let chromium: ChromiumSession;
let page: Page;
let tabId: number;
let before: string;
let report: OkReport;
const pageErrors: string[] = [];
const send = (type: string, data?: unknown) => sendFromWorker(chromium, tabId, type, data);
const cardShown = () => page.evaluate('!!document.querySelector("quotelens-card")') as Promise<boolean>;

/** Where the first range of a painted highlight sits on screen (main world sees CSS.highlights). */
const firstRangeCentre = (prefix: string) =>
  page.evaluate(`(() => {
    for (const [name, h] of CSS.highlights) {
      if (!String(name).startsWith(${JSON.stringify(prefix)})) continue;
      for (const r of h) { const b = r.getClientRects()[0]; if (b && b.top > 0 && b.bottom < innerHeight) return { x: b.left + Math.min(8, b.width / 2), y: b.top + b.height / 2 }; }
    }
    return null;
  })()`) as Promise<{ x: number; y: number } | null>;

beforeAll(async () => {
  server = await servePages(resolve('tests/fixtures'));
  chromium = await launchChromium();
  await chromium.worker.evaluate('chrome.storage.local.set({ highlightsEnabled: true })');
  page = await chromium.browser.newPage();
  page.on('pageerror', (error) => void pageErrors.push(String(error)));
  await page.goto(`${server.origin}/seed/article.html`, { waitUntil: 'load' });
  before = await outerHtml(page);
  const clicked = await clickChromiumAction(chromium, page);
  tabId = clicked.tabId;
  await clicked.popup.waitForSelector('.speaker', { timeout: 15_000 });
  await clicked.popup.close();
  report = (await send('getReport')) as OkReport;
  await page.bringToFront();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('Chromium: hover card, keyboard, badge', () => {
  it('shows the quote count on the toolbar badge of that tab', async () => {
    const text = await chromium.worker.evaluate(`chrome.action.getBadgeText({ tabId: ${tabId} })`);
    expect(text).toBe(String(report.analysis.quotes.length));
  });

  it('shows a card when the pointer rests on a highlighted quote, and removes it when it leaves', async () => {
    await page.evaluate('window.scrollTo(0, 0)');
    const at = await firstRangeCentre('quotelens-quote-');
    expect(at).not.toBeNull();
    await page.mouse.move(at!.x, at!.y);
    await page.waitForFunction('!!document.querySelector("quotelens-card")', { timeout: 3000 });
    // A closed shadow root: the page cannot read into the card.
    expect(await page.evaluate('document.querySelector("quotelens-card").shadowRoot')).toBeNull();
    await page.mouse.move(2, 2);
    await page.waitForFunction('!document.querySelector("quotelens-card")', { timeout: 3000 });
    expect(await outerHtml(page)).toBe(before);
  });

  it('walks through the quotes with Alt+Shift+J and closes the card with Escape', async () => {
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyJ');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await page.waitForFunction('!!document.querySelector("quotelens-card")', { timeout: 3000 });
    await page.keyboard.press('Escape');
    expect(await cardShown()).toBe(false);
  });

  it('removes an open card when highlights are switched off, leaving outerHTML identical', async () => {
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyK');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await page.waitForFunction('!!document.querySelector("quotelens-card")', { timeout: 3000 });
    await send('setHighlights', { enabled: false });
    expect(await cardShown()).toBe(false);
    expect(await outerHtml(page)).toBe(before);
    await send('setHighlights', { enabled: true });
  });
});

describe('Chromium: pages that change after the analysis', () => {
  const waitForText = async (words: string) => {
    for (let i = 0; i < 60; i++) {
      const r = (await send('getReport')) as OkReport;
      if (r.status === 'ok' && r.analysis.text.includes(words) && r.highlights.method !== 'none') return r;
      await new Promise((res) => setTimeout(res, 250));
    }
    throw new Error(`never re-analysed: ${words}`);
  };
  const allRangesLive = () =>
    page.evaluate(`[...CSS.highlights].filter(([n]) => String(n).startsWith('quotelens-')).every(([, h]) => [...h].every((r) => r.startContainer.isConnected))`);

  it('picks up a paragraph that loads late and paints its quote', async () => {
    await page.evaluate(`(() => {
      const p = document.createElement('p');
      p.textContent = '\u201CThe night buses will run again from next week,\u201D said Transport Commissioner Lena Varga.';
      // Among the article's paragraphs, as pages that load their body in parts add text.
      const paragraphs = document.querySelectorAll('article p');
      paragraphs[Math.floor(paragraphs.length / 2)].after(p);
    })()`);
    const fresh = await waitForText('night buses');
    expect(fresh.analysis.quotes.some((q) => q.text.includes('night buses'))).toBe(true);
    expect(await allRangesLive()).toBe(true);
  });

  it('re-reads the article after single-page-app navigation, leaving no stale highlight', async () => {
    await page.evaluate(`(() => {
      const host = document.querySelector('article') ?? document.body;
      const fresh = document.createElement('article');
      const h = document.createElement('h1');
      h.textContent = 'Harbour ferry timetable changes';
      fresh.append(h);
      for (const text of [
        'The harbour authority published a new ferry timetable on Tuesday after weeks of complaints from commuters who said the morning crossings were too crowded.',
        '\u201CWe heard the riders and we added two early sailings,\u201D said Harbour Director Mateo Ruiz, who announced the change at a public meeting.',
        'Commuters at the meeting welcomed the extra crossings but asked for more seating on the evening return trips, which remain full most days.',
        '\u201CIt is a start, not a solution,\u201D said Deputy Mayor Ines Costa, who chairs the transport committee and plans a review in spring.',
      ]) { const p = document.createElement('p'); p.textContent = text; fresh.append(p); }
      host.replaceWith(fresh);
      history.pushState({}, '', location.pathname + '?view=ferries');
    })()`);
    const fresh = await waitForText('early sailings');
    expect(fresh.analysis.text).not.toContain('night buses');
    expect(await allRangesLive()).toBe(true);
    const names = (await page.evaluate(`[...CSS.highlights.keys()].filter((n) => n.startsWith('quotelens-quote-'))`)) as string[];
    expect(names.length).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });
});
