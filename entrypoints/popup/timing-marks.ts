/**
 * Performance marks for the sweeps' stage breakdown (issue 11), read by the browser tests from the
 * popup's own timeline; marks stay in this page and cost next to nothing.
 */
export const POPUP_MARKS = {
  /** The popup's script began to run (before React). */
  start: 'quotelens-popup-start',
  /** The page's report (analysis, no article or error) reached the popup. */
  report: 'quotelens-popup-report',
  /** The summary's head (the first paint), or the status that replaced the spinner, is in the popup's DOM. */
  shown: 'quotelens-popup-shown',
  /** React's whole panel is in the popup's DOM. */
  rendered: 'quotelens-popup-rendered',
} as const;

const marked = (name: string) => performance.getEntriesByName(name, 'mark').length > 0;

/** Marks `name` the first time only (a later opening of the same thing is not news). */
export function markOnce(name: string): void {
  if (!marked(name)) performance.mark(name);
}
