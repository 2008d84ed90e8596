import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeanPageReport, PageReport } from '@/lib/messaging/protocol';
import { clickChromiumAction, launchChromium, sendFromWorker, type ChromiumSession } from './support/chromium';
import { readLongTasks, watchLongTasks } from './support/long-tasks';
import { servePages, type PageServer } from './support/server';
import { CORPUS_ROOT, requireCorpus } from './support/sweep-pages';

// The largest core-news pages of the shared corpus (by source size), plus two with heavy markup.
const PAGES = ['yahoo-2', 'guardian-1', 'nytimes-5', 'breitbart', 'lazy-image-2', 'videos-2'];

let server: PageServer;
let chromium: ChromiumSession;
const figures: Record<string, unknown> = {};

beforeAll(async () => {
  // The pages' own scripts would add tasks of their own: they are read as saved documents, so a CSP
  // keeps them off (content scripts are not bound by the page's CSP).
  server = await servePages(requireCorpus(CORPUS_ROOT), { htmlHeaders: { 'content-security-policy': "script-src 'none'" } });
  chromium = await launchChromium();
  await chromium.worker.evaluate('chrome.storage.local.set({ highlightsEnabled: true })');
});

afterAll(async () => {
  console.log(`page-side figures (ms): ${JSON.stringify(figures)}`);
  await chromium?.close();
  await server?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One click on a freshly loaded page: the page's own stage timings once painted to the last slice. */
async function clickAndTime(slug: string) {
  const page = await chromium.browser.newPage();
  await page.goto(`${server.origin}/${slug}/source.html`, { waitUntil: 'load' });
  // What the page does by itself (layout, images) when we do nothing, to tell it from our tasks.
  await watchLongTasks(page);
  await sleep(1000);
  const idle = await readLongTasks(page);
  await watchLongTasks(page);
  const started = Date.now();
  const { popup, tabId } = await clickChromiumAction(chromium, page);
  // Painted to the last slice (the popup switches highlights on as it opens), or known to hold no article.
  const done = (r?: PageReport | LeanPageReport) => r && (r.status !== 'ok' || (r.timings?.paintMs !== undefined && (r.timings.paintTotalMs !== undefined || r.highlights.method !== 'highlight-api')));
  let report: PageReport | LeanPageReport | undefined;
  for (let i = 0; i < 200 && !done(report); i++) {
    // Lean, as the popup asks: the page does not serialise its analysis for us.
    report = (await sendFromWorker(chromium, tabId, 'getReport', { lean: true }).catch(() => undefined)) as PageReport | LeanPageReport | undefined;
    if (!done(report)) await sleep(50);
  }
  const clickToPaint = Date.now() - started;
  await sleep(1000);
  const tasks = await readLongTasks(page);
  await popup.close();
  await page.close();
  const timings = report?.status === 'ok' ? report.timings ?? {} : {};
  return { report, timings, figures: { clickToPaint, ...timings, longTasksIdle: idle.durations, longTasksAfterClick: tasks.durations } };
}

const LIMIT_MS = 50;

// The slices are timed in the page by the clock on the wall, which also counts the time the OS gave
// the core to another process, and a garbage collection of the page's heap can land in one: as in
// chromium-hostile.test.ts, the best of up to three clicks is asserted, every click's figures printed.
describe('Chromium: work in the page stays in slices on the largest pages', () => {
  it.each(PAGES)('%s', async (slug) => {
    const runs: Awaited<ReturnType<typeof clickAndTime>>[] = [];
    const worst = (r: (typeof runs)[number]) => Math.max(r.timings.longestSliceMs ?? Infinity, r.timings.paintMs ?? 0);
    while (runs.length === 0 || (runs.length < 3 && runs.at(-1)!.report?.status === 'ok' && worst(runs.at(-1)!) > LIMIT_MS)) runs.push(await clickAndTime(slug));
    figures[slug] = runs.length === 1 ? runs[0].figures : runs.map((r) => r.figures);
    const best = runs.reduce((a, b) => (worst(b) < worst(a) ? b : a));
    expect(best.report?.status === 'ok' ? 'ok' : JSON.stringify(best.report)).toBe('ok');
    // Our own slices (indexing, anchoring, painting) and the task that starts painting stay under the 50 ms line.
    expect(best.timings.longestSliceMs).toBeLessThanOrEqual(LIMIT_MS);
    expect(best.timings.paintMs ?? 0).toBeLessThanOrEqual(LIMIT_MS);
  });
});
