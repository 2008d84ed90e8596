import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { EarlyStart } from './early-start';
import { markOnce, POPUP_MARKS } from './timing-marks';

/**
 * React renders the panel off the page and takes the static frame's place once it has something to
 * show: the frame (the loading spinner, or the summary's head painted before React came) stays in view
 * until then, so the reader never sees the panel go back to loading.
 */
export function renderPopup(early: EarlyStart): void {
  const frame = document.getElementById('root')!;
  const host = document.createElement('div');
  const swapIn = () => {
    host.id = frame.id;
    frame.replaceWith(host);
    markOnce(POPUP_MARKS.shown);
    markOnce(POPUP_MARKS.rendered);
  };
  createRoot(host).render(<App early={early} onSettled={swapIn} />);
}
