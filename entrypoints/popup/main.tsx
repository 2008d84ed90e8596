import '@/components/panel.css';
import { startEarly } from './early-start';
import { POPUP_MARKS } from './timing-marks';

performance.mark(POPUP_MARKS.start);
// The page's work starts here, before React is loaded, parsed and rendered: the popup's view comes
// in a chunk of its own, and the content script is already at work when it asks for the report.
const early = startEarly(location.search);
void import('./render').then(({ renderPopup }) => renderPopup(early));
