import { SPEAKER_PALETTE, UNATTRIBUTED_COLOR } from '@/lib/speaker-colors';
import { FLASH_NAME, OFFICIAL_NAME, UNATTRIBUTED_NAME, quoteName } from './highlight-names';

// Translucent, with the page's own text colour, so the same rule reads on light and dark pages.
const TINT_ALPHA = 0.38;

/** '#E69F00' -> 'rgba(230, 159, 0, 0.38)'. */
export function tint(hex: string, alpha = TINT_ALPHA): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** Style rules for both painters: ::highlight() for the Highlight API, prefixed classes for wrappers. */
export function highlightCss(): string {
  const rules: string[] = [];
  const rule = (name: string, body: string) => {
    rules.push(`::highlight(${name}) { ${body} }`);
    rules.push(`mark.quotelens-mark.${name} { ${body} }`);
  };
  SPEAKER_PALETTE.forEach((colour, i) => rule(quoteName(i), `background-color: ${tint(colour.solid)}; color: inherit;`));
  // Not a palette colour, so a quote nobody said never looks like the eighth speaker's.
  rule(UNATTRIBUTED_NAME, `background-color: ${tint(UNATTRIBUTED_COLOR.solid)}; color: inherit;`);
  rule(OFFICIAL_NAME, `text-decoration: underline 2px rgb(0, 114, 178); text-underline-offset: 2px;`);
  // Wrappers must not change layout: no padding, no font change, inherit everything else.
  rules.push('mark.quotelens-mark { background-color: transparent; color: inherit; font: inherit; padding: 0; margin: 0; }');
  rule(FLASH_NAME, 'background-color: rgba(255, 200, 0, 0.9); color: #000;');
  return rules.join('\n');
}

/**
 * Installs the rules as a constructed stylesheet in `document.adoptedStyleSheets`, so no element is
 * added to the page; `remove` takes exactly that sheet out again.
 */
export function installStyles(doc: Document, css = highlightCss()): { remove(): void } {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const Sheet = view?.CSSStyleSheet ?? globalThis.CSSStyleSheet;
  if (!Sheet || !('adoptedStyleSheets' in doc)) return { remove() {} };
  const sheet = new Sheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return {
    remove() {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
