import type { Page } from 'puppeteer-core';

/** What the page itself (main world) can see of our painting. */
export interface PaintProbe {
  /** quotelens-* highlight names registered in CSS.highlights, with their range counts. */
  highlights: Record<string, number>;
  marks: number;
  adoptedSheets: number;
}

export function probePaint(page: Page): Promise<PaintProbe> {
  return page.evaluate(`(() => {
    const highlights = {};
    if (globalThis.CSS && CSS.highlights) {
      CSS.highlights.forEach((h, name) => { if (String(name).startsWith('quotelens-')) highlights[name] = h.size; });
    }
    return {
      highlights,
      marks: document.querySelectorAll('mark.quotelens-mark').length,
      adoptedSheets: document.adoptedStyleSheets.length,
    };
  })()`) as Promise<PaintProbe>;
}

export const outerHtml = (page: Page) => page.evaluate('document.documentElement.outerHTML') as Promise<string>;
export const scrollY = (page: Page) => page.evaluate('window.scrollY') as Promise<number>;

/** Waits until the page's scroll position stops changing (smooth scrolling), returns it. */
export async function settledScroll(page: Page, timeoutMs = 5000): Promise<number> {
  const end = Date.now() + timeoutMs;
  let last = await scrollY(page);
  while (Date.now() < end) {
    await new Promise((r) => setTimeout(r, 150));
    const now = await scrollY(page);
    if (now === last && now > 0) return now;
    last = now;
  }
  return last;
}

/** Every request the page makes, to check that nothing leaves 127.0.0.1. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (req) => void urls.push(req.url()));
  return urls;
}

/** URLs that reach beyond this machine (data:, about: and extension URLs are local). */
export function foreign(urls: string[]): string[] {
  return urls.filter((u) => {
    const url = new URL(u);
    if (['data:', 'about:', 'blob:', 'chrome-extension:', 'moz-extension:'].includes(url.protocol)) return false;
    return url.hostname !== '127.0.0.1';
  });
}
