import type { Page } from 'puppeteer-core';
import type { LeanPageReport, PageReport } from '@/lib/messaging/protocol';
import { clickChromiumAction, sendFromWorker, type ChromiumSession } from './chromium';
import { armInstrument, markClick, markEnd, readInstrument, stopInstrument } from './sweep-probe';
import { longestBy, markWindow, TASK_CATEGORIES, tasksOn, threadOfMark, traceEvents, type TraceTask } from './trace-tasks';

const CLICK = 'quotelens-sweep-click';
const END = 'quotelens-sweep-end';
const POPUP_MARK = 'quotelens-popup-settled';

/** The popup shows a summary or a state, no longer the loading one. */
const POPUP_SETTLED = '.counts, .status:not(.status--loading)';

export interface ClickTrace {
  report: PageReport;
  /** The page's main thread, from the click to the frame after the last painting slice. */
  pageTasks: TraceTask[];
  /** The popup's main thread over the same window (empty if its thread left no mark). */
  popupTasks: TraceTask[];
  /** From the click to our first highlight in the page, in the page's clock (ms). */
  clickToPaintMs: number | null;
  /** From the click to the popup's summary on screen (ms, test-side clock). */
  clickToPopupMs: number;
  longestThreadMs: number;
  longestWallMs: number;
  popupLongestThreadMs: number;
  popupLongestWallMs: number;
  popup: Page;
}

const done = (r?: PageReport | LeanPageReport) =>
  !!r && (r.status !== 'ok' || (r.highlights.enabled && r.timings?.paintMs !== undefined && (r.timings.paintTotalMs !== undefined || r.highlights.method !== 'highlight-api')));

/**
 * Loads `url` in `tab`, clicks the toolbar button under a trace and waits until the page is painted
 * to the last slice. The caller closes the returned popup.
 */
export async function traceClick(chromium: ChromiumSession, tab: Page, url: string, timeoutMs = 60_000): Promise<ClickTrace> {
  await tab.goto(url, { waitUntil: 'load', timeout: 30_000 });
  await armInstrument(tab);
  await tab.tracing.start({ categories: TASK_CATEGORIES });
  let popup: Page | null = null;
  let report: PageReport | LeanPageReport | undefined;
  let trace: Uint8Array | undefined;
  let clickToPopupMs = 0;
  let tabId = -1;
  const clickedAt = await markClick(tab);
  try {
    const started = Date.now();
    const clicked = await clickChromiumAction(chromium, tab);
    popup = clicked.popup;
    tabId = clicked.tabId;
    await popup.waitForSelector(POPUP_SETTLED, { timeout: timeoutMs });
    clickToPopupMs = Date.now() - started;
    await popup.evaluate(`void performance.mark(${JSON.stringify(POPUP_MARK)})`);
    const end = Date.now() + timeoutMs;
    while (!done(report) && Date.now() < end) {
      // Lean, as the popup asks: a full report would serialise the analysis in the page while we measure it.
      report = (await sendFromWorker(chromium, clicked.tabId, 'getReport', { lean: true }).catch(() => undefined)) as PageReport | LeanPageReport | undefined;
      if (!done(report)) await new Promise((r) => setTimeout(r, 50));
    }
    await tab.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))');
    await markEnd(tab);
  } finally {
    trace = await tab.tracing.stop();
  }
  if (!done(report)) throw new Error(`the page never finished painting: ${JSON.stringify(report)?.slice(0, 300)}`);
  // Out of the traced window: the whole analysis, for the callers' checks.
  if ('readingKey' in report!) report = (await sendFromWorker(chromium, tabId, 'getReport')) as PageReport;
  const instrument = await readInstrument(tab);
  await stopInstrument(tab);
  const events = traceEvents(trace!);
  const window = markWindow(events, CLICK, END);
  const pageTasks = tasksOn(events, window.thread, window.from, window.to);
  const popupThread = threadOfMark(events, POPUP_MARK);
  const popupTasks = popupThread ? tasksOn(events, popupThread, window.from, window.to) : [];
  return {
    report: report as PageReport,
    pageTasks,
    popupTasks,
    clickToPaintMs: instrument.paintedAt != null ? Math.round(instrument.paintedAt - clickedAt) : null,
    clickToPopupMs,
    longestThreadMs: longestBy(pageTasks, 'threadMs')?.threadMs ?? 0,
    longestWallMs: longestBy(pageTasks, 'wallMs')?.wallMs ?? 0,
    popupLongestThreadMs: longestBy(popupTasks, 'threadMs')?.threadMs ?? 0,
    popupLongestWallMs: longestBy(popupTasks, 'wallMs')?.wallMs ?? 0,
    popup: popup!,
  };
}

export interface PopupTrace {
  popup: Page;
  tabId: number;
  /** The popup's main thread from the click until it settled and rendered a frame. */
  tasks: TraceTask[];
  longestThreadMs: number;
  longestWallMs: number;
  clickToPopupMs: number;
}

/**
 * Opens the popup again on a page already analysed and painted (the page keeps its analysis, so no
 * background work shares the popup's thread) and traces the popup's own rendering.
 */
export async function tracePopupReopen(chromium: ChromiumSession, tab: Page, timeoutMs = 30_000): Promise<PopupTrace> {
  await tab.tracing.start({ categories: TASK_CATEGORIES });
  let trace: Uint8Array | undefined;
  let clicked: { popup: Page; tabId: number } | undefined;
  let clickToPopupMs = 0;
  try {
    await markClick(tab);
    const started = Date.now();
    clicked = await clickChromiumAction(chromium, tab);
    await clicked.popup.waitForSelector(POPUP_SETTLED, { timeout: timeoutMs });
    clickToPopupMs = Date.now() - started;
    await clicked.popup.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))');
    await clicked.popup.evaluate(`void performance.mark(${JSON.stringify(POPUP_MARK)})`);
    await markEnd(tab);
  } finally {
    trace = await tab.tracing.stop();
  }
  const events = traceEvents(trace!);
  const window = markWindow(events, CLICK, END);
  const thread = threadOfMark(events, POPUP_MARK);
  if (!thread) throw new Error('the popup left no mark in the trace');
  const tasks = tasksOn(events, thread, window.from, window.to);
  return {
    ...clicked!,
    tasks,
    longestThreadMs: longestBy(tasks, 'threadMs')?.threadMs ?? 0,
    longestWallMs: longestBy(tasks, 'wallMs')?.wallMs ?? 0,
    clickToPopupMs,
  };
}
