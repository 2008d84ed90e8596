import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { PageReport } from '@/lib/messaging/protocol';
import { clickChromiumAction, launchChromium, sendFromWorker, type ChromiumSession } from './support/chromium';
import { servePages, type PageServer } from './support/server';

// Three invented articles of one site share a closing line that no rule flags; after the reader has
// opened two of them, the third lists that line as the site's boilerplate.
const SHARED = 'Our reporters cover the valley’s towns, farms and schools seven days a week.';
type Ready = Extract<PageReport, { status: 'ok' }>;

let server: PageServer;
let chromium: ChromiumSession;

beforeAll(async () => {
  server = await servePages(resolve('tests/fixtures'));
  chromium = await launchChromium();
  await chromium.worker.evaluate('chrome.storage.local.remove(["siteMemory", "siteMemory$"]).then(() => true)');
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** Opens an article, clicks the toolbar button, waits for the summary; returns the report. */
async function visit(n: number): Promise<{ page: Page; popup: Page; tabId: number; report: Ready }> {
  const page = await chromium.browser.newPage();
  await page.goto(`${server.origin}/pages/site-a-${n}.html`, { waitUntil: 'load' });
  const { popup, tabId } = await clickChromiumAction(chromium, page);
  await popup.waitForSelector('#root:not([data-static]) .counts', { timeout: 15_000 });
  const report = (await sendFromWorker(chromium, tabId, 'getReport')) as Ready;
  expect(report.status).toBe('ok');
  return { page, popup, tabId, report };
}

const sharedLine = (report: Ready) => report.analysis.boilerplate.find((b) => b.text === SHARED);

/** The stored memory's line count for the test server's site, read in the service worker. */
const storedLines = () =>
  chromium.worker.evaluate(
    `chrome.storage.local.get('siteMemory').then(({ siteMemory }) => Object.keys(siteMemory?.sites?.['127.0.0.1']?.lines ?? {}).length)`,
  ) as Promise<number>;

describe('Chromium: per-site memory', () => {
  let third: Awaited<ReturnType<typeof visit>>;

  it('does not flag the shared line on the first two articles, and remembers their lines', async () => {
    for (const n of [1, 2]) {
      const { report, popup, page } = await visit(n);
      expect(report.analysis.text).toContain(SHARED);
      expect(sharedLine(report)).toBeUndefined();
      await popup.close();
      await page.close();
    }
    await expect.poll(storedLines, { timeout: 5000 }).toBeGreaterThan(8);
  });

  it('flags the shared line on the third article as site boilerplate', async () => {
    third = await visit(3);
    expect(sharedLine(third.report)?.reason).toBe('site boilerplate');
    // Only the shared line: the articles' own sentences stay reporting.
    expect(third.report.analysis.boilerplate.map((b) => b.reason)).toEqual(['site boilerplate']);
  });

  it('takes the reader’s “Not boilerplate” from the popup and re-analyses the page', async () => {
    const { popup, tabId } = third;
    await popup.click('.section:last-of-type .section__toggle').catch(() => {});
    const clicked = await popup.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Not boilerplate');
      button?.click();
      return Boolean(button);
    });
    expect(clicked).toBe(true);
    await expect
      .poll(async () => sharedLine((await sendFromWorker(chromium, tabId, 'getReport')) as Ready), { timeout: 10_000 })
      .toBeUndefined();
    const verdicts = await chromium.worker.evaluate(
      `chrome.storage.local.get('siteMemory').then(({ siteMemory }) => siteMemory.sites['127.0.0.1'].verdicts.map((v) => v[1]))`,
    );
    expect(verdicts).toEqual([false]);
  });
});
