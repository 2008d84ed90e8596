import { expect } from 'vitest';
import { launchFirefox } from './support/firefox';
import { failRemoteRequestsFast, firefoxEdges, openMessenger } from './support/sweep-firefox';
import { variedSubset } from './support/sweep-pages';
import { defineCorpusSweep } from './support/sweep-suite';

// The real-web sweep (issues 5 and 11) in Firefox: a varied dozen of the core-news pages (the four
// largest, the smallest, one per language), served from 127.0.0.1 with the pages' own scripts blocked
// by CSP, through the same harness as corpus-chromium.test.ts. MOZ_DISABLE_NONLOCAL_CONNECTIONS keeps
// every request local; Firefox gives no initiator stacks, so any request after the click that is not a
// declared icon counts as the extension's. Firefox has neither 'longtask' nor 'long-animation-frame'
// entries (PerformanceObserver.supportedEntryTypes), and no trace here, so the longest task is n/a and
// the longest gap of an in-page 0 ms timer chain is recorded as an upper bound; each page is clicked once.
defineCorpusSweep({
  title: 'Firefox: a varied set of core-news pages',
  pages: variedSubset(12),
  coverage: { name: 'covers at least ten pages, the four largest among them', check: (pages) => expect(pages.length).toBeGreaterThanOrEqual(10) },
  async open() {
    const firefox = await launchFirefox();
    await failRemoteRequestsFast(firefox);
    const messenger = await openMessenger(firefox);
    await messenger.evaluate('browser.storage.local.set({ highlightsEnabled: true })');
    const tab = await firefox.browser.newPage();
    return { edges: firefoxEdges(firefox, messenger), tab, close: () => firefox.close() };
  },
});
