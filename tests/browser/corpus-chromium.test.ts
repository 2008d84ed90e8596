import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { sweepChromiumPage } from './support/sweep-chromium';
import { CORPUS_ROOT, coreNewsPages } from './support/sweep-pages';
import { writeSweepReport, type PageFigures } from './support/sweep-report';
import { PAGE_CSP, serveCorpus, type CorpusServer } from './support/sweep-server';

// The real-web sweep (issue 5): every core-news page of the shared corpus, read in place and served from
// 127.0.0.1, clicked once each in one Chromium and one reused tab. Choices (see support/sweep-*.ts):
// - the pages' own scripts are blocked by a CSP header, not by setJavaScriptEnabled(false), which also
//   stops the test's in-page timers; so the DOM is static and the outerHTML taken after load and before
//   the click must come back byte for byte once highlights are switched off;
// - remote hosts never resolve (the launch's host-resolver rule); the extension's share is checked by
//   request initiator, by any request after the click, and by the popup's and worker's resource lists;
// - click->paint runs in the page's clock from just before Extensions.triggerAction to the first 0 ms
//   timer tick that sees a quotelens-* highlight; the longest task comes from a trace of the page's main
//   thread, because PerformanceObserver('longtask') never reports content-script tasks in Chromium.
// Figures: test-results/corpus-sweep-chromium.json. The 50 ms task limit is recorded there, not asserted
// yet (several pages are still over it).
const PAGES = coreNewsPages();
let server: CorpusServer;
let chromium: ChromiumSession;
let tab: Page;
const figures: PageFigures[] = [];
const failures: string[] = [];
const started = Date.now();

beforeAll(async () => {
  server = await serveCorpus(CORPUS_ROOT);
  chromium = await launchChromium();
  await chromium.worker.evaluate('chrome.storage.local.set({ highlightsEnabled: true })');
  tab = await chromium.browser.newPage();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  const version = 'chromium';
  writeSweepReport(version, { pageCsp: PAGE_CSP, seconds: Math.round((Date.now() - started) / 1000) }, figures, failures);
});

describe('Chromium: the core-news corpus', () => {
  it('covers every core-news page of the manifest', () => {
    expect(PAGES).toHaveLength(42);
  });

  it.each(PAGES)('%s: paints where quotes were found, restores the page exactly, no extension error or request', async (slug) => {
    const f = await sweepChromiumPage(chromium, server, tab, slug);
    figures.push(f);
    try {
      expect(f.extensionErrors).toEqual([]);
      expect(f.extensionRequests).toEqual([]);
      expect(['ok', 'no-article']).toContain(f.status);
      if (f.status === 'ok' && f.quotes > 0) {
        expect(f.painted).toBeGreaterThan(0);
        expect(f.rangesInPage).toBeGreaterThanOrEqual(f.painted);
        expect(f.clickToPaintMs).not.toBeNull();
      }
      expect(f.diff).toBeUndefined();
      expect(f.restored).toBe(true);
    } catch (error) {
      failures.push(`${slug}: ${String(error).split('\n')[0]}`);
      throw error;
    }
  });
});
