import type { Page } from 'puppeteer-core';
import type { PageReport } from '@/lib/messaging/protocol';
import { clickChromiumAction, sendFromWorker, type ChromiumSession } from './chromium';
import { outerHtml, probePaint } from './probes';
import { pageBytes } from './sweep-pages';
import { FOREIGN_RESOURCES, armInstrument, extensionSuspects, iconHrefs, settledReport, markClick, markEnd, readInstrument, stopInstrument, waitForPaint, watchErrors, watchRequests } from './sweep-probe';
import { firstDifference, round, type PageFigures } from './sweep-report';
import type { CorpusServer } from './sweep-server';
import { longestTask } from './sweep-trace';

/** The popup has settled on a summary, a no-article note or an error. */
export const POPUP_SETTLED = '.counts, .status:not(.status--loading)';
const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing'];

const adoptedSheets = (page: Page) => page.evaluate('document.adoptedStyleSheets.length') as Promise<number>;
const nextFrame = (page: Page) => page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))');
const totalRanges = (h: Record<string, number>) => Object.values(h).reduce((a, b) => a + b, 0);

/**
 * One page, the reader's way: open it in the sweep's tab, click the toolbar button (the real popup
 * injects the content script, which paints), then switch highlights off by message and compare the
 * page with its snapshot. One tab is reused for every page: with a new tab per page, stopping the trace
 * waited about 5 s for the closed tab's renderer.
 */
export async function sweepChromiumPage(session: ChromiumSession, server: CorpusServer, page: Page, slug: string): Promise<PageFigures> {
  const started = Date.now();
  const requests = watchRequests(page);
  const { errors, clicked: errorsClicked, stop: stopErrors } = watchErrors(page);
  let popup: Page | null = null;
  let tracing = false;
  try {
    await page.goto(server.urlOf(slug), { waitUntil: 'load', timeout: 30_000 });
    const loadMs = Date.now() - started;
    const before = await outerHtml(page);
    const icons = await iconHrefs(page);
    const sheetsBefore = await adoptedSheets(page);
    await armInstrument(page);
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    tracing = true;
    const clickedAt = await markClick(page);
    requests.clicked();
    errorsClicked();
    const clicked = await clickChromiumAction(session, page);
    popup = clicked.popup;
    await popup.waitForSelector(POPUP_SETTLED, { timeout: 30_000 });
    let report: PageReport | null = null;
    let message: string | undefined;
    try {
      report = await settledReport(() => sendFromWorker(session, clicked.tabId, 'getReport') as Promise<PageReport>, 15_000);
    } catch (error) {
      message = String(error);
    }
    const ok = report?.status === 'ok' ? report : null;
    if (ok && ok.highlights.painted > 0) await waitForPaint(page, 15_000);
    await nextFrame(page);
    await markEnd(page);
    tracing = false;
    const stopping = Date.now();
    const trace = await page.tracing.stop();
    const traceStopMs = Date.now() - stopping;
    const tasks = trace ? longestTask(trace, 'quotelens-sweep-click', 'quotelens-sweep-end') : null;
    const instrument = await readInstrument(page);
    await stopInstrument(page);
    const rangesInPage = totalRanges((await probePaint(page)).highlights);

    await sendFromWorker(session, clicked.tabId, 'setHighlights', { enabled: false });
    const after = await outerHtml(page);
    const off = await probePaint(page);
    const restored = after === before && totalRanges(off.highlights) === 0 && off.marks === 0 && off.adoptedSheets === sheetsBefore;
    const extensionResources = [
      ...((await popup.evaluate(FOREIGN_RESOURCES)) as string[]),
      ...((await session.worker.evaluate(FOREIGN_RESOURCES)) as string[]),
    ];
    return {
      slug,
      bytes: pageBytes(slug),
      status: report?.status ?? 'no-answer',
      message: report && report.status !== 'ok' ? report.message : message,
      quotes: ok?.analysis.quotes.length ?? 0,
      painted: ok?.highlights.painted ?? 0,
      rangesInPage,
      unanchored: ok?.highlights.unanchored ?? 0,
      clickToPaintMs: instrument.paintedAt != null ? round(instrument.paintedAt - clickedAt) : null,
      longestTaskMs: tasks?.longestTaskMs ?? null,
      longestTaskName: tasks?.longestTaskName,
      tasksOver50: tasks?.tasksOver50 ?? null,
      maxGapMs: round(instrument.maxGap),
      restored,
      diff: after === before ? undefined : firstDifference(before, after),
      pageErrors: errors.length,
      extensionErrors: errors.filter((e) => e.byExtension).map((e) => e.text),
      requests: requests.seen.length,
      blockedPageRequests: requests.seen.filter((r) => !r.byExtension && !new URL(r.url).hostname.startsWith('127.0.0.1') && /^https?:/.test(r.url)).length,
      requestsAfterClick: requests.seen.filter((r) => r.afterClick).map((r) => `${r.url} (${r.initiator})`),
      extensionRequests: [...extensionSuspects(requests.seen, icons), ...extensionResources],
      totalMs: Date.now() - started,
      phasesMs: { load: loadMs, traceStop: traceStopMs },
    };
  } finally {
    if (tracing) await page.tracing.stop().catch(() => {});
    await popup?.close().catch(() => {});
    requests.stop();
    stopErrors();
  }
}
