import type { Page } from 'puppeteer-core';
import type { LeanPageReport, PageReport } from '@/lib/messaging/protocol';
import { outerHtml, probePaint } from './probes';
import { pageBytes } from './sweep-pages';
import {
  armInstrument, extensionSuspects, iconHrefs, markClick, markEnd, readInstrument, stopInstrument, waitForPaint,
  watchErrors, watchRequests,
} from './sweep-probe';
import { firstDifference, round, type PageFigures } from './sweep-report';
import type { CorpusServer } from './sweep-server';
import { stageFigures, type PopupMarks } from './sweep-stages';
import { longestTask, type TaskFigures } from './sweep-trace';

/** The popup has settled on a summary, a no-article note or an error. */
export const POPUP_SETTLED = '.counts, .status:not(.status--loading)';
const CLICK_MARK = 'quotelens-sweep-click';
const END_MARK = 'quotelens-sweep-end';

/**
 * Where the two browsers differ: how the toolbar button is clicked, how a message reaches the content
 * script, what the harness can see of the popup, and (Chromium) a trace of the page's main thread.
 * Everything else about sweeping a page is the same and lives in sweepPage below.
 */
export interface SweepEdges {
  browser: 'chromium' | 'firefox';
  /**
   * Clicks the toolbar button for the page's tab as the reader would; `popup` when the test can read
   * it. `atTrigger` runs just before the click itself, once the harness's own preparation is done.
   */
  click(page: Page, atTrigger: () => Promise<unknown>): Promise<{ tabId: number; popup: Page | null }>;
  /** One protocol message to the tab's content script, from an extension context. */
  send(tabId: number, type: string, data?: unknown): Promise<unknown>;
  /** Closes what the click opened, so the next click opens a popup again. */
  closePopup(popup: Page | null): Promise<void>;
  /** URLs the extension's own documents fetched that are not its packaged files. */
  extensionResources(popup: Page | null): Promise<string[]>;
  /** Chromium: a trace of the page's main thread (top-level tasks and user-timing marks). */
  tracing?: { start(page: Page): Promise<void>; stop(page: Page): Promise<Uint8Array | undefined> };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const totalRanges = (h: Record<string, number>) => Object.values(h).reduce((a, b) => a + b, 0);
/** A frame after the last change (rendering included), or 100 ms where frames do not come. */
const nextFrame = (page: Page) =>
  page.evaluate('new Promise((r) => { requestAnimationFrame(() => setTimeout(r, 0)); setTimeout(r, 100); })');

/** The popup's marks (see entrypoints/popup/timing-marks.ts) on the epoch clock. */
async function popupMarks(popup: Page): Promise<PopupMarks> {
  return (await popup.evaluate(`(() => {
    const at = (name) => { const m = performance.getEntriesByName(name, 'mark')[0]; return m ? performance.timeOrigin + m.startTime : undefined; };
    return { start: at('quotelens-popup-start'), report: at('quotelens-popup-report'), shown: at('quotelens-popup-shown'), rendered: at('quotelens-popup-rendered') };
  })()`)) as PopupMarks;
}

/** The report once the content script answers (it is injected a moment after the click) and has painted to the last slice. */
async function finishedReport(edges: SweepEdges, tabId: number, timeoutMs: number): Promise<PageReport | LeanPageReport | null> {
  const end = Date.now() + timeoutMs;
  const finished = (r: PageReport | LeanPageReport) =>
    r.status !== 'ok' || (r.highlights.enabled && (r.highlights.painted === 0 || r.timings?.at?.paintedAll !== undefined));
  let last: PageReport | LeanPageReport | null = null;
  for (;;) {
    try {
      // Lean, as the popup asks: a full report would serialise the analysis in the page while we measure it.
      last = ((await edges.send(tabId, 'getReport', { lean: true })) as PageReport | LeanPageReport | undefined) ?? null;
      if (last && finished(last)) return last;
    } catch (error) {
      if (Date.now() > end) throw error;
    }
    if (Date.now() > end) return last;
    await sleep(20);
  }
}

interface ClickOutcome {
  tabId: number;
  report: PageReport | null;
  message?: string;
  clickToPaintMs: number | null;
  maxGapMs: number;
  stages: ReturnType<typeof stageFigures>;
  tasks: TaskFigures | null;
  /** Foreign URLs the popup and the background fetched (should be none). */
  resources: string[];
}

/** One click on a loaded page, timed in the page's clock; traced when `trace` (and the browser can). */
async function clickOnce(edges: SweepEdges, page: Page, trace: boolean): Promise<ClickOutcome> {
  await armInstrument(page);
  const tracing = trace && edges.tracing ? edges.tracing : null;
  if (tracing) await tracing.start(page);
  let traceOpen = !!tracing;
  let popup: Page | null = null;
  try {
    const origin = (await page.evaluate('performance.timeOrigin')) as number;
    // The click is timed from just before it is sent: the harness's preparation (an earlier popup
    // closing, the tab's target looked up) is nothing the reader waits for.
    let clickedAt = NaN;
    const clicked = await edges.click(page, async () => void (clickedAt = await markClick(page)));
    popup = clicked.popup;
    let report: PageReport | LeanPageReport | null = null;
    let message: string | undefined;
    try {
      if (popup) await popup.waitForSelector(POPUP_SETTLED, { timeout: 30_000 });
      report = await finishedReport(edges, clicked.tabId, 30_000);
    } catch (error) {
      message = String(error);
    }
    if (report?.status === 'ok' && report.highlights.painted > 0) await waitForPaint(page, 15_000);
    await nextFrame(page);
    let tasks: TaskFigures | null = null;
    if (tracing) {
      await markEnd(page);
      traceOpen = false;
      const data = await tracing.stop(page);
      tasks = data ? longestTask(data, CLICK_MARK, END_MARK) : null;
    }
    // Measured; now the whole analysis (the quotes count) can be asked for.
    if (report && 'readingKey' in report) report = (await edges.send(clicked.tabId, 'getReport')) as PageReport;
    const instrument = await readInstrument(page);
    await stopInstrument(page);
    // The popup marks "shown" a moment after its report, and "rendered" once React's panel is in; give it that time.
    if (popup) await popup.waitForFunction(`performance.getEntriesByName('quotelens-popup-rendered').length > 0`, { timeout: 5000 }).catch(() => {});
    const shownMarks = popup ? await popupMarks(popup).catch(() => null) : null;
    const resources = await edges.extensionResources(popup);
    return {
      tabId: clicked.tabId,
      report,
      message,
      clickToPaintMs: instrument.paintedAt != null ? round(instrument.paintedAt - clickedAt) : null,
      maxGapMs: round(instrument.maxGap),
      stages: stageFigures(origin + clickedAt, report?.status === 'ok' ? report.timings : undefined, shownMarks),
      tasks,
      resources,
    };
  } finally {
    if (tracing && traceOpen) await tracing.stop(page).catch(() => {});
    await edges.closePopup(popup).catch(() => {});
  }
}

/**
 * One corpus page, the reader's way, in either browser. The page is opened in the sweep's tab and the
 * toolbar button clicked (the real popup injects the content script, which paints); this first click
 * runs without a trace, so click→paint and the stages are what a reader feels. Where the browser can
 * trace (Chromium), the page is loaded again and clicked again under a trace for its longest task.
 * Then highlights are switched off by message and the page compared with its snapshot from before
 * the last click. One tab is reused for every page: with a new tab per page, stopping a trace waited
 * about 5 s for the closed tab's renderer.
 */
export async function sweepPage(edges: SweepEdges, server: CorpusServer, page: Page, slug: string): Promise<PageFigures> {
  const started = Date.now();
  const requests = watchRequests(page);
  const errorWatch = watchErrors(page);
  const { errors } = errorWatch;
  try {
    await page.goto(server.urlOf(slug), { waitUntil: 'load', timeout: 30_000 });
    const loadMs = Date.now() - started;
    const icons = await iconHrefs(page);
    let before = await outerHtml(page);
    let sheetsBefore = (await page.evaluate('document.adoptedStyleSheets.length')) as number;
    requests.clicked();
    errorWatch.clicked();
    const timed = await clickOnce(edges, page, false);
    let last = timed;
    let tasks: TaskFigures | null = null;
    const phasesMs: Record<string, number> = { load: loadMs };
    if (edges.tracing && timed.report) {
      const at = Date.now();
      requests.loading();
      errorWatch.loading();
      await page.goto(server.urlOf(slug), { waitUntil: 'load', timeout: 30_000 });
      requests.clicked();
      errorWatch.clicked();
      before = await outerHtml(page);
      sheetsBefore = (await page.evaluate('document.adoptedStyleSheets.length')) as number;
      last = await clickOnce(edges, page, true);
      tasks = last.tasks;
      phasesMs.tracedClick = Date.now() - at;
    }
    const rangesInPage = totalRanges((await probePaint(page)).highlights);
    if (last.report) await edges.send(last.tabId, 'setHighlights', { enabled: false });
    const after = await outerHtml(page);
    const off = await probePaint(page);
    const restored = after === before && totalRanges(off.highlights) === 0 && off.marks === 0 && off.adoptedSheets === sheetsBefore;
    const { report } = timed;
    const ok = report?.status === 'ok' ? report : null;
    return {
      slug,
      bytes: pageBytes(slug),
      status: report?.status ?? 'no-answer',
      message: report && report.status !== 'ok' ? report.message : timed.message,
      quotes: ok?.analysis.quotes.length ?? 0,
      painted: ok?.highlights.painted ?? 0,
      rangesInPage,
      unanchored: ok?.highlights.unanchored ?? 0,
      clickToPaintMs: timed.clickToPaintMs,
      ...timed.stages,
      longestTaskMs: tasks?.longestTaskMs ?? null,
      longestTaskName: tasks?.longestTaskName,
      tasksOver50: tasks?.tasksOver50 ?? null,
      maxGapMs: timed.maxGapMs,
      restored,
      diff: after === before ? undefined : firstDifference(before, after),
      pageErrors: errors.length,
      extensionErrors: errors.filter((e) => e.byExtension).map((e) => e.text),
      requests: requests.seen.length,
      blockedPageRequests: requests.seen.filter((r) => !r.byExtension && /^https?:/.test(r.url) && new URL(r.url).hostname !== '127.0.0.1').length,
      requestsAfterClick: requests.seen.filter((r) => r.afterClick).map((r) => `${r.url} (${r.initiator})`),
      extensionRequests: [...extensionSuspects(requests.seen, icons), ...timed.resources, ...(last === timed ? [] : last.resources)],
      totalMs: Date.now() - started,
      phasesMs,
    };
  } finally {
    requests.stop();
    errorWatch.stop();
  }
}
