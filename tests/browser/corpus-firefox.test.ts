import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { failRemoteRequestsFast, openMessenger, sweepFirefoxPage } from './support/sweep-firefox';
import { CORPUS_ROOT, variedSubset } from './support/sweep-pages';
import { writeSweepReport, type PageFigures } from './support/sweep-report';
import { PAGE_CSP, serveCorpus, type CorpusServer } from './support/sweep-server';

// The real-web sweep (issue 5) in Firefox: a varied dozen of the core-news pages (the four largest, the
// smallest, one per language), served from 127.0.0.1 with the pages' own scripts blocked by CSP, as in
// corpus-chromium.test.ts. MOZ_DISABLE_NONLOCAL_CONNECTIONS keeps every request local; Firefox gives no
// initiator stacks, so any request after the click that is not a declared icon counts as the extension's.
// Firefox has neither 'longtask' nor 'long-animation-frame' entries (PerformanceObserver.supportedEntryTypes),
// so the longest task is n/a; the longest gap of an in-page 0 ms timer chain is recorded as an upper bound.
const PAGES = variedSubset(12);
let server: CorpusServer;
let firefox: FirefoxSession;
let messenger: Page;
let tab: Page;
const figures: PageFigures[] = [];
const failures: string[] = [];
const started = Date.now();

beforeAll(async () => {
  server = await serveCorpus(CORPUS_ROOT);
  firefox = await launchFirefox();
  await failRemoteRequestsFast(firefox);
  messenger = await openMessenger(firefox);
  await messenger.evaluate('browser.storage.local.set({ highlightsEnabled: true })');
  tab = await firefox.browser.newPage();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  writeSweepReport('firefox', { pageCsp: PAGE_CSP, seconds: Math.round((Date.now() - started) / 1000) }, figures, failures);
});

describe('Firefox: a varied set of core-news pages', () => {
  it('covers at least ten pages, the four largest among them', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(10);
  });

  it.each(PAGES)('%s: paints where quotes were found, restores the page exactly, no extension error or request', async (slug) => {
    const f = await sweepFirefoxPage(firefox, messenger, server, tab, slug);
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
