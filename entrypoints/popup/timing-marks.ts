import type { PanelStore } from '@/lib/panel/store';

/**
 * Performance marks for the sweeps' stage breakdown (issue 11), read by the browser tests from the
 * popup's own timeline; marks stay in this page and cost next to nothing.
 */
export const POPUP_MARKS = {
  /** The popup's script began to run (before React). */
  start: 'quotelens-popup-start',
  /** The page's report (analysis, no article or error) reached the popup's store. */
  report: 'quotelens-popup-report',
  /** The summary (or the status that replaced the spinner) is in the popup's DOM. */
  shown: 'quotelens-popup-shown',
} as const;

const SETTLED = '.counts, .status:not(.status--loading)';

/** Marks when the store leaves 'loading', and when the DOM shows it (React commits it a moment later). */
export function markWhenShown(store: PanelStore, doc: Document = document): () => void {
  const unsubscribe = store.subscribe((state, previous) => {
    if (previous.view.kind !== 'loading' || state.view.kind === 'loading') return;
    unsubscribe();
    performance.mark(POPUP_MARKS.report);
    if (doc.querySelector(SETTLED)) return void performance.mark(POPUP_MARKS.shown);
    const observer = new MutationObserver(() => {
      if (!doc.querySelector(SETTLED)) return;
      observer.disconnect();
      performance.mark(POPUP_MARKS.shown);
    });
    observer.observe(doc.body, { childList: true, subtree: true });
  });
  return unsubscribe;
}
