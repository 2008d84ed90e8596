import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepPage, type SweepEdges } from './sweep-harness';
import { CORPUS_ROOT } from './sweep-pages';
import { writeSweepReport, type PageFigures } from './sweep-report';
import { PAGE_CSP, serveCorpus, type CorpusServer } from './sweep-server';

/** A launched browser with the extension, highlights switched on, and the one tab the sweep reuses. */
export interface SweepBrowser {
  edges: SweepEdges;
  tab: Page;
  close(): Promise<void>;
}

/**
 * The corpus sweep's test file, the same for both browsers: each page clicked (sweepPage), checked, and
 * the figures written and summarised once all pages ran. `open` launches the browser: the only part
 * that differs between the two files.
 */
export function defineCorpusSweep(options: {
  title: string;
  pages: string[];
  /** What the page list must hold (e.g. all 42 core-news pages), checked as its own test. */
  coverage: { name: string; check(pages: string[]): void };
  open(): Promise<SweepBrowser>;
}): void {
  let server: CorpusServer;
  let opened: SweepBrowser | undefined;
  const figures: PageFigures[] = [];
  const failures: string[] = [];
  const started = Date.now();

  beforeAll(async () => {
    server = await serveCorpus(CORPUS_ROOT);
    opened = await options.open();
  });

  afterAll(async () => {
    const browser = opened?.edges.browser ?? 'unknown';
    await opened?.close();
    await server?.close();
    writeSweepReport(browser, { pageCsp: PAGE_CSP, seconds: Math.round((Date.now() - started) / 1000) }, figures, failures);
  });

  describe(options.title, () => {
    it(options.coverage.name, () => options.coverage.check(options.pages));

    it.each(options.pages)('%s: paints where quotes were found, restores the page exactly, no extension error or request', async (slug) => {
      const f = await sweepPage(opened!.edges, server, opened!.tab, slug);
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
}
