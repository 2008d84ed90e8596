import type { Page } from 'puppeteer-core';
import type { PageReport } from '@/lib/messaging/protocol';
import { clickFirefoxAction, evaluateInChrome, openFirefoxPopup, sendFromExtensionPage, type FirefoxSession } from './firefox';
import { outerHtml, probePaint } from './probes';
import { pageBytes } from './sweep-pages';
import { FOREIGN_RESOURCES, armInstrument, extensionSuspects, iconHrefs, settledReport, markClick, readInstrument, stopInstrument, waitForPaint, watchErrors, watchRequests } from './sweep-probe';
import { firstDifference, round, type PageFigures } from './sweep-report';
import type { CorpusServer } from './sweep-server';

const totalRanges = (h: Record<string, number>) => Object.values(h).reduce((a, b) => a + b, 0);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * An extension page to talk to the content script from (the real popup panel has no handle here): the
 * popup opened in a tab for a tab id of its own, so it reports on itself and injects nothing anywhere.
 */
export async function openMessenger(session: FirefoxSession): Promise<Page> {
  const messenger = await openFirefoxPopup(session, 999_999, `typeof browser === 'object' && !!document.querySelector('.popup')`);
  return messenger;
}

/** Closes the popup panel the click opened: left open, the next click would toggle it shut instead. */
async function closePanels(session: FirefoxSession): Promise<number> {
  return (await evaluateInChrome(
    session.browser,
    `(() => {
      const win = Services.wm.getMostRecentWindow('navigator:browser');
      let closed = 0;
      for (const panel of win.document.querySelectorAll('panel')) {
        if (panel.state === 'open' || panel.state === 'showing') { panel.hidePopup(); closed++; }
      }
      return closed;
    })()`,
  )) as number;
}

/**
 * MOZ_DISABLE_NONLOCAL_CONNECTIONS makes every remote request fail, but only after about 5 s, which held
 * each page's load event that long. A proxy on a closed local port fails them at once, and resolves no
 * remote name either; 127.0.0.1 is never proxied.
 */
export async function failRemoteRequestsFast(session: FirefoxSession): Promise<void> {
  await evaluateInChrome(
    session.browser,
    `(() => {
      Services.prefs.setIntPref('network.proxy.type', 1);
      for (const kind of ['http', 'ssl']) {
        Services.prefs.setStringPref('network.proxy.' + kind, '127.0.0.1');
        Services.prefs.setIntPref('network.proxy.' + kind + '_port', 9);
      }
      Services.prefs.setBoolPref('network.proxy.allow_hijacking_localhost', false);
      return true;
    })()`,
  );
}

/** Asks until the content script the real popup injected answers (it is not there at once). */
async function reportWhenReady(messenger: Page, tabId: number, timeoutMs: number): Promise<PageReport | null> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      const report = (await sendFromExtensionPage(messenger, tabId, 'getReport')) as PageReport | undefined;
      if (report) return report;
    } catch (error) {
      if (Date.now() > end) throw error;
    }
    if (Date.now() > end) return null;
    await sleep(50);
  }
}

/**
 * One page in Firefox: open it in the sweep's tab, click the toolbar button (browserAction.triggerAction
 * opens the real popup panel, which injects the content script), then switch highlights off by message
 * and compare. Firefox has no PerformanceObserver('longtask'), so only the timer-gap bound is measured.
 */
export async function sweepFirefoxPage(session: FirefoxSession, messenger: Page, server: CorpusServer, page: Page, slug: string): Promise<PageFigures> {
  const started = Date.now();
  const requests = watchRequests(page);
  const { errors, clicked: errorsClicked, stop: stopErrors } = watchErrors(page);
  try {
    await page.goto(server.urlOf(slug), { waitUntil: 'load', timeout: 30_000 });
    const loadMs = Date.now() - started;
    const before = await outerHtml(page);
    const icons = await iconHrefs(page);
    const sheetsBefore = (await page.evaluate('document.adoptedStyleSheets.length')) as number;
    await armInstrument(page);
    const clickedAt = await markClick(page);
    requests.clicked();
    errorsClicked();
    const tabId = await clickFirefoxAction(session, page);
    let report: PageReport | null = null;
    let message: string | undefined;
    try {
      report = await reportWhenReady(messenger, tabId, 30_000);
      report = await settledReport(() => sendFromExtensionPage(messenger, tabId, 'getReport') as Promise<PageReport>, 15_000);
    } catch (error) {
      message = String(error);
    }
    const ok = report?.status === 'ok' ? report : null;
    if (ok && ok.highlights.painted > 0) await waitForPaint(page, 15_000);
    await sleep(50);
    const instrument = await readInstrument(page);
    await stopInstrument(page);
    const rangesInPage = totalRanges((await probePaint(page)).highlights);

    if (report) await sendFromExtensionPage(messenger, tabId, 'setHighlights', { enabled: false });
    const after = await outerHtml(page);
    const off = await probePaint(page);
    const restored = after === before && totalRanges(off.highlights) === 0 && off.marks === 0 && off.adoptedSheets === sheetsBefore;
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
      longestTaskMs: null,
      tasksOver50: null,
      maxGapMs: round(instrument.maxGap),
      restored,
      diff: after === before ? undefined : firstDifference(before, after),
      pageErrors: errors.length,
      extensionErrors: errors.filter((e) => e.byExtension).map((e) => e.text),
      requests: requests.seen.length,
      blockedPageRequests: requests.seen.filter((r) => !r.byExtension && /^https?:/.test(r.url) && new URL(r.url).hostname !== '127.0.0.1').length,
      requestsAfterClick: requests.seen.filter((r) => r.afterClick).map((r) => `${r.url} (${r.initiator})`),
      extensionRequests: [
        ...extensionSuspects(requests.seen, icons),
        ...((await messenger.evaluate(FOREIGN_RESOURCES)) as string[]),
      ],
      totalMs: Date.now() - started,
      phasesMs: { load: loadMs },
    };
  } finally {
    await closePanels(session).catch(() => 0);
    requests.stop();
    stopErrors();
  }
}
