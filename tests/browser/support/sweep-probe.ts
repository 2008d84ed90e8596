import type { HTTPRequest, Page } from 'puppeteer-core';

/**
 * Armed in the page's main world before the click: a 0 ms timer chain that notes when our highlights
 * first appear and the longest gap between its ticks. A gap is how long the main thread was busy with
 * something else (any world, the extension's included), so the longest gap is an upper bound of the
 * longest task, good to a timer tick (~4 ms). Reading only, it adds nothing to the DOM.
 */
const ARM = `(() => {
  const s = (globalThis.__quotelensSweep = { paintedAt: null, maxGap: 0, stop: false });
  const useRegistry = !!(globalThis.CSS && CSS.highlights);
  const painted = () => {
    if (!useRegistry) return document.querySelector('mark.quotelens-mark') !== null;
    let n = 0;
    CSS.highlights.forEach((h, name) => { if (String(name).startsWith('quotelens-')) n += h.size; });
    return n > 0;
  };
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    if (now - last > s.maxGap) s.maxGap = now - last;
    last = now;
    if (s.paintedAt === null && painted()) s.paintedAt = now;
    if (!s.stop) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  return true;
})()`;

export interface Instrument {
  paintedAt: number | null;
  maxGap: number;
}

export const armInstrument = (page: Page) => page.evaluate(ARM);

/** Marks the click in the page's clock (and, in Chromium, in a running trace); returns performance.now(). */
export const markClick = (page: Page) =>
  page.evaluate(`(() => { performance.mark('quotelens-sweep-click'); return performance.now(); })()`) as Promise<number>;

export const markEnd = (page: Page) => page.evaluate(`void performance.mark('quotelens-sweep-end')`);

export const readInstrument = (page: Page) =>
  page.evaluate(`(() => { const s = globalThis.__quotelensSweep; return { paintedAt: s.paintedAt, maxGap: s.maxGap }; })()`) as Promise<Instrument>;

export const stopInstrument = (page: Page) => page.evaluate(`void (globalThis.__quotelensSweep.stop = true)`);

/** Waits (interval polling: works in background tabs too) until our highlights showed up. */
export async function waitForPaint(page: Page, timeoutMs: number): Promise<boolean> {
  try {
    await page.waitForFunction('globalThis.__quotelensSweep.paintedAt !== null', { polling: 20, timeout: timeoutMs });
    return true;
  } catch {
    return false;
  }
}

export interface SeenRequest {
  url: string;
  afterClick: boolean;
  /** The initiator names an extension script (chrome-extension:// or moz-extension://). */
  byExtension: boolean;
  initiator: string;
}

const EXTENSION_URL = /^(chrome|moz)-extension:\/\//;

/** Every URL in a request's initiator, its JS stack (with async parents) included. */
function initiatorUrls(request: HTTPRequest): string[] {
  const initiator = request.initiator() as
    | { url?: string; stack?: Stack; stackTrace?: Stack }
    | undefined;
  type Stack = { callFrames?: { url?: string }[]; parent?: Stack } | undefined;
  const urls: string[] = [];
  if (initiator?.url) urls.push(initiator.url);
  for (let stack: Stack = initiator?.stack ?? initiator?.stackTrace; stack; stack = stack.parent) {
    for (const frame of stack.callFrames ?? []) if (frame.url) urls.push(frame.url);
  }
  return urls;
}

/**
 * Records the page's requests; `clicked()` switches later ones to "after the click", `loading()` back
 * (the page is loaded again for a second click: its own requests are not ours).
 */
export function watchRequests(page: Page): { seen: SeenRequest[]; clicked(): void; loading(): void; stop(): void } {
  const seen: SeenRequest[] = [];
  let after = false;
  const listener = (request: HTTPRequest) => {
    const urls = initiatorUrls(request);
    seen.push({
      url: request.url(),
      afterClick: after,
      byExtension: EXTENSION_URL.test(request.url()) ? false : urls.some((u) => EXTENSION_URL.test(u)),
      initiator: `${request.initiator()?.type ?? '?'} ${urls[0] ?? ''}`.trim(),
    });
  };
  page.on('request', listener);
  return { seen, clicked: () => void (after = true), loading: () => void (after = false), stop: () => void page.off('request', listener) };
}

export interface SeenError {
  text: string;
  byExtension: boolean;
}

/**
 * Records uncaught errors in the page. Ours are those whose message or stack names an extension URL,
 * and, the pages' own scripts being blocked, any after the click other than Firefox's CSP reports
 * (a script injected without a file has no URL in its stack).
 */
export function watchErrors(page: Page): { errors: SeenError[]; clicked(): void; loading(): void; stop(): void } {
  const errors: SeenError[] = [];
  let after = false;
  const listener = (error: unknown) => {
    const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    const named = /(chrome|moz)-extension:\/\//.test(text);
    errors.push({ text: text.slice(0, 500), byExtension: named || (after && !/^Content-Security-Policy/.test(text)) });
  };
  page.on('pageerror', listener);
  return { errors, clicked: () => void (after = true), loading: () => void (after = false), stop: () => void page.off('pageerror', listener) };
}

/** Resource URLs an extension document or worker fetched that are not its own packaged files. */
export const FOREIGN_RESOURCES = `performance.getEntriesByType('resource').map((e) => e.name).filter((u) => !/^(chrome|moz)-extension:|^data:|^blob:/.test(u))`;

type Report = { status: string; highlights?: { enabled: boolean } } | undefined;

/**
 * Asks for the report until the content script has also applied the highlights setting (read from
 * storage after injection): only then are its painted/unanchored counts final.
 */
export async function settledReport<T extends Report>(ask: () => Promise<T>, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const report = await ask();
    if (!report || report.status !== 'ok' || report.highlights?.enabled || Date.now() > end) return report;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Icons the page declares: the browser itself may fetch them at any time (Chromium did, after a click). */
export const iconHrefs = (page: Page) =>
  page.evaluate(`[...document.querySelectorAll('link[rel~="icon" i], link[rel~="apple-touch-icon" i], link[rel="manifest"]')].map((l) => l.href)`) as Promise<string[]>;

/**
 * Requests the extension may have caused: those its initiator names, plus (the pages' scripts being
 * blocked) any made after the click that is not a declared icon or favicon.ico. Firefox reports no
 * initiator stacks, so there the second rule is what counts.
 */
export function extensionSuspects(seen: SeenRequest[], icons: string[]): string[] {
  // Without the scheme: Chromium fetched a page's protocol-relative icon over https from an http page.
  const bare = (url: string) => url.replace(/^https?:/, '');
  const known = new Set(icons.map(bare));
  return seen
    .filter((r) => r.byExtension || (r.afterClick && !known.has(bare(r.url)) && !/\/favicon\.ico$/.test(new URL(r.url).pathname)))
    .map((r) => `${r.url} (${r.initiator})`);
}
