import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { PageReport } from '@/lib/messaging/protocol';
import { clickFirefoxAction, closeFirefoxPopupPanel, launchFirefox, openFirefoxPopup, sendFromExtensionPage, type FirefoxSession } from './support/firefox';
import { outerHtml } from './support/probes';
import { servePages, type PageServer } from './support/server';

// The Firefox side of what chromium-page-features and chromium-site-memory check: the badge, the
// hover card and its keys, pages that change after the analysis, and the per-site memory (Firefox
// reads pages in its background page, not in an offscreen document, so these paths differ).

type OkReport = Extract<PageReport, { status: 'ok' }>;
const READY = `!!document.querySelector('.speaker, #root:not([data-static]) .counts')`;
let server: PageServer;
let firefox: FirefoxSession;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await servePages(resolve('tests/fixtures'));
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** Opens `path`, clicks the toolbar button, opens the popup for the tab; returns all three. */
async function visit(path: string): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await firefox.browser.newPage();
  page.on('pageerror', (error) => void pageErrors.push(String(error)));
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  const tabId = await clickFirefoxAction(firefox, page);
  const popup = await openFirefoxPopup(firefox, tabId, READY);
  await closeFirefoxPopupPanel(firefox);
  return { page, popup, tabId };
}

const pressWithAltShift = async (page: Page, key: 'KeyJ' | 'KeyK') => {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press(key);
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
};

describe('Firefox: badge, hover card, keyboard, late content', () => {
  let page: Page;
  let popup: Page;
  let tabId: number;
  let before: string;
  let report: OkReport;
  const send = (type: string, data?: unknown) => sendFromExtensionPage(popup, tabId, type, data);
  const cardShown = () => page.evaluate('!!document.querySelector("quotelens-card")') as Promise<boolean>;

  beforeAll(async () => {
    ({ page, popup, tabId } = await visit('/seed/article.html'));
    await popup.evaluate('browser.storage.local.set({ highlightsEnabled: true })');
    await send('setHighlights', { enabled: true });
    report = (await send('getReport')) as OkReport;
    before = await outerHtml(page);
    await page.bringToFront();
  });

  afterAll(async () => {
    await popup?.close().catch(() => {});
    await page?.close().catch(() => {});
  });

  it('shows the quote count on the toolbar badge of that tab', async () => {
    expect(report.status).toBe('ok');
    const text = await popup.evaluate(`browser.browserAction.getBadgeText({ tabId: ${tabId} })`);
    expect(text).toBe(String(report.analysis.quotes.length));
  });

  it('shows a card when the pointer rests on a highlighted quote, and removes it when it leaves', async () => {
    await page.evaluate('window.scrollTo(0, 0)');
    const at = (await page.evaluate(`(() => {
      for (const [name, h] of CSS.highlights) {
        if (!String(name).startsWith('quotelens-quote-')) continue;
        for (const r of h) { const b = r.getClientRects()[0]; if (b && b.top > 0 && b.bottom < innerHeight) return { x: b.left + Math.min(8, b.width / 2), y: b.top + b.height / 2 }; }
      }
      return null;
    })()`)) as { x: number; y: number } | null;
    expect(at).not.toBeNull();
    await page.mouse.move(at!.x, at!.y);
    await page.waitForFunction('!!document.querySelector("quotelens-card")', { timeout: 5000, polling: 100 });
    expect(await page.evaluate('document.querySelector("quotelens-card").shadowRoot')).toBeNull();
    await page.mouse.move(2, 2);
    await page.waitForFunction('!document.querySelector("quotelens-card")', { timeout: 5000, polling: 100 });
    expect(await outerHtml(page)).toBe(before);
  });

  it('walks through the quotes with Alt+Shift+J, closes the card with Escape, and drops it when highlights go off', async () => {
    await pressWithAltShift(page, 'KeyJ');
    await page.waitForFunction('!!document.querySelector("quotelens-card")', { timeout: 5000, polling: 100 });
    await page.keyboard.press('Escape');
    expect(await cardShown()).toBe(false);
    await pressWithAltShift(page, 'KeyK');
    await page.waitForFunction('!!document.querySelector("quotelens-card")', { timeout: 5000, polling: 100 });
    await send('setHighlights', { enabled: false });
    expect(await cardShown()).toBe(false);
    expect(await outerHtml(page)).toBe(before);
    await send('setHighlights', { enabled: true });
  });

  it('picks up a paragraph that loads late and paints its quote on live ranges', async () => {
    await page.evaluate(`(() => {
      const p = document.createElement('p');
      p.textContent = '\u201CThe tram depot will reopen before the winter timetable,\u201D said Transit Commissioner Ada Morrow.';
      const paragraphs = document.querySelectorAll('article p');
      paragraphs[Math.floor(paragraphs.length / 2)].after(p);
    })()`);
    await expect
      .poll(async () => {
        const fresh = (await send('getReport')) as OkReport;
        return fresh.status === 'ok' && fresh.highlights.method !== 'none' && fresh.analysis.quotes.some((q) => q.text.includes('tram depot'));
      }, { timeout: 15_000, interval: 250 })
      .toBe(true);
    const live = await page.evaluate(
      `[...CSS.highlights].filter(([n]) => String(n).startsWith('quotelens-')).every(([, h]) => [...h].every((r) => r.startContainer.isConnected))`,
    );
    expect(live).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});

describe('Firefox: per-site memory', () => {
  // Three invented articles of one site share a closing line no rule flags (same fixtures as Chromium's test).
  const SHARED = 'Our reporters cover the valley’s towns, farms and schools seven days a week.';
  const sharedLine = (r: OkReport) => r.analysis.boilerplate.find((b) => b.text === SHARED);

  it('flags the shared line on the third article of the site, not on the first two', async () => {
    const seen: (string | undefined)[] = [];
    for (const n of [1, 2, 3]) {
      const { page, popup, tabId } = await visit(`/pages/site-a-${n}.html`);
      const report = (await sendFromExtensionPage(popup, tabId, 'getReport')) as OkReport;
      expect(report.analysis.text).toContain(SHARED);
      seen.push(sharedLine(report)?.reason);
      if (n < 3) {
        // The background records an article after answering; wait for it before the next one.
        await expect
          .poll(() => popup.evaluate(`browser.storage.local.get('siteMemory').then(({ siteMemory }) => siteMemory?.sites?.['127.0.0.1']?.clock ?? 0)`), { timeout: 5000 })
          .toBeGreaterThanOrEqual(n);
      }
      await popup.close();
      await page.close();
    }
    expect(seen).toEqual([undefined, undefined, 'site boilerplate']);
  });
});
