import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { contrastRatio, parseColor, themeOfLayers, type Rgba } from '@/lib/page/page-theme';
import { SPEAKER_PALETTE } from '@/lib/speaker-colors';
import { clickChromiumAction, launchChromium, type ChromiumSession } from './support/chromium';
import { probePaint } from './support/probes';
import { servePages, type PageServer } from './support/server';

// The README's screenshots (light and dark page with highlights, popup in light and dark), taken in
// one browser, with checks that what they show is painted and readable.
const SHOTS = resolve('tests/browser/screenshots');
let server: PageServer;
let chromium: ChromiumSession;
const pageErrors: string[] = [];

interface HighlightStyle {
  name: string;
  color: string;
  background: string;
  /** The page's own background behind the first range, element to root. */
  layers: string[];
  /** Viewport rectangle of the first range's first line. */
  rect: { x: number; y: number; width: number; height: number } | null;
}

/**
 * For every quotelens highlight painted in the page: the colours its ::highlight() rule gives (read
 * from the adopted sheet in use), and the page background behind its first range.
 */
function highlightStyles(page: Page): Promise<HighlightStyle[]> {
  return page.evaluate(`(() => {
    const rules = {};
    for (const sheet of document.adoptedStyleSheets) {
      for (const rule of sheet.cssRules) {
        const m = /^(?::root)?::highlight\\(([\\w-]+)\\)$/.exec(rule.selectorText || '');
        if (m) rules[m[1]] = { color: rule.style.color, background: rule.style.backgroundColor };
      }
    }
    const out = [];
    CSS.highlights.forEach((h, name) => {
      if (!String(name).startsWith('quotelens-') || !rules[name]) return;
      const range = [...h][0];
      const layers = [];
      for (let el = range.startContainer.parentElement; el; el = el.parentElement) layers.push(getComputedStyle(el).backgroundColor);
      const r = range.getClientRects()[0];
      out.push({ name, ...rules[name], layers, rect: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null });
    });
    return out;
  })()`) as Promise<HighlightStyle[]>;
}

const rgb = (css: string): Rgba => {
  const colour = parseColor(css);
  if (!colour) throw new Error(`unreadable colour ${css}`);
  return colour;
};

/** The opaque page colour behind a highlight (nearest opaque layer; white canvas if none). */
const pageColour = (layers: string[]): Rgba => layers.map(parseColor).find((c) => c && c.a === 1) ?? rgb('#ffffff');

/** Share of pixels in a screenshot clip that are exactly `colour` (decoded by the browser itself). */
async function shareOfColour(page: Page, clip: NonNullable<HighlightStyle['rect']>, colour: Rgba): Promise<number> {
  const png = await page.screenshot({ clip, encoding: 'base64' });
  const decoder = await chromium.browser.newPage();
  try {
    return (await decoder.evaluate(
      `(async () => {
        const img = new Image();
        img.src = 'data:image/png;base64,${png}';
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width; c.height = img.height;
        const g = c.getContext('2d');
        g.drawImage(img, 0, 0);
        const d = g.getImageData(0, 0, c.width, c.height).data;
        let hit = 0;
        for (let i = 0; i < d.length; i += 4) {
          if (Math.abs(d[i] - ${colour.r}) <= 2 && Math.abs(d[i + 1] - ${colour.g}) <= 2 && Math.abs(d[i + 2] - ${colour.b}) <= 2) hit++;
        }
        return hit / (d.length / 4);
      })()`,
    )) as number;
  } finally {
    await decoder.close();
  }
}

async function open(path: string): Promise<Page> {
  const page = await chromium.browser.newPage();
  page.on('pageerror', (error) => void pageErrors.push(String(error)));
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return page;
}

/** Clicks the toolbar button on `page` and waits until the popup lists speakers and the page is painted. */
async function analyse(page: Page): Promise<Page> {
  const { popup } = await clickChromiumAction(chromium, page);
  await popup.waitForSelector('.speaker', { timeout: 15_000 });
  await page.waitForFunction('[...CSS.highlights.keys()].some((n) => n.startsWith("quotelens-quote-"))', { timeout: 10_000 });
  return popup;
}

/** Every painted highlight with a fill has text at 4.5:1 on it; officials' text at 4.5:1 on the page. */
function expectReadable(styles: HighlightStyle[]): void {
  for (const s of styles) {
    const behind = s.background ? rgb(s.background) : pageColour(s.layers);
    expect(contrastRatio(rgb(s.color), behind), `${s.name}: ${s.color} on ${s.background || 'the page'}`).toBeGreaterThanOrEqual(4.5);
  }
}

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await servePages(resolve('tests/fixtures'));
  chromium = await launchChromium();
  await chromium.worker.evaluate('chrome.storage.local.set({ highlightsEnabled: true })');
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('Chromium screenshots: highlights on a dark page', () => {
  let page: Page;
  let styles: HighlightStyle[];

  beforeAll(async () => {
    page = await open('/pages/dark-article.html');
    const popup = await analyse(page);
    await popup.close();
    styles = await highlightStyles(page);
  });

  it('paints quotes of several speakers and the officials', async () => {
    const probe = await probePaint(page);
    expect(Object.keys(probe.highlights).filter((n) => /^quotelens-quote-\d$/.test(n)).length).toBeGreaterThanOrEqual(3);
    expect(probe.highlights['quotelens-official']).toBeGreaterThan(0);
    expect(probe.marks).toBe(0);
  });

  it("sees the article's dark background and uses the palette's dark tints", () => {
    const first = styles.find((s) => s.name === 'quotelens-quote-0')!;
    expect(themeOfLayers(first.layers)).toBe('dark');
    expect(rgb(first.background)).toEqual(rgb(SPEAKER_PALETTE[0].dark.background));
  });

  it('keeps every highlight readable: 4.5:1 or more from the styles in use', () => {
    expect(styles.length).toBeGreaterThanOrEqual(4);
    expectReadable(styles);
  });

  it('shows the dark tint on screen where the first quote is (pixels)', async () => {
    const first = styles.find((s) => s.name === 'quotelens-quote-0')!;
    expect(first.rect).not.toBeNull();
    expect(await shareOfColour(page, first.rect!, rgb(first.background))).toBeGreaterThan(0.4);
    // Tall enough for the whole article: every speaker and the officials in one picture.
    await page.setViewport({ width: 1100, height: 1040 });
    await page.screenshot({ path: `${SHOTS}/page-dark.png` });
  });
});

describe('Chromium screenshots: the seed article on a light page, and the popup', () => {
  let page: Page;
  let popup: Page;
  let styles: HighlightStyle[];

  beforeAll(async () => {
    page = await open('/seed/article.html');
    popup = await analyse(page);
    styles = await highlightStyles(page);
  });

  it("uses the palette's light tints, readable at 4.5:1 or more", () => {
    const first = styles.find((s) => s.name === 'quotelens-quote-0')!;
    expect(themeOfLayers(first.layers)).toBe('light');
    expect(rgb(first.background)).toEqual(rgb(SPEAKER_PALETTE[0].light.background));
    expectReadable(styles);
  });

  it('shows several speakers in one screenful (page-light.png)', async () => {
    await page.evaluate(`document.querySelector('.article-body').scrollIntoView({ block: 'start' }); window.scrollBy(0, -16)`);
    const visible = (await highlightStyles(page)).filter((s) => /^quotelens-quote-\d$/.test(s.name) && s.rect && s.rect.y >= 0 && s.rect.y < 800);
    expect(visible.length).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: `${SHOTS}/page-light.png` });
  });

  it('takes the real popup in light and dark colour schemes', async () => {
    // The body's own box: the size Chrome gives the real popup (25rem wide, at most 36.25rem tall),
    // not the headless popup target's window, which is wider and shorter.
    const box = (await popup.evaluate(`(() => { const r = document.body.getBoundingClientRect(); return { x: 0, y: 0, width: r.width, height: r.height }; })()`)) as {
      x: number; y: number; width: number; height: number;
    };
    expect(box.width).toBe(400);
    const colours = () => popup.evaluate(`[getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]`) as Promise<string[]>;
    // Reduced motion turns the switches' colour transitions off: a scheme change would otherwise be
    // caught halfway in the screenshot.
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }, { name: 'prefers-reduced-motion', value: 'reduce' }]);
    const [lightBg, lightText] = await colours();
    expect(themeOfLayers([lightBg])).toBe('light');
    expect(contrastRatio(rgb(lightText), rgb(lightBg))).toBeGreaterThanOrEqual(4.5);
    await popup.screenshot({ path: `${SHOTS}/popup-light.png`, clip: box, captureBeyondViewport: true });
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }, { name: 'prefers-reduced-motion', value: 'reduce' }]);
    const [darkBg, darkText] = await colours();
    expect(themeOfLayers([darkBg])).toBe('dark');
    expect(contrastRatio(rgb(darkText), rgb(darkBg))).toBeGreaterThanOrEqual(4.5);
    await popup.screenshot({ path: `${SHOTS}/popup-dark.png`, clip: box, captureBeyondViewport: true });
  });

  it('caused no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
