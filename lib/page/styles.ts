import { FLASH_NAME, OFFICIAL_NAME, SPEAKER_COLOURS, quoteName } from './palette';

/** Style rules for both painters: ::highlight() for the Highlight API, prefixed classes for wrappers. */
export function highlightCss(): string {
  const rules: string[] = [];
  SPEAKER_COLOURS.forEach((rgb, i) => {
    const body = `background-color: rgba(${rgb}, 0.38); color: inherit;`;
    rules.push(`::highlight(${quoteName(i)}) { ${body} }`);
    rules.push(`mark.quotelens-mark.${quoteName(i)} { ${body} }`);
  });
  const official = 'text-decoration: underline 2px rgb(0, 114, 178); text-underline-offset: 2px;';
  rules.push(`::highlight(${OFFICIAL_NAME}) { ${official} }`);
  rules.push(`mark.quotelens-mark.${OFFICIAL_NAME} { ${official} }`);
  // Wrappers must not change layout: no padding, no font change, inherit everything else.
  rules.push('mark.quotelens-mark { background-color: transparent; color: inherit; font: inherit; padding: 0; margin: 0; }');
  const flash = 'background-color: rgba(255, 200, 0, 0.9); color: #000;';
  rules.push(`::highlight(${FLASH_NAME}) { ${flash} }`);
  rules.push(`mark.quotelens-mark.${FLASH_NAME} { ${flash} }`);
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
