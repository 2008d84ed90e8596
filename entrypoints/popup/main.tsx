import '@/components/panel.css';
import { startEarly } from './early-start';
import { paintSummaryHead } from './first-paint';
import { markOnce, POPUP_MARKS } from './timing-marks';

/** The longest the view's chunk waits for the report, so that a page that never answers still gets its status. */
const RENDER_WAIT_MS = 1500;

performance.mark(POPUP_MARKS.start);
// The page's work starts here, before React is loaded, parsed and rendered: the popup's view comes
// in a chunk of its own, and the content script is already at work when it asks for the report.
const early = startEarly(location.search);
// The report's title and counts are painted the moment it is in (first-paint.ts). React's chunk is
// the popup's heaviest script, and in Chrome the popup shares one thread with the offscreen document
// that reads the page: it is loaded once the report is in, not while the page is being read (issue 11).
const reportIn = Promise.all([early.first.view, early.first.book]).then(
  ([result, book]) => {
    markOnce(POPUP_MARKS.report);
    if (paintSummaryHead(document.getElementById('root')!, result, book)) markOnce(POPUP_MARKS.shown);
  },
  () => undefined,
);
const waitedEnough = new Promise<void>((resolve) => setTimeout(resolve, RENDER_WAIT_MS));
void Promise.race([reportIn, waitedEnough])
  .then(() => import('./render'))
  .then(({ renderPopup }) => renderPopup(early));
