import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { PageReport } from '@/lib/messaging/protocol';
import { hostileCases, type HostileCase } from '../support/hostile-pages';
import { clickChromiumAction, launchChromium, sendFromWorker, type ChromiumSession } from './support/chromium';
import { serveHostile, type HostileServer } from './support/hostile-server';
import { foreign, outerHtml, probePaint, recordRequests } from './support/probes';
import { traceClick, tracePopupReopen, type ClickTrace } from './support/click-trace';
import { LIST_FIRST, LIST_STEP } from '@/lib/panel/list-cap';
import { MAX_PAINTED_RANGES } from '@/lib/page/paint-window';
import { describeTasks } from './support/trace-tasks';

// The page-side hostile cases (issue 6): a directory and a .txt file only make sense for the CLI.
const cases = hostileCases().filter((c) => c.file.endsWith('.html'));
let server: HostileServer;
let chromium: ChromiumSession;

/** How long the popup may take to settle on any of these pages before we call it stuck. */
const SETTLE_MS = 30_000;
/** A click must never freeze the tab: the page answers within this much, every time we ask. */
const RESPONSIVE_MS = 2000;

beforeAll(async () => {
  server = await serveHostile(cases);
  chromium = await launchChromium();
  await chromium.worker.evaluate('chrome.storage.local.set({ highlightsEnabled: true })');
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** Elements that would betray page text turned into markup (the markup case writes these as text). */
const elementCounts = (page: Page) =>
  page.evaluate(`(() => ({
    all: document.getElementsByTagName('*').length,
    script: document.querySelectorAll('script').length,
    img: document.querySelectorAll('img').length,
    b: document.querySelectorAll('b').length,
  }))()`) as Promise<Record<string, number>>;

/**
 * Errors in every world of the page, the content script's isolated world included: puppeteer's own
 * 'console' event drops messages from contexts it did not create, so listen on a CDP session.
 */
async function watchErrors(page: Page, into: string[]): Promise<() => Promise<void>> {
  const cdp = await page.createCDPSession();
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type !== 'error' && e.type !== 'assert') return;
    into.push(`console.${e.type}: ${e.args.map((a) => a.value ?? a.description ?? '').join(' ')}`);
  });
  cdp.on('Runtime.exceptionThrown', (e) => void into.push(`exception: ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`));
  cdp.on('Log.entryAdded', (e) => void (e.entry.level === 'error' && into.push(`log: ${e.entry.text} ${e.entry.url ?? ''}`)));
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return () => cdp.detach().catch(() => {});
}

/** Round-trip time of a trivial evaluation in the page, or Infinity when it does not answer in time. */
async function ping(page: Page): Promise<number> {
  const started = Date.now();
  const answered = await Promise.race([
    page.evaluate(() => 1).then(() => true),
    new Promise<false>((r) => setTimeout(() => r(false), RESPONSIVE_MS)),
  ]);
  return answered ? Date.now() - started : Infinity;
}

/** Waits for the popup to leave its loading state, pinging the page all the while; returns the worst ping. */
async function settle(popup: Page, page: Page): Promise<number> {
  let done = false;
  const settled = popup
    .waitForFunction(
      `(() => {
        const main = document.querySelector('main.popup');
        return !!main && main.getAttribute('aria-busy') === 'false'
          && !!(document.querySelector('.article__title') || document.querySelector('.status__title'));
      })()`,
      { timeout: SETTLE_MS, polling: 100 },
    )
    .finally(() => (done = true));
  let worst = 0;
  while (!done) {
    worst = Math.max(worst, await ping(page));
    await new Promise((r) => setTimeout(r, 100));
  }
  await settled;
  return worst;
}

interface PopupView {
  kind: 'summary' | 'status';
  title: string;
  hint: string;
  notice: string;
}

const readPopup = (popup: Page) =>
  popup.evaluate(`(() => {
    const text = (sel) => (document.querySelector(sel)?.textContent ?? '').trim();
    const summary = !!document.querySelector('.article__title');
    return summary
      ? { kind: 'summary', title: text('.article__title'), hint: '', notice: text('.article__notice') }
      : { kind: 'status', title: text('.status__title'), hint: text('.status__hint'), notice: '' };
  })()`) as Promise<PopupView>;

describe('Chromium: hostile pages, one launch, one page at a time', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c: HostileCase) => {
    const started = Date.now();
    const page = await chromium.browser.newPage();
    const urls = recordRequests(page);
    const errors: string[] = [];
    page.on('pageerror', (error) => void errors.push(`page: ${String(error)}`));
    const unwatch = await watchErrors(page, errors);
    await page.goto(`${server.origin}/${c.file}`, { waitUntil: 'load' });
    const before = await outerHtml(page);
    const countsBefore = await elementCounts(page);

    // For the figures only (the long-task budget is asserted by long-tasks.test.ts): the page's longest task.
    await page.evaluate(`new PerformanceObserver((l) => l.getEntries().forEach((e) => { globalThis.__longest = Math.max(globalThis.__longest ?? 0, e.duration); })).observe({ type: 'longtask' })`);
    const { popup, tabId } = await clickChromiumAction(chromium, page);
    popup.on('pageerror', (error) => void errors.push(`popup: ${String(error)}`));
    popup.on('console', (m) => void (m.type() === 'error' && errors.push(`popup console: ${m.text()}`)));
    const worstPing = await settle(popup, page);
    expect(worstPing, 'the page stopped answering while the popup worked').toBeLessThan(RESPONSIVE_MS);
    expect(await ping(page), 'the page stopped answering after the click').toBeLessThan(RESPONSIVE_MS);

    // Never blank, never stuck: a summary, or a clear state with words in it.
    const view = await readPopup(popup);
    const report = (await sendFromWorker(chromium, tabId, 'getReport').catch((error: Error) => {
      throw new Error(`the page did not answer (${error.message}); the popup showed ${JSON.stringify(view)}`);
    })) as PageReport;
    if (view.kind === 'summary') {
      expect(report.status).toBe('ok');
      expect(view.title.length).toBeGreaterThan(0);
    } else {
      expect(report.status).not.toBe('ok');
      expect(view.title).not.toMatch(/^$|loading|reading|analys/i);
      expect(view.hint.length).toBeGreaterThan(0);
      if (report.status !== 'ok') expect(report.message.trim().length).toBeGreaterThan(0);
    }
    if (c.expect === 'analysis') expect(report.status).toBe('ok');
    if (c.expect === 'error') expect(report.status).not.toBe('ok');

    if (report.status === 'ok') {
      c.check?.(report.analysis);
      // A part-analysed article says so in the popup, in the analysis' own words.
      if (report.analysis.notice) expect(view.notice).toBe(report.analysis.notice);
    }

    // Page text stayed text: no new elements at all, none of the kinds the markup case spells out.
    expect(await elementCounts(page)).toEqual(countsBefore);
    if (report.status === 'ok' && report.highlights.painted > 0) {
      const off = await sendFromWorker(chromium, tabId, 'setHighlights', { enabled: false });
      expect(off).toMatchObject({ enabled: false, painted: 0 });
      expect((await probePaint(page)).highlights).toEqual({});
    }
    expect(await outerHtml(page)).toBe(before);

    // Nothing from the page became markup in the popup either.
    expect(await popup.$$eval('main.popup script, main.popup img, main.popup b', (els) => els.length)).toBe(0);
    expect(errors).toEqual([]);
    expect(foreign(urls)).toEqual([]);
    const longest = Math.round(((await page.evaluate('globalThis.__longest ?? 0')) as number));
    await unwatch();
    await popup.close().catch(() => {});
    await page.close().catch(() => {});
    // Each toggle is stored; the next page starts with highlights on again.
    await chromium.worker.evaluate('chrome.storage.local.set({ highlightsEnabled: true })');
    const painted = report.status === 'ok' ? ` painted ${report.highlights.painted}/unanchored ${report.highlights.unanchored}${report.analysis.notice ? ', notice' : ''}` : '';
    console.info(`[hostile] ${c.name}: ${report.status}${painted}, worst ping ${worstPing} ms, longest task over 50 ms: ${longest ? `${longest} ms` : 'none'}, ${Date.now() - started} ms`);
  });

  // The error watch above must hear the content script's world, or its empty list would prove nothing.
  it('hears a console error raised in an extension isolated world', async () => {
    const page = await chromium.browser.newPage();
    const errors: string[] = [];
    const unwatch = await watchErrors(page, errors);
    await page.goto(`${server.origin}/login.html`, { waitUntil: 'load' });
    const { popup, tabId } = await clickChromiumAction(chromium, page);
    await chromium.worker.evaluate(
      `chrome.scripting.executeScript({ target: { tabId: ${tabId} }, world: 'ISOLATED', func: () => console.error('isolated-world probe') }).then(() => true)`,
    );
    await expect.poll(() => errors.join('\n'), { timeout: 3000 }).toContain('isolated-world probe');
    await unwatch();
    await popup.close().catch(() => {});
    await page.close().catch(() => {});
  });

  it('asked 127.0.0.1 for the case pages only', () => {
    const known = new Set([...cases.map((c) => `/${c.file}`), '/favicon.ico']);
    expect(server.requests.filter((p) => !known.has(p))).toEqual([]);
    expect(server.requests.length).toBeGreaterThanOrEqual(cases.length);
  });
});

// Issue 6: on the largest page we know (6000 paragraphs, thousands of spans painted) no task in the
// page may run over 50 ms from the click to the last painting slice, read from a Chromium trace as in
// corpus-long-tasks.test.ts: thread time asserted, best of up to three clicks (a garbage collection of
// the page's own heap can land in the window once); wall time printed (other processes share the cores).
describe('Chromium: the enormous page stays responsive', () => {
  const enormous = cases.find((c) => c.file === 'enormous.html')!;
  const LIMIT_MS = 50;

  it('no task in the page over 50 ms from the click to the last painting slice', async () => {
    const tab = await chromium.browser.newPage();
    const runs: ClickTrace[] = [];
    // QL_ENORMOUS_RUNS=n clicks at least n times, for the figures (the assertion takes the best).
    const atLeast = Number(process.env.QL_ENORMOUS_RUNS ?? 1);
    try {
      while (runs.length < atLeast || (runs.length < 3 && runs.at(-1)!.longestThreadMs > LIMIT_MS)) {
        const run = await traceClick(chromium, tab, `${server.origin}/${enormous.file}`);
        await run.popup.close().catch(() => {});
        runs.push(run);
        const t = run.report.status === 'ok' ? run.report.timings : undefined;
        console.info(
          `[enormous] page longest task: thread ${run.longestThreadMs.toFixed(1)} ms, wall ${run.longestWallMs.toFixed(1)} ms; ` +
            `popup longest: thread ${run.popupLongestThreadMs.toFixed(1)} ms, wall ${run.popupLongestWallMs.toFixed(1)} ms; ` +
            `click to first paint ${run.clickToPaintMs} ms, to popup ${run.clickToPopupMs} ms; timings ${JSON.stringify(t)}\n` +
            `page tasks over 30 ms:\n${describeTasks(run.pageTasks, 30)}\npopup tasks over 30 ms:\n${describeTasks(run.popupTasks, 30)}`,
        );
        await chromium.worker.evaluate('chrome.storage.local.set({ highlightsEnabled: true })');
      }
    } finally {
      await tab.close().catch(() => {});
    }
    const best = Math.min(...runs.map((r) => r.longestThreadMs));
    expect(runs[0].report.status).toBe('ok');
    expect(Math.round(best * 10) / 10).toBeLessThanOrEqual(LIMIT_MS);
  }, 240_000);

  // Every registered range costs the page's rendering in every frame where one changes (see
  // lib/page/paint-window.ts): past MAX_PAINTED_RANGES only those around the reader are painted, and
  // they follow the reader's scrolling.
  it('paints a window of ranges around the reader and follows scrolling', async () => {
    const tab = await chromium.browser.newPage();
    try {
      const run = await traceClick(chromium, tab, `${server.origin}/${enormous.file}`);
      await run.popup.close().catch(() => {});
      if (run.report.status !== 'ok') throw new Error(`no analysis: ${run.report.status}`);
      const { analysis, highlights } = run.report;
      expect(highlights.painted).toBeGreaterThan(MAX_PAINTED_RANGES);
      const ranges = async () => Object.values((await probePaint(tab)).highlights).reduce((a, b) => a + b, 0);
      // A group is never split, so the window may pass the limit by one group's ranges.
      expect(await ranges()).toBeGreaterThan(MAX_PAINTED_RANGES / 2);
      expect(await ranges()).toBeLessThanOrEqual(MAX_PAINTED_RANGES + 10);
      const inView = `(() => {
        let n = 0;
        CSS.highlights.forEach((h, name) => {
          if (!String(name).startsWith('quotelens-')) return;
          for (const r of h) { const b = r.getBoundingClientRect(); if (b.height > 0 && b.bottom > 0 && b.top < innerHeight) n++; }
        });
        return n;
      })()`;
      expect(await tab.evaluate(inView)).toBeGreaterThan(0);
      // Far down the analysed part of the article, out of the first window: painted once scrolled to.
      const late = analysis.quotes.at(-10)!;
      const target = [...analysis.text.slice(0, late.start).matchAll(/Paragraph (\d+):/g)].at(-1)![1];
      expect(Number(target)).toBeGreaterThan(1000);
      await tab.evaluate(`[...document.querySelectorAll('p')].find((p) => p.textContent.startsWith('Paragraph ${target}:')).scrollIntoView()`);
      await tab.waitForFunction(`${inView} > 0`, { timeout: 10_000, polling: 100 });
      expect(await ranges()).toBeLessThanOrEqual(MAX_PAINTED_RANGES + 10);
      await tab.evaluate('window.scrollTo(0, 0)');
      await tab.waitForFunction(`${inView} > 0`, { timeout: 10_000, polling: 100 });
      await chromium.worker.evaluate('chrome.storage.local.set({ highlightsEnabled: true })');
    } finally {
      await tab.close().catch(() => {});
    }
  }, 120_000);

  // The popup lists every quote, official, duplicate and boilerplate line: on this page over 8,000
  // items, once rendered in one task of 0.9-1.4 s (and laid out in another of 0.5-0.7 s). Lists now
  // show their first items and grow on request; the counts stay exact.
  it('the popup shows capped lists with exact counts, and "show more" adds the next step', async () => {
    const tab = await chromium.browser.newPage();
    try {
      const first = await traceClick(chromium, tab, `${server.origin}/${enormous.file}`);
      await first.popup.close().catch(() => {});
      const report = first.report;
      if (report.status !== 'ok') throw new Error(`no analysis: ${report.status}`);
      const { analysis } = report;
      const items = analysis.quotes.length + analysis.duplicates.reduce((n, g) => n + g.occurrences.length, 0) + analysis.boilerplate.length;
      expect(items).toBeGreaterThan(1000);
      const runs = [await tracePopupReopen(chromium, tab)];
      // The popup's thread is shared with the extension's other pages: a second look if the first was long.
      if (runs[0].longestThreadMs > 150) {
        await runs[0].popup.close().catch(() => {});
        runs.push(await tracePopupReopen(chromium, tab));
      }
      const { popup } = runs.at(-1)!;
      console.info(
        `[enormous] popup re-open: longest task thread ${runs.map((r) => r.longestThreadMs.toFixed(1)).join(' / ')} ms, ` +
          `wall ${runs.map((r) => r.longestWallMs.toFixed(1)).join(' / ')} ms, click to summary ${runs.map((r) => r.clickToPopupMs).join(' / ')} ms; ` +
          `analysis items ${items}\n${describeTasks(runs.at(-1)!.tasks, 30)}`,
      );
      expect(Math.min(...runs.map((r) => r.longestThreadMs))).toBeLessThanOrEqual(150);

      // Capped: every list holds at most its first step, whatever the analysis holds.
      const view = (await popup.evaluate(`(() => ({
        li: document.querySelectorAll('main.popup li').length,
        longestList: Math.max(...[...document.querySelectorAll('main.popup ul')].map((u) => u.children.length)),
        quotesCount: document.querySelector('.section__count')?.textContent,
        firstSpeakerQuotes: document.querySelector('.speaker .quotes')?.children.length ?? 0,
      }))()`)) as { li: number; longestList: number; quotesCount: string; firstSpeakerQuotes: number };
      expect(view.longestList).toBeLessThanOrEqual(LIST_FIRST);
      expect(view.li).toBeLessThan(400);
      // The counts stay exact.
      expect(view.quotesCount).toBe(String(analysis.quotes.length));

      // The first speaker's "show more" adds one step and takes focus to the first new quote.
      const speakerQuotes = Math.max(...[...new Set(analysis.quotes.map((q) => q.speakerId))].map((id) => analysis.quotes.filter((q) => q.speakerId === id).length));
      expect(speakerQuotes).toBeGreaterThan(LIST_FIRST + LIST_STEP);
      expect(view.firstSpeakerQuotes).toBe(LIST_FIRST);
      await popup.click('.speaker .show-more');
      const after = (await popup.evaluate(`(() => {
        const list = document.querySelector('.speaker .quotes');
        return { shown: list.children.length, focusIn: [...list.children].indexOf(document.activeElement?.closest('li')) };
      })()`)) as { shown: number; focusIn: number };
      expect(after).toEqual({ shown: LIST_FIRST + LIST_STEP, focusIn: LIST_FIRST });
      await popup.close().catch(() => {});
      await chromium.worker.evaluate('chrome.storage.local.set({ highlightsEnabled: true })');
    } finally {
      await tab.close().catch(() => {});
    }
  }, 240_000);
});
