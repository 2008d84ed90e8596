import type { Page } from 'puppeteer-core';

/**
 * Starts recording the page's long tasks (PerformanceObserver 'longtask', main world). Tasks run by
 * content scripts share the page's main thread, so they show up here too.
 */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    globalThis.__qlLongTasks = [];
    globalThis.__qlObserver?.disconnect();
    globalThis.__qlObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) globalThis.__qlLongTasks.push({ start: e.startTime, duration: e.duration });
    });
    globalThis.__qlObserver.observe({ type: 'longtask' });
    // A second witness: the longest gap between message-channel ticks, which no task can hide from.
    globalThis.__qlGap = 0;
    globalThis.__qlStop = false;
    const channel = new MessageChannel();
    let last = performance.now();
    channel.port1.onmessage = () => {
      const now = performance.now();
      globalThis.__qlGap = Math.max(globalThis.__qlGap, now - last);
      last = now;
      if (!globalThis.__qlStop) setTimeout(() => channel.port2.postMessage(0), 0);
    };
    channel.port2.postMessage(0);
    globalThis.__qlWatchStart = performance.now();
  })()`);
}

export interface LongTaskReport {
  /** Long tasks (> 50 ms) since watchLongTasks, longest first, in ms. */
  durations: number[];
  longest: number;
  /** The longest the page's own event loop was kept waiting, in ms (includes timer clamping of ~4 ms). */
  longestGap: number;
  visibility: string;
}

/** The long tasks recorded so far (waits one frame so the observer has delivered them). */
export async function readLongTasks(page: Page): Promise<LongTaskReport> {
  const tasks = (await page.evaluate(
    `new Promise((resolve) => setTimeout(() => resolve(globalThis.__qlLongTasks ?? []), 100))`,
  )) as { start: number; duration: number }[];
  const [longestGap, visibility] = (await page.evaluate('globalThis.__qlStop = true; [globalThis.__qlGap, document.visibilityState]')) as [number, string];
  const durations = tasks.map((t) => Math.round(t.duration)).sort((a, b) => b - a);
  return { durations, longest: durations[0] ?? 0, longestGap: Math.round(longestGap), visibility };
}
