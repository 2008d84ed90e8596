import type { Page } from 'puppeteer-core';
import { clickChromiumAction, sendFromWorker, type ChromiumSession } from './chromium';
import type { SweepEdges } from './sweep-harness';
import { FOREIGN_RESOURCES } from './sweep-probe';

export { POPUP_SETTLED } from './sweep-harness';

const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing'];

/**
 * Chromium's edges of the sweep: Extensions.triggerAction opens the real popup (a page the test can
 * read), messages go from the service worker, and the page's main thread can be traced.
 */
export function chromiumEdges(session: ChromiumSession): SweepEdges {
  return {
    browser: 'chromium',
    click: (page, atTrigger) => clickChromiumAction(session, page, atTrigger),
    send: (tabId, type, data) => sendFromWorker(session, tabId, type, data),
    closePopup: async (popup) => void (await popup?.close()),
    extensionResources: async (popup: Page | null) => [
      ...(popup ? ((await popup.evaluate(FOREIGN_RESOURCES)) as string[]) : []),
      ...((await session.worker.evaluate(FOREIGN_RESOURCES)) as string[]),
    ],
    tracing: {
      start: (page) => page.tracing.start({ categories: TRACE_CATEGORIES }),
      stop: (page) => page.tracing.stop(),
    },
  };
}
