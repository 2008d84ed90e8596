import { SPEAKER_PALETTE, UNATTRIBUTED_COLOR } from '@/lib/speaker-colors';
import { BOILERPLATE_NAME, DUPLICATE_NAME, FLASH_NAME, OFFICIAL_NAME, UNATTRIBUTED_NAME, quoteName } from './highlight-names';
import type { PageTheme } from './page-theme';
import { pageThemeAt } from './theme-at';

/**
 * Officials: their own text colour, which every Highlight API browser paints, plus an underline, which
 * ::highlight() paints in Chromium but in Firefox only from 146 (140-145 ignore text-decoration there).
 * The text colour keeps 4.5:1 on every quote tint of the same theme too: a name can sit inside a quote.
 */
export const OFFICIAL_STYLE: Record<PageTheme, { text: string; line: string }> = {
  light: { text: '#004C7A', line: '#0072B2' },
  dark: { text: '#BDE4FF', line: '#7CC8F4' },
};

/**
 * Duplicates and boilerplate: only background-color and color, the two properties Firefox 140 paints in
 * ::highlight(). Pale washes, set apart from the palette's saturated quote tints; each text colour keeps
 * 7:1 on its own wash. Duplicates a violet wash; boilerplate muted grey text on a grey wash, like print
 * that does not belong to the article.
 */
export const DUPLICATE_STYLE: Record<PageTheme, { background: string; text: string }> = {
  light: { background: '#EFE7FB', text: '#2E1A4F' },
  dark: { background: '#2E2142', text: '#EDE3FF' },
};
export const BOILERPLATE_STYLE: Record<PageTheme, { background: string; text: string }> = {
  light: { background: '#F0F0F0', text: '#4A4A4A' },
  dark: { background: '#2A2A2A', text: '#C4C4C4' },
};

/** The flash after a click in the panel: one bright yellow with black text, loud on either page. */
export const FLASH_STYLE = { background: '#FFD21F', text: '#000000' };

/**
 * Where the ::highlight() rules attach. 'universal' matches every element. 'root' matches only the root
 * and relies on highlight inheritance (Chromium: an element's ::highlight() styles inherit from its
 * parent's), which Firefox does not have. Adding a sheet with a universal ::highlight() rule makes
 * Chromium restyle every element of the page as the highlight styles of each are computed: on a page of
 * 6,000 paragraphs, one task of 36-49 ms (about 95 ms on a test page of 18,000 elements, half that with 'root').
 */
export type HighlightRuleScope = 'universal' | 'root';

/** Style rules for both painters on a `theme` page: ::highlight() for the Highlight API, prefixed classes for wrappers. */
export function highlightCss(theme: PageTheme = 'light', scope: HighlightRuleScope = 'universal'): string {
  const rules: string[] = [];
  const origin = scope === 'root' ? ':root' : '';
  const rule = (name: string, body: string) => {
    rules.push(`${origin}::highlight(${name}) { ${body} }`);
    rules.push(`mark.quotelens-mark.${name} { ${body} }`);
  };
  // The washes first: for wrappers a later rule of equal specificity wins, so a quote inside a duplicate keeps its tint.
  for (const [name, style] of [[BOILERPLATE_NAME, BOILERPLATE_STYLE[theme]], [DUPLICATE_NAME, DUPLICATE_STYLE[theme]]] as const) {
    rule(name, `background-color: ${style.background}; color: ${style.text};`);
  }
  // Opaque tints with their own text colour: the palette's tints keep 7:1 whatever the page's text colour.
  SPEAKER_PALETTE.forEach((colour, i) => {
    const { background, text } = colour[theme];
    rule(quoteName(i), `background-color: ${background}; color: ${text};`);
  });
  // Not a palette colour, so a quote nobody said never looks like the eighth speaker's.
  const none = UNATTRIBUTED_COLOR[theme];
  rule(UNATTRIBUTED_NAME, `background-color: ${none.background}; color: ${none.text};`);
  const official = OFFICIAL_STYLE[theme];
  rule(OFFICIAL_NAME, `color: ${official.text}; text-decoration: underline 2px ${official.line}; text-underline-offset: 2px;`);
  // Wrappers must not change layout: no padding, no font change, inherit everything else.
  rules.push('mark.quotelens-mark { background-color: transparent; color: inherit; font: inherit; padding: 0; margin: 0; }');
  rule(FLASH_NAME, `background-color: ${FLASH_STYLE.background}; color: ${FLASH_STYLE.text};`);
  return rules.join('\n');
}

/**
 * Installs the rules as a constructed stylesheet in `document.adoptedStyleSheets`, so no element is
 * added to the page; `remove` takes exactly that sheet out again. `at` is a node of the article: the
 * background behind it picks light or dark tints (light when not given).
 */
export function installStyles(doc: Document, at?: Node | null, scope: HighlightRuleScope = 'universal'): { remove(): void } {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const Sheet = view?.CSSStyleSheet ?? globalThis.CSSStyleSheet;
  if (!Sheet || !('adoptedStyleSheets' in doc)) return { remove() {} };
  const sheet = new Sheet();
  sheet.replaceSync(highlightCss(at ? pageThemeAt(at, view) : 'light', scope));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return {
    remove() {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
