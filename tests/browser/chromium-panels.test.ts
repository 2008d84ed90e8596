import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { PageReport } from '@/lib/messaging/protocol';
import { clickChromiumAction, launchChromium, sendFromWorker, type ChromiumSession } from './support/chromium';
import { servePages, type PageServer } from './support/server';

type OkReport = Extract<PageReport, { status: 'ok' }>;
let server: PageServer;
let chromium: ChromiumSession;
let page: Page;
let tabId: number;
let report: OkReport;

/** Quote ids per painted highlight name, read back from the page's ranges by their text. */
const paintedNames = (quotes: { text: string }[]) =>
  page.evaluate(`(() => {
    const quotes = ${JSON.stringify(quotes.map((q) => q.text))};
    const out = {};
    for (const [name, h] of CSS.highlights) {
      if (!String(name).startsWith('quotelens-quote-')) continue;
      for (const r of h) {
        const text = r.toString();
        const i = quotes.findIndex((q) => q.startsWith(text) || text.startsWith(q.slice(0, 20)));
        if (i >= 0) out[i] = name;
      }
    }
    return out;
  })()`) as Promise<Record<number, string>>;

const rangeCounts = () =>
  page.evaluate(`Object.fromEntries([...CSS.highlights].map(([n, h]) => [n, h.size]))`) as Promise<Record<string, number>>;

async function openPanel(forTab: number): Promise<Page> {
  const panel = await chromium.browser.newPage();
  await panel.goto(`chrome-extension://${chromium.extensionId}/sidepanel.html?tabId=${forTab}`);
  await panel.waitForSelector('.speaker, .status__title', { timeout: 15_000 });
  return panel;
}

beforeAll(async () => {
  server = await servePages(resolve('tests/fixtures'));
  chromium = await launchChromium();
  await chromium.worker.evaluate('chrome.storage.local.set({ highlightsEnabled: true })');
  page = await chromium.browser.newPage();
  await page.goto(`${server.origin}/pages/markup-quotes.html`, { waitUntil: 'load' });
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

describe('Chromium: the reader\'s corrections reach the page', () => {
  it('drops a dismissed quote and recolours a reassigned one, then restores both', async () => {
    const attributed = [...report.analysis.quotes].filter((q) => q.speakerId).sort((a, b) => a.start - b.start);
    expect(attributed.length).toBeGreaterThanOrEqual(3);
    const keep = attributed[0];
    // Two quotes of other speakers: one moves to the first speaker, one is dismissed.
    const [moved, dismissed] = attributed.filter((q) => q.speakerId !== keep.speakerId);
    expect(dismissed).toBeDefined();
    const speaker = report.analysis.entities.find((e) => e.id === keep.speakerId)!;
    const before = await paintedNames([keep, moved, dismissed]);
    const rangesBefore = Object.values(await rangeCounts()).reduce((a, b) => a + b, 0);
    expect(before[1]).not.toBe(before[0]);
    const ref = (q: typeof keep) => ({ id: q.id, start: q.start, end: q.end, text: q.text.slice(0, 80) });
    const book = {
      pages: {
        [page.url()]: {
          at: 1,
          items: [
            { action: 'reassign', quote: ref(moved), speaker: { id: speaker.id, name: speaker.name } },
            { action: 'dismiss', quote: ref(dismissed) },
          ],
        },
      },
    };
    await chromium.worker.evaluate(`chrome.storage.local.set({ corrections: ${JSON.stringify(book)}, 'corrections$': { v: 1 } })`);
    await page.waitForFunction(`[...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) < ${rangesBefore}`, { timeout: 5000 });
    const after = await paintedNames([keep, moved, dismissed]);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(before[0]);
    expect(after[2]).toBeUndefined();
    await chromium.worker.evaluate(`chrome.storage.local.set({ corrections: { pages: {} } })`);
    await page.waitForFunction(`[...CSS.highlights.keys()].length > 0`, { timeout: 5000 });
    await expect.poll(() => paintedNames([keep, moved, dismissed]), { timeout: 5000 }).toEqual(before);
  });
});

describe('Chromium: the side panel', () => {
  it('shows the speakers of a tab where Quotelens ran', async () => {
    const panel = await openPanel(tabId);
    const speakers = new Set(report.analysis.quotes.map((q) => q.speakerId).filter(Boolean));
    const names = await panel.$$eval('.speaker', (els) => els.map((el) => el.textContent ?? ''));
    expect(names.length).toBeGreaterThanOrEqual(speakers.size);
    for (const id of speakers) {
      const name = report.analysis.entities.find((e) => e.id === id)!.name;
      expect(names.some((n) => n.includes(name))).toBe(true);
    }
    expect(await panel.$eval('main', (el) => el.getAttribute('aria-label'))).toMatch(/panel/i);
    await panel.close();
  });

  it('asks for the toolbar click on a tab where Quotelens did not run', async () => {
    const other = await chromium.browser.newPage();
    await other.goto(`${server.origin}/seed/article.html`, { waitUntil: 'load' });
    // Without a click the extension may not see the tab's URL: it is the active tab now.
    await other.bringToFront();
    const otherId = (await chromium.worker.evaluate(`chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([t]) => t.id)`)) as number;
    expect(otherId).not.toBe(tabId);
    const panel = await openPanel(otherId);
    await panel.waitForSelector('.status--needs-click', { timeout: 15_000 });
    expect(await panel.$eval('.status__title', (el) => el.textContent)).toMatch(/click the quotelens button/i);
    expect(await panel.$$('.speaker')).toHaveLength(0);
    // Nothing was injected there: the page has no highlights of ours.
    expect(await other.evaluate(`[...CSS.highlights.keys()].filter((n) => String(n).startsWith('quotelens')).length`)).toBe(0);
    await panel.close();
    await other.close();
  });
});
